locals {
  environment = "local"
}

module "endpoint" {
  source = "../../modules/model-endpoint-local"

  name                  = "${var.model_name}-${local.environment}"
  image                 = var.image
  image_digest          = var.image_digest
  port                  = var.port
  docker_host           = var.docker_host
  ready_timeout_seconds = var.ready_timeout_seconds

  labels = {
    "org.orchestration.environment"    = local.environment
    "org.orchestration.model.name"     = var.model_name
    "org.orchestration.model.identity" = var.model_identity
    "org.orchestration.model.version"  = var.model_version
    "org.orchestration.data.version"   = var.data_version
  }
}
