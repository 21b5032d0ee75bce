output "endpoint_url" {
  description = "Base URL of the model server (GET /ping, POST /invocations)."
  value       = "http://127.0.0.1:${terraform_data.container.input.port}"
}

output "container_name" {
  description = "Name of the Docker container that serves the model."
  value       = terraform_data.container.input.container_name
}

output "image" {
  description = "Image reference the container runs."
  value       = terraform_data.container.input.image
}

output "image_digest" {
  description = "Digest the running image was checked against."
  value       = terraform_data.container.input.image_digest
}
