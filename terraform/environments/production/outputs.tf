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

output "image_digest" {
  description = "Digest of the deployed image; the build's next plan compares it with the new one."
  value       = var.image_digest
}

output "model_sha256" {
  description = "SHA-256 of the deployed model file; the build's next plan compares it with the new one."
  value       = var.model_sha256
}
