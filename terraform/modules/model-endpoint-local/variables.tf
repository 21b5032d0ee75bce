variable "name" {
  description = "Container name, derived by the caller from the model name and the environment (e.g. salary-regression-local)."
  type        = string

  validation {
    condition     = can(regex("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,127}$", var.name))
    error_message = "The container name must match [a-zA-Z0-9][a-zA-Z0-9_.-]* (Docker's rule) and be at most 128 characters."
  }
}

variable "image" {
  description = "Full image reference to run, e.g. 127.0.0.1:5000/salary-regression:2.7 or salary-regression:2.7."
  type        = string

  validation {
    condition     = length(trimspace(var.image)) > 0 && !startswith(var.image, "-")
    error_message = "The image reference must be non-empty and must not start with '-'."
  }
}

variable "image_digest" {
  description = "Digest the image must have: the registry digest (sha256:...) when it was pushed, or the local image ID when it was not. A change replaces the container."
  type        = string

  validation {
    condition     = can(regex("^sha256:[0-9a-f]{64}$", var.image_digest))
    error_message = "The image digest must look like sha256:<64 lowercase hex digits>."
  }
}

variable "verify_image_digest" {
  description = "After starting the container, check that the image it runs has image_digest as its ID or among its repository digests, and fail otherwise."
  type        = bool
  default     = true
}

variable "port" {
  description = "Port the model server listens on. The container runs with --network host and gets PORT=<port> in its environment."
  type        = number
  default     = 8080

  validation {
    condition     = var.port >= 1 && var.port <= 65535 && floor(var.port) == var.port
    error_message = "The port must be an integer between 1 and 65535."
  }
}

variable "docker_host" {
  description = "Docker engine to use (e.g. unix:///path/docker.sock). Empty means the DOCKER_HOST of the environment Terraform runs in (or Docker's default)."
  type        = string
  default     = ""
}

variable "labels" {
  description = "Extra Docker labels to put on the container (key => value). Values must not contain newlines."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k, v in var.labels : length(regexall("[\r\n]", "${k}${v}")) == 0 && !strcontains(k, "=")])
    error_message = "Label keys and values must not contain newlines, and keys must not contain '='."
  }
}

variable "health_path" {
  description = "HTTP path polled on http://127.0.0.1:<port> until it answers 200."
  type        = string
  default     = "/ping"

  validation {
    condition     = startswith(var.health_path, "/")
    error_message = "The health path must start with '/'."
  }
}

variable "ready_timeout_seconds" {
  description = "How long to wait for the health path to answer 200 before failing with the container logs."
  type        = number
  default     = 120

  validation {
    condition     = var.ready_timeout_seconds >= 1 && var.ready_timeout_seconds <= 3600
    error_message = "The readiness timeout must be between 1 and 3600 seconds."
  }
}
