terraform {
  required_version = ">= 1.5"

  # Local state, kept out of git (.work/ and *.tfstate are ignored) and out of
  # this directory. The path is relative to this root, which is where the build
  # runs Terraform (terraform -chdir=terraform/environments/local). The build
  # may override it: terraform init -backend-config="path=/abs/path/terraform.tfstate".
  backend "local" {
    path = "../../../.work/terraform/local/terraform.tfstate"
  }
}
