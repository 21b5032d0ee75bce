# Plan-only test of this root: checks how the build's -var values reach the
# module. Needs neither Docker nor network: terraform init && terraform test

variables {
  model_name     = "salary-regression"
  model_identity = "salary-regression.2.7"
  data_version   = "2024-06"
  model_version  = "2.7"
  image          = "127.0.0.1:5000/salary-regression:2.7"
  image_digest   = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
}

run "wires_the_build_variables" {
  command = plan

  assert {
    condition     = module.endpoint.container_name == "salary-regression-local"
    error_message = "The container is named <model>-local."
  }

  assert {
    condition     = module.endpoint.endpoint_url == "http://127.0.0.1:8080"
    error_message = "endpoint_url defaults to http://127.0.0.1:8080."
  }

  assert {
    condition     = strcontains(module.endpoint.image_digest, var.image_digest)
    error_message = "The module gets the planned digest."
  }
}

run "honours_port_and_docker_host" {
  command = plan

  variables {
    port        = 18080
    docker_host = "unix:///tmp/engine/docker.sock"
  }

  assert {
    condition     = module.endpoint.endpoint_url == "http://127.0.0.1:18080"
    error_message = "endpoint_url follows the port."
  }
}
