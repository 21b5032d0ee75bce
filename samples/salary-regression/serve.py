"""HTTP inference server for the salary model, following SageMaker's bring-your-own-container contract.

GET  /ping          200 when the model is loaded, 503 when it could not be.
POST /invocations   years of experience in, predicted salaries out, in the request's format:
                      application/json  {"years_of_experience": [1.5, 10]}  ->  {"predictions": [...]}
                      text/csv          numbers, one per line or comma-separated  ->  one prediction per line

Environment: MODEL_PATH (default /opt/ml/model/model.joblib), PORT (default 8080), HOST (default 0.0.0.0,
as SageMaker needs; a container on the host network sets 127.0.0.1 to stay off other interfaces).
SageMaker starts the container with the argument "serve", which is accepted.
"""
import json
import logging
import math
import os
import signal
import sys
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import joblib

MAX_BODY_BYTES = 6 * 1024 * 1024  # SageMaker's limit for a real-time request

log = logging.getLogger("serve")


class RequestError(Exception):
    def __init__(self, status: HTTPStatus, message: str):
        super().__init__(message)
        self.status = status


def finite_numbers(values: list) -> list[float]:
    if not values:
        raise RequestError(HTTPStatus.BAD_REQUEST, "no input values")
    for value in values:
        if not isinstance(value, float) or not math.isfinite(value):
            raise RequestError(HTTPStatus.BAD_REQUEST, f"not a finite number: {value!r}")
    return values


def parse_json(body: bytes) -> list[float]:
    try:
        document = json.loads(body, parse_int=float)  # a huge integer becomes inf, not an OverflowError
    except (ValueError, RecursionError) as error:
        raise RequestError(HTTPStatus.BAD_REQUEST, f"body is not valid JSON: {error}") from None
    values = document.get("years_of_experience") if isinstance(document, dict) else None
    if not isinstance(values, list):
        raise RequestError(HTTPStatus.BAD_REQUEST, 'expected a JSON object {"years_of_experience": [numbers]}')
    return finite_numbers(values)


def parse_csv(body: bytes) -> list[float]:
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise RequestError(HTTPStatus.BAD_REQUEST, "body is not UTF-8 text") from None
    fields = [field for line in text.splitlines() if line.strip() for field in line.split(",")]
    values = []
    for field in fields:
        try:
            values.append(float(field))
        except ValueError:
            raise RequestError(HTTPStatus.BAD_REQUEST, f"not a number: {field.strip()!r}") from None
    return finite_numbers(values)


def format_json(predictions: list[float]) -> bytes:
    return json.dumps({"predictions": predictions}).encode()


def format_csv(predictions: list[float]) -> bytes:
    return "".join(f"{prediction!r}\n" for prediction in predictions).encode()


FORMATS = {
    "application/json": (parse_json, format_json),
    "text/csv": (parse_csv, format_csv),
}


class Handler(BaseHTTPRequestHandler):
    server_version = "salary-regression"

    def do_GET(self):
        self.route("GET")

    def do_POST(self):
        self.route("POST")

    def route(self, method: str):
        endpoint = f"{method} {urlsplit(self.path).path}"
        try:
            if endpoint == "GET /ping":
                self.ping()
            elif endpoint == "POST /invocations":
                self.invoke()
            else:
                raise RequestError(HTTPStatus.NOT_FOUND,
                                   f"no endpoint {endpoint}: use GET /ping or POST /invocations")
        except RequestError as error:
            self.send_json(error.status, {"error": str(error)})
        except Exception:
            log.exception("%s failed", endpoint)
            self.send_json(HTTPStatus.INTERNAL_SERVER_ERROR, {"error": "internal error, see the server log"})

    def ping(self):
        if self.server.model is None:
            self.send_json(HTTPStatus.SERVICE_UNAVAILABLE, {"status": "model not loaded"})
        else:
            self.send_json(HTTPStatus.OK, {"status": "ok"})

    def invoke(self):
        if self.server.model is None:
            raise RequestError(HTTPStatus.SERVICE_UNAVAILABLE, "model not loaded")
        content_type = self.headers.get_content_type()
        if content_type not in FORMATS:
            raise RequestError(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                               f"Content-Type {content_type} not supported: use {' or '.join(FORMATS)}")
        parse, format_predictions = FORMATS[content_type]
        years = parse(self.read_body())
        predictions = self.server.model.predict([[value] for value in years]).tolist()
        self.send(HTTPStatus.OK, format_predictions(predictions), content_type)

    def read_body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            raise RequestError(HTTPStatus.LENGTH_REQUIRED, "Content-Length header required")
        if not (length.isascii() and length.isdigit()):
            raise RequestError(HTTPStatus.BAD_REQUEST, f"invalid Content-Length: {length!r}")
        size = int(length)
        if size > MAX_BODY_BYTES:
            raise RequestError(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"body larger than {MAX_BODY_BYTES} bytes")
        return self.rfile.read(size)

    def send_json(self, status: HTTPStatus, document: dict):
        self.send(status, json.dumps(document).encode(), "application/json")

    def send(self, status: HTTPStatus, body: bytes, content_type: str):
        self.send_response_only(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.log_request(status, len(body))

    def log_message(self, format, *args):
        log.info("%s %s", self.address_string(), format % args)


class ModelServer(ThreadingHTTPServer):
    daemon_threads = False  # so that closing the server waits for requests in flight

    def __init__(self, host: str, port: int, model):
        super().__init__((host, port), Handler)
        self.model = model


def load_model(path: str):
    try:
        model = joblib.load(path)
    except Exception:
        log.exception("cannot load the model from %s; /ping answers 503", path)
        return None
    log.info("loaded %s from %s", type(model).__name__, path)
    return model


def main() -> int:
    if sys.argv[1:] not in ([], ["serve"]):
        print(f"usage: {sys.argv[0]} [serve]", file=sys.stderr)
        return 2
    logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    model = load_model(os.environ.get("MODEL_PATH", "/opt/ml/model/model.joblib"))
    server = ModelServer(os.environ.get("HOST", "0.0.0.0"), int(os.environ.get("PORT", "8080")), model)

    def stop(signum, _frame):
        log.info("%s received, shutting down", signal.Signals(signum).name)
        threading.Thread(target=server.shutdown).start()  # shutdown() blocks until serve_forever() returns

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    with server:
        log.info("listening on port %d", server.server_port)
        server.serve_forever()
    log.info("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
