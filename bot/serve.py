"""Train when the data changed, and run the action server, the Rasa server and the chat page."""
from __future__ import annotations

import hashlib
import logging.handlers
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from bot import config

MODEL_DIR = config.PROJECT_DIR / "models"
MODEL_NAME = "article-bot"
MODEL_PATH = MODEL_DIR / f"{MODEL_NAME}.tar.gz"
FINGERPRINT_PATH = MODEL_DIR / f"{MODEL_NAME}.fingerprint"
TRAINING_INPUTS = ("domain.yml", "config.yml", "data")
BIN_DIR = Path(sys.executable).parent
# `rasa run` without TensorFlow, which no component of our model uses (bot/rasa_server.py).
RASA_RUN = [sys.executable, "-m", "bot.rasa_server", "run"]


def fingerprint() -> str:
    """A hash of everything `rasa train` reads; a new one means the model is stale."""
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = config.PROJECT_DIR / name
        files = sorted(path.rglob("*.yml")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(config.PROJECT_DIR)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def model_is_current() -> bool:
    return (
        MODEL_PATH.exists()
        and FINGERPRINT_PATH.exists()
        and FINGERPRINT_PATH.read_text().strip() == fingerprint()
    )


def train(force: bool = False) -> bool:
    """Train the model if the data changed since the last one; returns whether it trained."""
    if model_is_current() and not force:
        return False
    stamp = fingerprint()
    subprocess.run(
        [str(BIN_DIR / "rasa"), "train", "--fixed-model-name", MODEL_NAME, "--out", str(MODEL_DIR),
         "--force"],
        cwd=config.PROJECT_DIR, check=True,
    )
    FINGERPRINT_PATH.write_text(stamp + "\n")
    return True


def write_endpoints(actions_port: int, lock_store: dict | None = None,
                    path: Path | None = None) -> Path:
    """endpoints.yml with the action server on the configured port (and a lock store), written
    to `path` or var/endpoints.yml."""
    endpoints = yaml.safe_load((config.PROJECT_DIR / "endpoints.yml").read_text())
    endpoints["action_endpoint"]["url"] = f"http://127.0.0.1:{actions_port}/webhook"
    if lock_store:
        endpoints["lock_store"] = lock_store
    path = path or config.var_dir() / "endpoints.yml"
    path.write_text(yaml.safe_dump(endpoints))
    return path


def rasa_api_args() -> list[str]:
    """The Rasa HTTP API stays off unless RASA_ENABLE_API=true, and then needs a token."""
    if config.get("RASA_ENABLE_API", "false").lower() not in ("1", "true", "yes"):
        return []
    token = config.get("RASA_AUTH_TOKEN", "")
    if len(token) < 16:
        raise SystemExit(
            "RASA_ENABLE_API is on but RASA_AUTH_TOKEN is missing or shorter than 16 characters; "
            "set one in .env (see .env.example)"
        )
    return ["--enable-api", "--auth-token", token]


def wait_until_up(url: str, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited with code {process.returncode} before it was up")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")


# Each server's log is rotated at this size, keeping this many old files beside it.
LOG_BYTES = 10 * 1024 * 1024
LOG_BACKUPS = 3


@dataclass
class Servers:
    """The processes behind one running bot, stopped together."""

    rasa_port: int
    actions_port: int
    log_dir: Path
    env: dict[str, str] = field(default_factory=dict)  # on top of os.environ, for both servers
    processes: list[subprocess.Popen] = field(default_factory=list)
    roles: dict[str, subprocess.Popen] = field(default_factory=dict)  # "actions", "rasa"
    host: str | None = None  # the Rasa server's interface; default RASA_HOST
    endpoints: Path | None = None  # Rasa's endpoints file; default one for `actions_port`

    def start_actions(self) -> subprocess.Popen:
        env = {"SANIC_HOST": "127.0.0.1"}  # never reachable from other machines
        process = self._spawn(
            "actions",
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions",
             "--port", str(self.actions_port)],
            env,
        )
        self._wait(process, f"http://127.0.0.1:{self.actions_port}/health", 60)
        return process

    def start_rasa(self, extra: list[str] | None = None) -> subprocess.Popen:
        host = self.host or config.get("RASA_HOST", "127.0.0.1")
        endpoints = self.endpoints or write_endpoints(self.actions_port)
        process = self._spawn(
            "rasa",
            [*RASA_RUN, "--model", str(MODEL_PATH),
             "--endpoints", str(endpoints),
             "--credentials", str(config.PROJECT_DIR / "credentials.yml"),
             "--interface", host, "--port", str(self.rasa_port), *rasa_api_args(), *(extra or [])],
            {},
        )
        self._wait(process, f"http://127.0.0.1:{self.rasa_port}/", 180)
        return process

    def start(self, role: str) -> subprocess.Popen:
        return self.start_actions() if role == "actions" else self.start_rasa()

    def log_path(self, role: str) -> Path:
        return self.log_dir / f"{role}.log"

    def _wait(self, process: subprocess.Popen, url: str, timeout: float) -> None:
        try:
            wait_until_up(url, process, timeout)
        except RuntimeError:
            _stop_process(process)  # one that hangs half-started is not left behind
            raise

    def _spawn(self, role: str, command: list[str], env: dict[str, str]) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        process = subprocess.Popen(
            command, cwd=config.PROJECT_DIR, env={**os.environ, **self.env, **env},
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stopping it stops its children
        )
        threading.Thread(target=_copy_to_log, args=(process, self.log_path(role)), daemon=True,
                         name=f"{role}-log").start()
        dead = self.roles.get(role)
        if dead is not None and dead in self.processes:
            self.processes.remove(dead)
        self.roles[role] = process
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            _stop_process(process)
        self.processes.clear()
        self.roles.clear()


