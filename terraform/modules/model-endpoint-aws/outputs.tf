output "endpoint_name" {
  description = "Name of the SageMaker endpoint."
  value       = aws_sagemaker_endpoint.endpoint.name
}

output "endpoint_arn" {
  description = "ARN of the SageMaker endpoint."
  value       = aws_sagemaker_endpoint.endpoint.arn
}

output "endpoint_url" {
  description = "SageMaker runtime invocation URL of the endpoint (requests must be SigV4-signed)."
  value       = "https://runtime.sagemaker.${local.region}.amazonaws.com/endpoints/${aws_sagemaker_endpoint.endpoint.name}/invocations"
}

output "endpoint_configuration_name" {
  description = "Name of the endpoint configuration in service."
  value       = aws_sagemaker_endpoint_configuration.endpoint.name
}

output "model_name" {
  description = "Name of the SageMaker model in service."
  value       = aws_sagemaker_model.model.name
}

output "image_uri" {
  description = "Image the endpoint runs, pinned by digest."
  value       = local.image_uri
}

output "repository_url" {
  description = "URL of the ECR repository to push model images to."
  value       = local.repository_url
}

output "execution_role_arn" {
  description = "ARN of the SageMaker execution role."
  value       = aws_iam_role.execution.arn
}
