"""Shared fixtures: a temp var/ for every test, and real bot servers for the tests that chat."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests

from bot import serve, store
from bot.serve import free_port


@pytest.fixture(autouse=True)
def temp_var_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test touches the project's var/: runtime files and the SQLite DB go to a temp folder."""
    var = tmp_path / "var"
    monkeypatch.setenv("DISCUSS_VAR_DIR", str(var))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{var / 'test.db'}")
    monkeypatch.delenv("DISCUSS_SPOOL", raising=False)
    store.dispose()
    store._schema_ready.clear()
    yield var
    store.dispose()
    store._schema_ready.clear()


class Bot:
    """A running Rasa server + action server, and a client for its REST channel."""

    def __init__(self, servers: serve.Servers, database_url: str, web_port: int | None = None) -> None:
        self.servers = servers
        self.database_url = database_url
        self.web_port = web_port  # the chat page's port: its socket.io accepts only that origin
        self.url = f"http://127.0.0.1:{servers.rasa_port}"
        self.var: Path | None = None  # its runtime folder (spool, logs), set by start_bot()

    def say(self, sender: str, message, timeout: float = 30) -> list[dict]:
        response = requests.post(
            f"{self.url}/webhooks/rest/webhook",
            data=json.dumps({"sender": sender, "message": message}), timeout=timeout,
        )
        response.raise_for_status()
        return response.json()

    def text(self, sender: str, message) -> str:
        """Everything the bot replied, joined into one string."""
        return "\n".join(reply.get("text", "") for reply in self.say(sender, message))


@pytest.fixture(scope="session")
def trained_model() -> Path:
    serve.train()
    return serve.MODEL_PATH


def start_bot(var: Path, database_url: str, **env: str) -> Bot:
    """Start an action server + Rasa server with runtime files in `var` and opinions in
    `database_url`; `env` adds to their environment. The caller stops `bot.servers`."""
    web_port = free_port()
    env = {"DISCUSS_VAR_DIR": str(var), "DATABASE_URL": database_url,
           "WEB_PORT": str(web_port), "RASA_ENABLE_API": "false", **env}
    servers = serve.Servers(free_port(), free_port(), var / "logs", env=env)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DISCUSS_VAR_DIR", str(var))  # write_endpoints() puts its file there
        try:
            servers.start_actions()
            servers.start_rasa()
        except Exception:
            servers.stop()
            for log in (var / "logs").glob("*.log"):
                print(log, log.read_text()[-3000:])
            raise
    bot = Bot(servers, database_url, web_port)
    bot.var = var
    return bot


@pytest.fixture(scope="session")
def bot(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Bot:
    """One bot for the whole session, with its own SQLite database in a temp folder."""
    var = tmp_path_factory.mktemp("bot-var")
    running = start_bot(var, f"sqlite:///{var / 'bot.db'}")
    yield running
    running.servers.stop()
