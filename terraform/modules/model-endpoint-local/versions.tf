terraform {
  # Only Terraform's built-in provider (terraform_data) is used, so there is
  # no required_providers block and `terraform init` needs no network.
  required_version = ">= 1.5"
}
