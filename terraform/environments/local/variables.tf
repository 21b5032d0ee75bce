# Passed by the build's Plan task with -var (names are part of its contract).

variable "model_name" {
  description = "Model name, e.g. salary-regression. With the environment it names the container."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$", var.model_name))
    error_message = "The model name must match [a-zA-Z0-9][a-zA-Z0-9_.-]* and be at most 101 characters."
  }
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
  description = "Full image reference, e.g. 127.0.0.1:5000/salary-regression:2.7 or salary-regression:2.7."
  type        = string
}

variable "image_digest" {
  description = "Registry digest (sha256:...) of the pushed image, or its image ID when it was not pushed."
  type        = string
}

variable "model_sha256" {
  description = "SHA-256 of the model file baked into the image. Only reported (output model_sha256), so the next plan can say what it replaces."
  type        = string
  default     = ""
}

variable "port" {
  description = "Port the endpoint listens on (127.0.0.1, host network)."
  type        = number
  default     = 8080
}

variable "docker_host" {
  description = "Docker engine address; empty means the DOCKER_HOST of the environment Terraform runs in."
  type        = string
  default     = ""
}

# Per-environment settings, set in terraform.tfvars.

variable "ready_timeout_seconds" {
  description = "How long to wait for GET /ping to answer 200 after starting the container."
  type        = number
  default     = 120
}
