# Offline test of this root with a mocked AWS provider (Terraform >= 1.7):
#   terraform init -backend=false [-plugin-dir=DIR] && terraform test
# It checks how the build's -var values reach the module; nothing reaches AWS.

mock_provider "aws" {
  mock_data "aws_caller_identity" {
    defaults = {
      account_id = "123456789012"
    }
  }

  mock_data "aws_region" {
    defaults = {
      name = "eu-west-1"
    }
  }

  mock_data "aws_partition" {
    defaults = {
      partition = "aws"
    }
  }

  mock_data "aws_iam_policy_document" {
    defaults = {
      json = "{\"Version\":\"2012-10-17\",\"Statement\":[]}"
    }
  }

  mock_resource "aws_ecr_repository" {
    defaults = {
      repository_url = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/models/salary-regression"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/salary-regression-sagemaker-1"
    }
  }
}

variables {
  model_name     = "salary-regression"
  model_identity = "salary-regression.2.7"
  data_version   = "2024-06"
  model_version  = "2.7"
  image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/models/salary-regression:2.7"
  image_digest   = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
}

run "wires_the_build_variables" {
  command = apply

  assert {
    condition     = module.endpoint.endpoint_name == "salary-regression-${local.environment}"
    error_message = "The endpoint is named <model>-<environment>."
  }

  assert {
    condition     = local.repository_name == "models/salary-regression"
    error_message = "The repository name is the image reference without registry host and tag."
  }

  assert {
    condition     = output.endpoint_url == "https://runtime.sagemaker.eu-west-1.amazonaws.com/endpoints/salary-regression-${local.environment}/invocations"
    error_message = "endpoint_url is the SageMaker invocation URL."
  }

  assert {
    condition     = module.endpoint.image_uri == "123456789012.dkr.ecr.eu-west-1.amazonaws.com/models/salary-regression@${var.image_digest}"
    error_message = "The endpoint runs the image by digest."
  }
}
