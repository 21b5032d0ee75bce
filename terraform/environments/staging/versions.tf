terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }

  # Partial configuration: bucket, key, region and locking come from
  # `terraform init -backend-config=backend.hcl` (see backend.hcl.example),
  # so nothing account-specific is committed and each environment keeps its
  # own state, lock and permissions.
  backend "s3" {}
}
