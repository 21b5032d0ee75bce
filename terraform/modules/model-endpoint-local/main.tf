locals {
  endpoint_url = "http://127.0.0.1:${var.port}"

  labels = merge(var.labels, {
    "org.orchestration.managed-by"   = "terraform"
    "org.orchestration.image-digest" = var.image_digest
  })

  # Everything the create- and destroy-time provisioners need. Destroy-time
  # provisioners may only reference `self`, so it all lives in `input`.
  settings = {
    container_name        = var.name
    image                 = var.image
    image_digest          = var.image_digest
    verify_image_digest   = var.verify_image_digest
    port                  = var.port
    docker_host           = var.docker_host
    health_path           = var.health_path
    health_url            = "${local.endpoint_url}${var.health_path}"
    ready_timeout_seconds = var.ready_timeout_seconds
    labels                = join("\n", [for k in sort(keys(local.labels)) : "${k}=${local.labels[k]}"])
  }
}

# One running container per environment. The container is the deployment, so
# anything that is baked into `docker run` replaces it: the image (by digest and
# reference), the port, the container name and its labels.
resource "terraform_data" "container" {
  triggers_replace = {
    image_digest = var.image_digest
    image        = var.image
    port         = var.port
    name         = var.name
    labels       = local.settings.labels
  }

  input = local.settings

  # The scripts live next to this file and get every value through the
  # environment, never by interpolation into shell text. path.module is
  # relative to the root, so a saved plan stays valid in another checkout.
  provisioner "local-exec" {
    interpreter = ["/bin/bash", "-c"]
    command     = "set -euo pipefail; source \"$MODEL_ENDPOINT_SCRIPT\""
    environment = merge(
      {
        MODEL_ENDPOINT_SCRIPT = "${path.module}/scripts/start.sh"
        CONTAINER_NAME        = self.input.container_name
        IMAGE                 = self.input.image
        IMAGE_DIGEST          = self.input.image_digest
        VERIFY_IMAGE_DIGEST   = tostring(self.input.verify_image_digest)
        PORT                  = tostring(self.input.port)
        HEALTH_PATH           = self.input.health_path
        HEALTH_URL            = self.input.health_url
        READY_TIMEOUT_SECONDS = tostring(self.input.ready_timeout_seconds)
        LABELS                = self.input.labels
      },
      self.input.docker_host == "" ? {} : { DOCKER_HOST = self.input.docker_host },
    )
  }

  provisioner "local-exec" {
    when        = destroy
    interpreter = ["/bin/bash", "-c"]
    command     = "set -euo pipefail; source \"$MODEL_ENDPOINT_SCRIPT\""
    environment = merge(
      {
        MODEL_ENDPOINT_SCRIPT = "${path.module}/scripts/stop.sh"
        CONTAINER_NAME        = self.input.container_name
      },
      self.input.docker_host == "" ? {} : { DOCKER_HOST = self.input.docker_host },
    )
  }
}
