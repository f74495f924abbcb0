"""`discuss serve` supervises: a killed server is started again while readers carry on."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from bot import serve, store
from bot.serve import free_port

pytestmark = pytest.mark.rasa

TROUBLE = "I'm having trouble"


class Serving:
    """`discuss serve` as a reader's terminal runs it, with its output collected."""

    def __init__(self, var: Path) -> None:
        self.rasa_port, self.actions_port, self.web_port = free_port(), free_port(), free_port()
        self.database_url = f"sqlite:///{var / 'serve.db'}"
        env = {**os.environ, "DISCUSS_VAR_DIR": str(var), "DATABASE_URL": self.database_url,
               "RASA_ENABLE_API": "false"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "serve", "--rasa-port", str(self.rasa_port),
             "--actions-port", str(self.actions_port), "--web-port", str(self.web_port)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            start_new_session=True,
        )
        self.output: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.output.append(line)

    def shown(self) -> str:
        return "".join(self.output)

    def wait_for_output(self, text: str, timeout: float = 240) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.shown():
            assert self.process.poll() is None or text in self.shown(), self.shown()[-3000:]
            assert time.monotonic() < deadline, f"never printed {text!r}:\n{self.shown()[-3000:]}"
            time.sleep(0.5)

    def health(self) -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.web_port}/healthz", timeout=5) as r:
                return r.status, json.load(r)
        except urllib.error.HTTPError as error:
            return error.code, json.load(error)
        except OSError:  # `discuss serve` (and its page) already gone
            return 0, {"actions": {"up": False}, "rasa": {"up": False}}

    def wait_until_healthy(self, timeout: float = 240, replacing: dict | None = None) -> dict:
        """The health once all is up; with `replacing` ({role: pid}), once each of those servers
        runs under another pid (a killed one may still answer for a moment)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status, state = self.health()
            replaced = all(state[role]["pid"] != pid for role, pid in (replacing or {}).items())
            if status == 200 and replaced:
                return state
            time.sleep(0.5)
        raise AssertionError(f"never healthy: {state}\n{self.shown()[-3000:]}")

    def say(self, sender: str, message: str) -> str:
        response = requests.post(f"http://127.0.0.1:{self.rasa_port}/webhooks/rest/webhook",
                                 json={"sender": sender, "message": message}, timeout=60)
        response.raise_for_status()
        return "\n".join(reply.get("text", "") for reply in response.json())

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()


@pytest.fixture
def serving(trained_model, tmp_path: Path):
    running = Serving(tmp_path / "var")
    yield running
    running.stop()


def answer_a_prompt(serving: Serving, reader: str) -> None:
    """Share a view, resending a message while the bot says it is having trouble."""
    for message in ("share my view", "It rewards aggression, because borders stop meaning anything",
                    '/set_stance{"stance": "disagree"}'):
        for _attempt in range(60):
            try:
                reply = serving.say(reader, message)
            except requests.RequestException:
                reply = TROUBLE  # the Rasa server itself is down: try again in a moment
            if TROUBLE not in reply and reply:
                break
            time.sleep(1)


def test_killed_servers_are_started_again_and_every_answer_is_stored_once(serving):
    serving.wait_for_output("The bot is up")
    state = serving.wait_until_healthy()
    assert state["database"] == "ok" and state["actions"]["restarts"] == 0

    readers = [f"reader-{n}" for n in range(12)]
    with ThreadPoolExecutor(max_workers=len(readers)) as pool:
        chatting = [pool.submit(answer_a_prompt, serving, reader) for reader in readers]
        time.sleep(1)
        os.kill(state["actions"]["pid"], signal.SIGKILL)  # what the OOM killer does
        for future in chatting:
            future.result()
    # The readers may be done before the killed process is gone: wait for its replacement.
    killed = state["actions"]["pid"]
    state = serving.wait_until_healthy(replacing={"actions": killed})
    assert state["actions"]["restarts"] == 1
    assert "The action server stopped (exit status -9)" in serving.shown()

    os.kill(state["rasa"]["pid"], signal.SIGKILL)
    time.sleep(1)
    status, down = serving.health()
    assert status == 503 and down["rasa"]["up"] is False
    state = serving.wait_until_healthy()
    assert state["rasa"]["restarts"] == 1
    assert "Kori Schake" in serving.say("after", "who is kori schake")
    assert serving.process.poll() is None  # `discuss serve` itself never stopped

    store.create_schema(serving.database_url)
    with store.session_factory(serving.database_url).begin() as session:
        per_reader = dict(session.execute(
            select(store.Opinion.session_id, func.count()).group_by(store.Opinion.session_id)).all())
        stances = set(session.scalars(select(store.Opinion.stance)))
    assert per_reader == {reader: 1 for reader in readers}
    assert stances == {"disagree"}

    started = time.monotonic()
    os.killpg(serving.process.pid, signal.SIGTERM)
    assert serving.process.wait(timeout=30) == 0
    assert time.monotonic() - started < 15


def test_a_crash_loop_stops_everything_with_one_clear_line(serving):
    serving.wait_for_output("The bot is up")
    deadline = time.monotonic() + 120
    while serving.process.poll() is None and time.monotonic() < deadline:
        status, state = serving.health()
        if state["actions"]["up"]:
            try:
                os.kill(state["actions"]["pid"], signal.SIGKILL)
            except ProcessLookupError:
                pass  # (it died between the health check and the kill: the supervisor counts that crash too)
        time.sleep(0.3)
    assert serving.process.wait(timeout=60) != 0
    assert "the action server stopped 5 times in 60 s; giving up. See" in serving.shown()
    assert "actions.log" in serving.shown()


def test_server_logs_are_rotated_by_size(tmp_path, monkeypatch):
    monkeypatch.setattr(serve, "LOG_BYTES", 2000)
    servers = serve.Servers(free_port(), free_port(), tmp_path / "logs")
    process = servers._spawn("actions", [sys.executable, "-c", "for n in range(2000): print('x' * 50, n)"], {})
    process.wait(timeout=30)
    current = tmp_path / "logs" / "actions.log"
    deadline = time.monotonic() + 10
    # (between a rotation's rename and the new file's creation there is no actions.log for a moment)
    while "1999" not in _text_of(current) and time.monotonic() < deadline:
        time.sleep(0.1)  # the copying thread drains the pipe
    logs = sorted(path.name for path in (tmp_path / "logs").iterdir())
    assert logs == ["actions.log", "actions.log.1", "actions.log.2", "actions.log.3"]
    assert all(path.stat().st_size <= 2100 for path in (tmp_path / "logs").iterdir())
    assert "1999" in (tmp_path / "logs" / "actions.log").read_text()


def test_a_closed_terminal_stops_the_servers_too(serving):
    # Found trying the bot: closing the terminal `make run` ran in left both servers running on
    # their ports (they run in sessions of their own), and the next `make run` said the port was
    # in use.
    serving.wait_for_output("The bot is up")
    state = serving.wait_until_healthy()
    children = [state["actions"]["pid"], state["rasa"]["pid"]]
    os.kill(serving.process.pid, signal.SIGHUP)  # what a closed terminal window sends
    assert serving.process.wait(timeout=30) == 0
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and any(_alive(pid) for pid in children):
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in children)


def _text_of(path) -> str:
    try:
        return path.read_text()
    except FileNotFoundError:
        return ""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True
