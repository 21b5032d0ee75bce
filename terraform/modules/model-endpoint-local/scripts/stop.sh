# Remove the model container. Run by a destroy-time local-exec through
# `/bin/bash -c`; inputs arrive in the environment: CONTAINER_NAME [DOCKER_HOST].
set -euo pipefail

log() { printf '[model-endpoint-local] %s\n' "$*" >&2; }

# Fail (and keep the resource in state) when the engine is unreachable, rather
# than forgetting a container that may still be running.
if ! docker info >/dev/null 2>&1; then
  log "ERROR: cannot reach the Docker engine (DOCKER_HOST=${DOCKER_HOST:-<default>}); container $CONTAINER_NAME not removed"
  exit 1
fi

if docker container inspect "$CONTAINER_NAME" >/dev/null 2>&1; then
  log "removing container $CONTAINER_NAME"
  docker rm -f "$CONTAINER_NAME" >/dev/null
else
  log "container $CONTAINER_NAME is already gone"
fi
