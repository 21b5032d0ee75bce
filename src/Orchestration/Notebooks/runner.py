"""Runs one parameterized notebook unattended and records what happened.

Part of Orchestration's Train stage (src/Orchestration/Notebooks). The stage injects the parameters,
then runs this script with a Python that has nbclient and nbconvert; the kernel comes from the model
project's own environment (found through JUPYTER_PATH). Whatever happens, it writes:

  --output  the executed notebook, with papermill-compatible metadata (metadata.papermill, per cell too)
  --html    its HTML rendering, for reviewers
  --result  a JSON summary the stage reads: the status and, on failure, which cell failed and why

Exit code: 0 the notebook ran to the end, 1 it did not (the result says why), 2 bad usage.
"""

import argparse
import datetime
import json
import logging
import math
import os
import re
import sys
import time
import traceback

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

# Papermill's tag for the error notes it adds; papermill and the Train stage remove such cells on a re-run.
ERROR_CELL_TAG = "papermill-error-cell-tag"
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


class NotebookTimeout(Exception):
    """The whole notebook ran out of time (--notebook-timeout)."""


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(description="Run a notebook unattended, papermill-style.")
    parser.add_argument("--input", required=True, help="the notebook, parameters already injected")
    parser.add_argument("--output", required=True, help="where to write the executed notebook")
    parser.add_argument("--html", required=True, help="where to write its HTML rendering")
    parser.add_argument("--result", required=True, help="where to write the JSON summary")
    parser.add_argument("--kernel", required=True, help="the Jupyter kernel to run it with")
    parser.add_argument("--cwd", required=True, help="the kernel's working directory")
    parser.add_argument("--cell-timeout", type=int, default=600, help="seconds one cell may take")
    parser.add_argument("--notebook-timeout", type=int, default=3600, help="seconds the whole notebook may take")
    parser.add_argument("--start-timeout", type=int, default=120, help="seconds the kernel may take to start")
    return parser.parse_args(argv)


