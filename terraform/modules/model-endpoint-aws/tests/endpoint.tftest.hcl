# Offline tests of the module with a mocked AWS provider (Terraform >= 1.7).
# They need the hashicorp/aws provider binary for its schema only; nothing is
# sent to AWS. Run from the module directory:
#   terraform init -backend=false [-plugin-dir=DIR] && terraform test

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
      arn            = "arn:aws:ecr:eu-west-1:123456789012:repository/salary-regression"
      repository_url = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/salary-regression"
    }
  }

  mock_resource "aws_iam_role" {
    defaults = {
      arn = "arn:aws:iam::123456789012:role/salary-regression-staging-sagemaker-1"
    }
  }

  mock_resource "aws_sagemaker_endpoint" {
    defaults = {
      arn = "arn:aws:sagemaker:eu-west-1:123456789012:endpoint/salary-regression-staging"
    }
  }
}

variables {
  name                   = "salary-regression-staging"
  model_identity         = "salary-regression.2.7"
  data_version           = "2024-06"
  model_version          = "2.7"
  image                  = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/salary-regression:2.7"
  image_digest           = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
  repository_name        = "salary-regression"
  instance_type          = "ml.t2.medium"
  initial_instance_count = 1
}

run "deploys_the_planned_digest" {
  command = apply

  assert {
    condition     = aws_sagemaker_model.model.primary_container[0].image == "123456789012.dkr.ecr.eu-west-1.amazonaws.com/salary-regression@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
    error_message = "SageMaker must run the repository pinned by digest, not the tag."
  }

  assert {
    condition     = aws_sagemaker_endpoint.endpoint.name == "salary-regression-staging"
    error_message = "The endpoint is named after the model and environment."
  }

  assert {
    condition     = output.endpoint_url == "https://runtime.sagemaker.eu-west-1.amazonaws.com/endpoints/salary-regression-staging/invocations"
    error_message = "Unexpected invocation URL."
  }

  assert {
    condition     = output.endpoint_arn == "arn:aws:sagemaker:eu-west-1:123456789012:endpoint/salary-regression-staging"
    error_message = "The endpoint ARN output must come from the endpoint."
  }

  assert {
    condition = alltrue([
      aws_sagemaker_endpoint.endpoint.tags["ModelIdentity"] == "salary-regression.2.7",
      aws_sagemaker_endpoint.endpoint.tags["ModelVersion"] == "2.7",
      aws_sagemaker_endpoint.endpoint.tags["DataVersion"] == "2024-06",
      aws_sagemaker_model.model.tags["ImageDigest"] == var.image_digest,
    ])
    error_message = "Resources must be tagged with the model identity, versions and digest."
  }

  assert {
    condition = (
      aws_sagemaker_endpoint_configuration.endpoint.production_variants[0].instance_type == "ml.t2.medium" &&
      aws_sagemaker_endpoint_configuration.endpoint.production_variants[0].initial_instance_count == 1
    )
    error_message = "The production variant must use the requested instances."
  }

  assert {
    condition = (
      aws_ecr_repository.model[0].image_tag_mutability == "IMMUTABLE" &&
      aws_ecr_repository.model[0].image_scanning_configuration[0].scan_on_push
    )
    error_message = "The ECR repository must have immutable tags and scan on push."
  }

  assert {
    condition = (
      data.aws_iam_policy_document.execution.statement[1].resources == toset(["arn:aws:ecr:eu-west-1:123456789012:repository/salary-regression"]) &&
      data.aws_iam_policy_document.execution.statement[2].resources == toset([
        "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/sagemaker/Endpoints/salary-regression-staging",
        "arn:aws:logs:eu-west-1:123456789012:log-group:/aws/sagemaker/Endpoints/salary-regression-staging:log-stream:*",
      ])
    )
    error_message = "The execution role may pull only from its repository and log only to its endpoint's log group."
  }
}

# The repository exists after the first run, so the check fails at plan time.
run "refuses_an_image_from_another_registry" {
  command = plan

  variables {
    image = "127.0.0.1:5000/salary-regression:2.7"
  }

  expect_failures = [aws_sagemaker_model.model]
}

run "refuses_a_tag_instead_of_a_digest" {
  command = plan

  variables {
    image_digest = "2.7"
  }

  expect_failures = [var.image_digest]
}

run "refuses_names_sagemaker_rejects" {
  command = plan

  variables {
    name = "salary_regression.staging"
  }

  expect_failures = [var.name]
}
