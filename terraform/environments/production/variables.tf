# Passed by the build's Plan task with -var (names are part of its contract).

variable "model_name" {
  description = "Model name, e.g. salary-regression. With the environment it names the endpoint."
  type        = string
}

variable "model_identity" {
  description = "Model identity (name.version), e.g. salary-regression.2.7."
  type        = string
}

variable "data_version" {
  description = "Version of the training data the model was built from."
  type        = string
}

variable "model_version" {
  description = "Version of the model."
  type        = string
}

variable "image" {
  description = "Image reference as pushed to ECR, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/salary-regression:2.7."
  type        = string
}

variable "image_digest" {
  description = "Registry digest (sha256:...) of the pushed image."
  type        = string
}

variable "model_sha256" {
  description = "SHA-256 of the model file baked into the image. Only reported (output model_sha256), so the next plan can say what it replaces."
  type        = string
  default     = ""
}

# Per-environment settings, set in terraform.tfvars.

variable "aws_region" {
  description = "AWS region of the endpoint."
  type        = string
}

variable "aws_account_id" {
  description = "The only AWS account this root may touch; empty disables the check."
  type        = string
  default     = ""
}

variable "instance_type" {
  description = "SageMaker instance type."
  type        = string
}

variable "initial_instance_count" {
  description = "Number of instances behind the endpoint."
  type        = number
}

variable "repository_name" {
  description = "ECR repository name; empty derives it from the image reference (the part after the registry host)."
  type        = string
  default     = ""
}

variable "create_repository" {
  description = "Create the ECR repository in this root (true) or use an existing one (false)."
  type        = bool
  default     = true
}
