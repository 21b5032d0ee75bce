output "endpoint_url" {
  description = "SageMaker runtime invocation URL; the build's smoke test reads it with `terraform output -raw endpoint_url` (requests must be SigV4-signed)."
  value       = module.endpoint.endpoint_url
}

output "endpoint_name" {
  description = "Name of the SageMaker endpoint."
  value       = module.endpoint.endpoint_name
}

output "endpoint_arn" {
  description = "ARN of the SageMaker endpoint."
  value       = module.endpoint.endpoint_arn
}

output "repository_url" {
  description = "ECR repository the model image is pushed to."
  value       = module.endpoint.repository_url
}

output "model_identity" {
  description = "Identity of the deployed model."
  value       = var.model_identity
}
