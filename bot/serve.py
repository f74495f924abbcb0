"""Train when the data changed, and run the action server, the Rasa server and the chat page."""
from __future__ import annotations

import hashlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot import config

MODEL_DIR = config.PROJECT_DIR / "models"
MODEL_NAME = "article-bot"
MODEL_PATH = MODEL_DIR / f"{MODEL_NAME}.tar.gz"
FINGERPRINT_PATH = MODEL_DIR / f"{MODEL_NAME}.fingerprint"
TRAINING_INPUTS = ("domain.yml", "config.yml", "data")
BIN_DIR = Path(sys.executable).parent


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


def write_endpoints(actions_port: int) -> Path:
    """endpoints.yml with the action server on the configured port, under var/."""
    endpoints = yaml.safe_load((config.PROJECT_DIR / "endpoints.yml").read_text())
    endpoints["action_endpoint"]["url"] = f"http://127.0.0.1:{actions_port}/webhook"
    path = config.var_dir() / "endpoints.yml"
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


@dataclass
class Servers:
    """The processes behind one running bot, stopped together."""

    rasa_port: int
    actions_port: int
    log_dir: Path
    env: dict[str, str] = field(default_factory=dict)  # on top of os.environ, for both servers
    processes: list[subprocess.Popen] = field(default_factory=list)

    def start_actions(self) -> subprocess.Popen:
        env = {"SANIC_HOST": "127.0.0.1"}  # never reachable from other machines
        process = self._spawn(
            [sys.executable, "-m", "rasa_sdk", "--actions", "actions",
             "--port", str(self.actions_port)],
            "actions.log", env,
        )
        wait_until_up(f"http://127.0.0.1:{self.actions_port}/health", process, 60)
        return process

    def start_rasa(self, extra: list[str] | None = None) -> subprocess.Popen:
        host = config.get("RASA_HOST", "127.0.0.1")
        process = self._spawn(
            [str(BIN_DIR / "rasa"), "run", "--model", str(MODEL_PATH),
             "--endpoints", str(write_endpoints(self.actions_port)),
             "--credentials", str(config.PROJECT_DIR / "credentials.yml"),
             "--interface", host, "--port", str(self.rasa_port), *rasa_api_args(), *(extra or [])],
            "rasa.log", {},
        )
        wait_until_up(f"http://127.0.0.1:{self.rasa_port}/", process, 180)
        return process

    def _spawn(self, command: list[str], log_name: str, env: dict[str, str]) -> subprocess.Popen:
        self.log_dir.mkdir(parents=True, exist_ok=True)
        log = open(self.log_dir / log_name, "ab")
        process = subprocess.Popen(
            command, cwd=config.PROJECT_DIR, env={**os.environ, **self.env, **env}, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so stopping it stops its children
        )
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in self.processes:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.processes.clear()


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