def _stop_process(process: subprocess.Popen) -> None:
    """SIGTERM its process group, SIGKILL after 15 s."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def _copy_to_log(process: subprocess.Popen, path: Path) -> None:
    """A server's output, line by line, into its log, rotated by size so it never grows unbounded."""
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(message)s"))
    try:
        for line in iter(process.stdout.readline, b""):
            handler.emit(logging.makeLogRecord({"msg": line.decode("utf-8", "replace").rstrip("\n")}))
    finally:
        handler.close()


NAMES = {"actions": "action server", "rasa": "Rasa server"}
# A server that stops is started again after 1 s, then 2, 4 ... up to 30 s while it keeps failing.
FIRST_DELAY, MOST_DELAY = 1.0, 30.0
# This many failed or short-lived starts within this many seconds is a crash loop: give up.
CRASH_LOOP_STARTS, CRASH_LOOP_SECONDS = 5, 60.0


class CrashLoop(RuntimeError):
    """A server keeps stopping: the message says which, and where its log is."""


class Supervisor:
    """Keeps the action server and the Rasa server running: a server that stops is logged and
    started again with a growing delay, while the other keeps serving."""

    def __init__(self, servers: Servers, echo: Callable[[str], None]) -> None:
        self.servers = servers
        self.echo = echo
        self.stops: dict[str, deque[float]] = {role: deque() for role in NAMES}
        self.restarts: dict[str, int] = {role: 0 for role in NAMES}
        self.restarting: set[str] = set()
        self.stopping = threading.Event()  # set before stopping the servers on purpose

    def watch(self, poll: float = 0.5) -> None:
        """Until Ctrl-C / SIGTERM (KeyboardInterrupt), a crash loop (CrashLoop) or `stopping`."""
        while not self.stopping.is_set():
            for role in NAMES:
                process = self.servers.roles.get(role)
                if process is not None and process.poll() is not None:
                    self.echo(f"The {NAMES[role]} stopped (exit status {process.returncode}); "
                              f"starting it again. Log: {self.servers.log_path(role)}")
                    self.restart(role)
            time.sleep(poll)

    def restart(self, role: str) -> None:
        delay = FIRST_DELAY
        self.restarting.add(role)
        try:
            while True:
                now = time.monotonic()
                stops = self.stops[role]
                stops.append(now)
                while stops and now - stops[0] > CRASH_LOOP_SECONDS:
                    stops.popleft()
                if len(stops) >= CRASH_LOOP_STARTS:
                    raise CrashLoop(
                        f"the {NAMES[role]} stopped {len(stops)} times in "
                        f"{CRASH_LOOP_SECONDS:.0f} s; giving up. See {self.servers.log_path(role)}"
                    )
                if self.stopping.wait(delay):
                    return
                try:
                    self.servers.start(role)
                except RuntimeError as error:
                    self.echo(f"The {NAMES[role]} did not start ({error}); trying again.")
                    delay = min(delay * 2, MOST_DELAY)
                    continue
                self.restarts[role] += 1
                self.echo(f"The {NAMES[role]} is back.")
                return
        finally:
            self.restarting.discard(role)

    def health(self) -> dict:
        """Each server's state and the database's, for /healthz."""
        state: dict = {}
        for role in NAMES:
            process = self.servers.roles.get(role)
            up = process is not None and process.poll() is None and role not in self.restarting
            state[role] = {"up": up, "pid": process.pid if process else None,
                           "restarts": self.restarts[role]}
        state["database"] = database_health()
        state["ok"] = all(state[role]["up"] for role in NAMES) and state["database"] == "ok"
        return state


def database_health(url: str | None = None) -> str:
    from sqlalchemy import text

    from bot import store

    try:
        with store.engine(url).connect() as connection:
            connection.execute(text("SELECT 1"))
        return "ok"
    except Exception as error:  # any failure is what /healthz must report, not raise
        return f"error: {type(error).__name__}"


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now (tests, benchmark)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def port_is_free(port: int) -> bool:
    with socket.socket() as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True