class Run:
    def __init__(self, options):
        self.options = options
        self.notebook = nbformat.read(options.input, as_version=4)
        self.deadline = time.monotonic() + options.notebook_timeout
        self.started = utc_now()
        self.total = len(self.notebook.cells)
        self.executed = 0
        self.failure = None

    def cell_timeout(self, cell):
        remaining = math.ceil(self.deadline - time.monotonic())
        return max(1, min(self.options.cell_timeout, remaining))

    def execute(self):
        self.mark_pending()
        client = NotebookClient(
            self.notebook,
            kernel_name=self.options.kernel,
            timeout_func=self.cell_timeout,
            startup_timeout=self.options.start_timeout,
            resources={"metadata": {"path": self.options.cwd}},
        )
        client.reset_execution_trackers()
        try:
            with client.setup_kernel():
                try:
                    self.describe_language(client)
                    self.execute_cells(client)
                except BaseException:
                    client.shutdown_kernel = "immediate"
                    raise
        except (CellExecutionError, CellTimeoutError, DeadKernelError, NotebookTimeout):
            pass  # already recorded by execute_cell
        except Exception as error:  # the kernel did not start, or the runner itself failed
            if self.failure is None:
                self.failure = {
                    "kind": "kernel",
                    "message": f"{type(error).__name__}: {error}",
                    "traceback": traceback.format_exc().splitlines(),
                }

    def mark_pending(self):
        papermill = self.notebook.metadata.setdefault("papermill", {})
        papermill.update(start_time=self.started.isoformat(), end_time=None, duration=None, exception=None)
        for cell in self.notebook.cells:
            cell.metadata["papermill"] = {
                "start_time": None, "end_time": None, "duration": None, "status": "pending", "exception": None,
            }
            if cell.cell_type == "code":
                cell.outputs = []
                cell.execution_count = None

    def describe_language(self, client):
        reply = client.wait_for_reply(client.kc.kernel_info())
        if reply and "language_info" in reply["content"]:
            self.notebook.metadata["language_info"] = reply["content"]["language_info"]

    def execute_cells(self, client):
        for index, cell in enumerate(self.notebook.cells):
            if time.monotonic() >= self.deadline:
                self.failure = {"kind": "notebook-timeout", "timeout": self.options.notebook_timeout,
                                **self.describe_cell(index, cell, None)}
                raise NotebookTimeout()
            self.execute_cell(client, index, cell)

    def execute_cell(self, client, index, cell):
        state = cell.metadata["papermill"]
        started = utc_now()
        state.update(start_time=started.isoformat(), status="running")
        count = client.code_cells_executed + 1
        try:
            client.execute_cell(cell, index, execution_count=count)
        except BaseException as error:
            if cell.get("execution_count") is None:
                cell.execution_count = count
            self.finish_cell(state, started, failed=True)
            self.failure = self.describe_failure(error, index, cell, count)
            print(f"[cell {index + 1}/{self.total}] In [{count}] failed after {state['duration']:.1f} s", flush=True)
            raise
        self.finish_cell(state, started, failed=False)
        if cell.cell_type == "code" and cell.get("execution_count") is not None:
            self.executed += 1
            print(f"[cell {index + 1}/{self.total}] In [{cell.execution_count}] {state['duration']:.1f} s", flush=True)

    @staticmethod
    def finish_cell(state, started, failed):
        ended = utc_now()
        state.update(end_time=ended.isoformat(), duration=(ended - started).total_seconds(),
                     status="failed" if failed else "completed", exception=failed)

    def describe_failure(self, error, index, cell, count):
        where = self.describe_cell(index, cell, count)
        if isinstance(error, CellExecutionError):
            return {"kind": "cell-error", "ename": error.ename, "evalue": error.evalue,
                    "traceback": self.error_traceback(cell), **where}
        if isinstance(error, CellTimeoutError):
            overall = time.monotonic() >= self.deadline - 1
            kind = "notebook-timeout" if overall else "cell-timeout"
            limit = self.options.notebook_timeout if overall else self.options.cell_timeout
            return {"kind": kind, "timeout": limit, **where}
        if isinstance(error, DeadKernelError):
            return {"kind": "dead-kernel", "message": str(error), **where}
        return {"kind": "runner", "message": f"{type(error).__name__}: {error}",
                "traceback": traceback.format_exc().splitlines(), **where}

    @staticmethod
    def describe_cell(index, cell, count):
        lines = [line.strip() for line in cell.source.splitlines() if line.strip()]
        return {"cell_index": index, "execution_count": count, "first_line": lines[0] if lines else ""}

    @staticmethod
    def error_traceback(cell):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                return [ANSI_ESCAPE.sub("", line) for entry in output.get("traceback", []) for line in entry.splitlines()]
        return []

    def finish(self):
        ended = utc_now()
        failed = self.failure is not None
        self.notebook.metadata["papermill"].update(
            end_time=ended.isoformat(), duration=(ended - self.started).total_seconds(), exception=failed)
        if failed and "cell_index" in self.failure:
            self.add_error_notes()
        return ended

    def add_error_notes(self):
        failure = self.failure
        anchor = self.error_note('<a id="orchestration-error"></a>**The run failed in the next cell.**')
        summary = self.error_note(
            f'<span style="color:red">**This run failed** at '
            f'[In [{failure["execution_count"]}]](#orchestration-error): {describe_kind(failure)}.</span>')
        self.notebook.cells.insert(failure["cell_index"], anchor)
        self.notebook.cells.insert(0, summary)

    def error_note(self, text):
        note = nbformat.v4.new_markdown_cell(text)
        note.metadata["tags"] = [ERROR_CELL_TAG]
        if self.notebook.nbformat_minor < 5:  # cell ids came with nbformat 4.5
            note.pop("id", None)
        return note


def describe_kind(failure):
    kind = failure["kind"]
    if kind == "cell-error":
        return f'{failure["ename"]}: {failure["evalue"]}'
    if kind in ("cell-timeout", "notebook-timeout"):
        return f'{kind.replace("-", " ")} after {failure["timeout"]} s'
    return failure.get("message", kind)


def write_html(notebook, path):
    try:
        from nbconvert import HTMLExporter
        body, _ = HTMLExporter().from_notebook_node(notebook)
        with open(path, "w", encoding="utf-8") as file:
            file.write(body)
        return None
    except Exception as error:  # a failed rendering must not hide the notebook's own result
        return f"{type(error).__name__}: {error}"


def main(argv):
    options = parse_arguments(argv)
    # A timed-out cell leaves nbclient's output poller pending; asyncio's complaint about it is noise.
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    # The kernel inherits this: Python 3.11's frozen modules make debugpy warn on every kernel start.
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    run = Run(options)
    run.execute()
    ended = run.finish()
    nbformat.write(run.notebook, options.output)
    html_error = write_html(run.notebook, options.html)
    result = {
        "status": "failed" if run.failure else "completed",
        "failure": run.failure,
        "cells": run.total,
        "executed": run.executed,
        "start_time": run.started.isoformat(),
        "end_time": ended.isoformat(),
        "html_error": html_error,
    }
    with open(options.result, "w", encoding="utf-8") as file:
        json.dump(result, file, indent=2)
    return 1 if run.failure else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
