# Plan-only tests: nothing is started (provisioners run only on apply), so
# these need neither Docker nor network. Run from the module directory:
#   terraform init && terraform test

variables {
  name         = "salary-regression-local"
  image        = "127.0.0.1:5000/salary-regression:2.7"
  image_digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
  labels = {
    "org.orchestration.model.identity" = "salary-regression.2.7"
  }
}

run "plans_one_container" {
  command = plan

  assert {
    condition     = terraform_data.container.input.container_name == "salary-regression-local"
    error_message = "The container is named by the caller."
  }

  assert {
    condition     = terraform_data.container.input.health_url == "http://127.0.0.1:8080/ping"
    error_message = "The default port is 8080 and readiness is GET /ping on 127.0.0.1."
  }

  assert {
    condition     = terraform_data.container.input.docker_host == ""
    error_message = "An empty docker_host leaves DOCKER_HOST to the environment."
  }

  assert {
    condition = terraform_data.container.input.labels == join("\n", [
      "org.orchestration.image-digest=${var.image_digest}",
      "org.orchestration.managed-by=terraform",
      "org.orchestration.model.identity=salary-regression.2.7",
    ])
    error_message = "Labels are passed sorted, one key=value per line, with the managed-by and digest labels added."
  }

  assert {
    condition = (
      terraform_data.container.triggers_replace.image_digest == var.image_digest &&
      terraform_data.container.triggers_replace.port == 8080 &&
      terraform_data.container.triggers_replace.name == "salary-regression-local"
    )
    error_message = "A new digest, port or name must replace the container."
  }
}

run "refuses_a_tag_as_digest" {
  command = plan

  variables {
    image_digest = "latest"
  }

  expect_failures = [var.image_digest]
}

run "refuses_an_invalid_container_name" {
  command = plan

  variables {
    name = "salary regression"
  }

  expect_failures = [var.name]
}

run "refuses_an_invalid_port" {
  command = plan

  variables {
    port = 70000
  }

  expect_failures = [var.port]
}

run "refuses_an_option_as_image" {
  command = plan

  variables {
    image = "--privileged"
  }

  expect_failures = [var.image]
}
