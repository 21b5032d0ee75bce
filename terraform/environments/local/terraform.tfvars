# Non-secret settings of the local environment. The build's -var arguments
# (model_name, model_identity, data_version, model_version, image, image_digest,
# and optionally port and docker_host) take precedence over this file.
port                  = 8080
ready_timeout_seconds = 120
