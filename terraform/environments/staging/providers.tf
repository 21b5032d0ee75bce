provider "aws" {
  region = var.aws_region

  # Refuse to run against any other account than the environment's own.
  allowed_account_ids = var.aws_account_id == "" ? null : [var.aws_account_id]

  default_tags {
    tags = {
      Environment = local.environment
      Model       = var.model_name
      Application = "orchestration"
    }
  }
}
