#!/bin/sh
# Stand-in for a serving program: GET /ping answers 200 once the model file is in place.
set -e
mkdir -p /tmp/www
test -f /opt/ml/model/model.joblib
echo ok > /tmp/www/ping
exec httpd -f -p "127.0.0.1:${PORT:-8080}" -h /tmp/www
