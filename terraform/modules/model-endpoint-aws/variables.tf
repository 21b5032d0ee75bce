variable "name" {
  description = "Base name of the endpoint and its resources, derived by the caller from the model name and the environment (e.g. salary-regression-staging)."
  type        = string

  validation {
    # SageMaker names: letters, digits and hyphens; the endpoint configuration
    # adds '-' and a 26-character generated suffix to this name (63 at most).
    condition     = length(var.name) <= 36 && can(regex("^[a-zA-Z0-9](-*[a-zA-Z0-9])*$", var.name))
    error_message = "The name must match [a-zA-Z0-9](-*[a-zA-Z0-9])* and be at most 36 characters (SageMaker naming rules)."
  }
}

variable "model_identity" {
  description = "Model identity (name.version), e.g. salary-regression.2.7. Recorded in tags."
  type        = string
}

variable "data_version" {
  description = "Version of the training data. Recorded in tags."
  type        = string
}

variable "model_version" {
  description = "Version of the model. Recorded in tags."
  type        = string
}

variable "image" {
  description = "Image reference as pushed, e.g. 123456789012.dkr.ecr.eu-west-1.amazonaws.com/salary-regression:2.7. The tag is dropped and image_digest pinned instead."
  type        = string
}

variable "image_digest" {
  description = "Registry digest of the pushed image (sha256:...). SageMaker runs <repository>@<digest>, never a tag."
  type        = string

  validation {
    condition     = can(regex("^sha256:[0-9a-f]{64}$", var.image_digest))
    error_message = "The image digest must look like sha256:<64 lowercase hex digits>."
  }
}

variable "repository_name" {
  description = "Name of the ECR repository that holds the model image."
  type        = string
}

variable "create_repository" {
  description = "Create the ECR repository here (true) or use an existing one of that name (false)."
  type        = bool
  default     = true
}

variable "instance_type" {
  description = "SageMaker instance type of the production variant, e.g. ml.m5.large."
  type        = string

  validation {
    condition     = startswith(var.instance_type, "ml.")
    error_message = "SageMaker instance types start with 'ml.'."
  }
}

variable "initial_instance_count" {
  description = "Number of instances behind the endpoint."
  type        = number
  default     = 1

  validation {
    condition     = var.initial_instance_count >= 1 && floor(var.initial_instance_count) == var.initial_instance_count
    error_message = "The instance count must be a whole number of at least 1."
  }
}

variable "container_environment" {
  description = "Non-secret environment variables for the model container."
  type        = map(string)
  default     = {}
}

variable "enable_network_isolation" {
  description = "Deny the model container any outbound network access (the model is baked into the image)."
  type        = bool
  default     = true
}

variable "kms_key_arn" {
  description = "KMS key for the endpoint's storage volumes; null uses the AWS-managed key."
  type        = string
  default     = null
}

variable "log_retention_days" {
  description = "Retention of the endpoint's CloudWatch log group."
  type        = number
  default     = 30
}

variable "tags" {
  description = "Extra tags for every resource."
  type        = map(string)
  default     = {}
}
