locals {
  environment = "staging"

  # 123456789012.dkr.ecr.eu-west-1.amazonaws.com/team/model:2.7 -> team/model
  image_repository = replace(replace(var.image, "/@sha256:[0-9a-f]+$/", ""), "/:[^:/]+$/", "")
  repository_name  = var.repository_name != "" ? var.repository_name : try(regex("^[^/]+/(.+)$", local.image_repository)[0], var.model_name)
}

module "endpoint" {
  source = "../../modules/model-endpoint-aws"

  name                   = "${var.model_name}-${local.environment}"
  model_identity         = var.model_identity
  data_version           = var.data_version
  model_version          = var.model_version
  image                  = var.image
  image_digest           = var.image_digest
  repository_name        = local.repository_name
  create_repository      = var.create_repository
  instance_type          = var.instance_type
  initial_instance_count = var.initial_instance_count
}
