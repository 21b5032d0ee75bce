data "aws_caller_identity" "current" {}
data "aws_partition" "current" {}
data "aws_region" "current" {}

locals {
  account_id = data.aws_caller_identity.current.account_id
  partition  = data.aws_partition.current.partition
  region     = data.aws_region.current.name

  # <registry>/<repository>:<tag> -> <registry>/<repository>; a trailing
  # @digest is dropped too. SageMaker then runs exactly the planned digest.
  image_repository = replace(replace(var.image, "/@sha256:[0-9a-f]+$/", ""), "/:[^:/]+$/", "")
  image_uri        = "${local.image_repository}@${var.image_digest}"

  repository_arn = var.create_repository ? aws_ecr_repository.model[0].arn : data.aws_ecr_repository.model[0].arn
  repository_url = var.create_repository ? aws_ecr_repository.model[0].repository_url : data.aws_ecr_repository.model[0].repository_url

  log_group_name = "/aws/sagemaker/Endpoints/${var.name}"

  tags = merge(var.tags, {
    ModelIdentity = var.model_identity
    ModelVersion  = var.model_version
    DataVersion   = var.data_version
    ImageDigest   = var.image_digest
    ManagedBy     = "terraform"
  })
}

# --- Image repository --------------------------------------------------------

resource "aws_ecr_repository" "model" {
  count = var.create_repository ? 1 : 0

  name                 = var.repository_name
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }

  encryption_configuration {
    encryption_type = "AES256"
  }

  # Model versions are never rewritten, so tags are immutable; the identity
  # and versions of the current deployment belong to the endpoint, not here.
  tags = var.tags
}

data "aws_ecr_repository" "model" {
  count = var.create_repository ? 0 : 1

  name = var.repository_name
}

# --- Execution role ----------------------------------------------------------

data "aws_iam_policy_document" "assume_role" {
  statement {
    sid     = "SageMakerAssumesRole"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["sagemaker.amazonaws.com"]
    }

    # Only on behalf of this account (confused-deputy protection).
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [local.account_id]
    }
  }
}

data "aws_iam_policy_document" "execution" {
  statement {
    sid       = "EcrAuthorizationToken"
    actions   = ["ecr:GetAuthorizationToken"]
    resources = ["*"] # this action supports no resource-level scoping
  }

  statement {
    sid = "PullModelImage"
    actions = [
      "ecr:BatchCheckLayerAvailability",
      "ecr:BatchGetImage",
      "ecr:GetDownloadUrlForLayer",
    ]
    resources = [local.repository_arn]
  }

  statement {
    sid = "EndpointLogs"
    actions = [
      "logs:CreateLogGroup",
      "logs:CreateLogStream",
      "logs:DescribeLogStreams",
      "logs:PutLogEvents",
    ]
    resources = [
      "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:${local.log_group_name}",
      "arn:${local.partition}:logs:${local.region}:${local.account_id}:log-group:${local.log_group_name}:log-stream:*",
    ]
  }
}

resource "aws_iam_role" "execution" {
  name_prefix        = substr("${var.name}-sagemaker-", 0, 38)
  description        = "Execution role of the SageMaker endpoint ${var.name}"
  assume_role_policy = data.aws_iam_policy_document.assume_role.json
  tags               = local.tags
}

resource "aws_iam_role_policy" "execution" {
  name   = "model-endpoint"
  role   = aws_iam_role.execution.id
  policy = data.aws_iam_policy_document.execution.json
}

resource "aws_cloudwatch_log_group" "endpoint" {
  name              = local.log_group_name
  retention_in_days = var.log_retention_days
  tags              = local.tags
}

# --- Model, endpoint configuration, endpoint ---------------------------------

# Models and endpoint configurations are immutable in SageMaker: a new image
# digest or instance setting creates new ones (generated names), the endpoint
# is updated in place to the new configuration, then the old ones are removed.
resource "aws_sagemaker_model" "model" {
  execution_role_arn       = aws_iam_role.execution.arn
  enable_network_isolation = var.enable_network_isolation

  primary_container {
    image = local.image_uri
    mode  = "SingleModel"
    environment = merge(var.container_environment, {
      MODEL_IDENTITY = var.model_identity
      MODEL_VERSION  = var.model_version
      DATA_VERSION   = var.data_version
    })
  }

  tags = local.tags

  lifecycle {
    create_before_destroy = true

    precondition {
      condition     = local.image_repository == local.repository_url
      error_message = "The image must be pushed to the endpoint's ECR repository (${local.repository_url}), got ${local.image_repository}."
    }
  }

  # The role must be able to pull before SageMaker validates the model.
  depends_on = [aws_iam_role_policy.execution]
}

resource "aws_sagemaker_endpoint_configuration" "endpoint" {
  name_prefix = "${var.name}-"
  kms_key_arn = var.kms_key_arn

  production_variants {
    variant_name           = "AllTraffic"
    model_name             = aws_sagemaker_model.model.name
    instance_type          = var.instance_type
    initial_instance_count = var.initial_instance_count
    initial_variant_weight = 1
  }

  tags = local.tags

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_sagemaker_endpoint" "endpoint" {
  name                 = var.name
  endpoint_config_name = aws_sagemaker_endpoint_configuration.endpoint.name
  tags                 = local.tags

  depends_on = [aws_cloudwatch_log_group.endpoint]
}
