output "endpoint_url" {
  description = "Base URL of the deployed model; the build's smoke test reads it with `terraform output -raw endpoint_url`."
  value       = module.endpoint.endpoint_url
}

output "container_name" {
  description = "Docker container serving the model."
  value       = module.endpoint.container_name
}

output "image" {
  description = "Image reference the container runs."
  value       = module.endpoint.image
}

output "model_identity" {
  description = "Identity of the deployed model."
  value       = var.model_identity
}

output "image_digest" {
  description = "Digest of the deployed image; the build's next plan compares it with the new one."
  value       = var.image_digest
}

output "model_sha256" {
  description = "SHA-256 of the deployed model file; the build's next plan compares it with the new one."
  value       = var.model_sha256
}

output "port" {
  description = "Port the endpoint listens on; a destroy plan is given it back, so its outputs show the endpoint it removes."
  value       = var.port
}
