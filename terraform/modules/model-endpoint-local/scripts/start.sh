# Start the model container on the local Docker engine and wait until it is healthy.
# Run by Terraform's local-exec through `/bin/bash -c`; every input arrives in
# the environment (never interpolated into this text), so no value can inject shell.
#   CONTAINER_NAME IMAGE IMAGE_DIGEST VERIFY_IMAGE_DIGEST PORT HEALTH_URL
#   READY_TIMEOUT_SECONDS LABELS (newline-separated key=value) [DOCKER_HOST]
set -euo pipefail

log() { printf '[model-endpoint-local] %s\n' "$*" >&2; }

remove_container() {
  docker rm -f "$CONTAINER_NAME" >/dev/null 2>&1 || true
}

fail() {
  log "ERROR: $*"
  if docker container inspect "$CONTAINER_NAME" >/dev/null 2>&1; then
    log "--- last 200 lines of the logs of $CONTAINER_NAME ---"
    docker logs --tail 200 "$CONTAINER_NAME" >&2 || true
    log "--- end of logs; removing $CONTAINER_NAME ---"
    remove_container
  fi
  exit 1
}

# Answers 0 when HEALTH_URL returns HTTP 200.
probe() {
  if command -v curl >/dev/null 2>&1; then
    local code
    code="$(curl --silent --output /dev/null --max-time 5 --write-out '%{http_code}' "$HEALTH_URL" 2>/dev/null || true)"
    [[ "$code" == "200" ]]
  else
    # No curl: a minimal HTTP/1.0 request over bash's /dev/tcp.
    (
      exec 3<>"/dev/tcp/127.0.0.1/$PORT" || exit 1
      printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' "$HEALTH_PATH" >&3
      IFS= read -r -t 5 status_line <&3 || exit 1
      [[ "$status_line" =~ ^HTTP/[0-9.]+\ 200 ]]
    ) 2>/dev/null
  fi
}

docker info >/dev/null 2>&1 || fail "cannot reach the Docker engine (DOCKER_HOST=${DOCKER_HOST:-<default>})"

if docker container inspect "$CONTAINER_NAME" >/dev/null 2>&1; then
  log "removing stale container $CONTAINER_NAME"
  docker rm -f "$CONTAINER_NAME" >/dev/null
fi

# With --network host the port is shared with the host: refuse to start if
# something already answers there, or the readiness check would be fooled.
if probe; then
  log "ERROR: something already answers on $HEALTH_URL; free port $PORT or choose another one"
  exit 1
fi

label_args=()
while IFS= read -r label; do
  if [[ -n "$label" ]]; then
    label_args+=(--label "$label")
  fi
done <<<"$LABELS"

log "starting $CONTAINER_NAME from $IMAGE on port $PORT"
docker run --detach --name "$CONTAINER_NAME" --network host \
  --env "PORT=$PORT" --env "HOST=127.0.0.1" "${label_args[@]}" -- "$IMAGE" >/dev/null ||
  fail "docker run failed for $IMAGE"

if [[ "$VERIFY_IMAGE_DIGEST" == "true" ]]; then
  image_id="$(docker container inspect --format '{{.Image}}' "$CONTAINER_NAME")"
  if [[ "$image_id" != "$IMAGE_DIGEST" ]]; then
    repo_digests="$(docker image inspect --format '{{range .RepoDigests}}{{println .}}{{end}}' "$image_id")"
    if ! grep -qF -- "@$IMAGE_DIGEST" <<<"$repo_digests"; then
      fail "$IMAGE resolved to image $image_id, which is neither $IMAGE_DIGEST nor has it as a repository digest (the plan was made for that digest)"
    fi
  fi
fi

deadline=$((SECONDS + READY_TIMEOUT_SECONDS))
until probe; do
  state="$(docker container inspect --format '{{.State.Status}}' "$CONTAINER_NAME" 2>/dev/null || echo missing)"
  case "$state" in
    exited | dead | missing) fail "container $CONTAINER_NAME is $state before $HEALTH_URL answered 200" ;;
  esac
  if ((SECONDS >= deadline)); then
    fail "$HEALTH_URL did not answer 200 within ${READY_TIMEOUT_SECONDS}s"
  fi
  sleep 1
done

log "$CONTAINER_NAME is ready: $HEALTH_URL answered 200"
