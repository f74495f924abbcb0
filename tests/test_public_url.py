"""PUBLIC_URL, the page's origin: the socket's allowed origins and the page's CSP follow from it."""
from __future__ import annotations

import pytest
import requests

from bot import config, web
from bot.channels import allowed_origins
from bot.serve import free_port


def served_policy(rasa_port: int) -> str:
    web_port = free_port()
    server = web.start_in_background(web_port, rasa_port)
    try:
        response = requests.get(f"http://127.0.0.1:{web_port}/", timeout=10)
    finally:
        server.shutdown()
        server.server_close()
    assert response.status_code == 200
    return response.headers["Content-Security-Policy"]


def connect_sources(policy: str) -> list[str]:
    directive = next(part for part in policy.split(";") if part.strip().startswith("connect-src"))
    return directive.split()[1:]


def test_by_default_only_this_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PUBLIC_URL", raising=False)
    monkeypatch.setenv("WEB_PORT", "8123")
    monkeypatch.delenv("DISCUSS_ALLOWED_ORIGINS", raising=False)
    assert allowed_origins() == ["http://localhost:8123", "http://127.0.0.1:8123"]
    assert connect_sources(served_policy(5123)) == [
        "'self'", "ws://localhost:5123", "http://localhost:5123",
        "ws://127.0.0.1:5123", "http://127.0.0.1:5123",
    ]


def test_a_real_hostname_is_one_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUBLIC_URL", "https://Chat.Example.org/")
    monkeypatch.delenv("DISCUSS_ALLOWED_ORIGINS", raising=False)
    assert config.public_origin() == "https://chat.example.org"
    assert allowed_origins() == ["https://chat.example.org"]
    policy = served_policy(5005)
    assert connect_sources(policy) == [
        "'self'", "wss://chat.example.org:5005", "https://chat.example.org:5005"]
    assert "localhost" not in policy and "127.0.0.1" not in policy
    assert "default-src 'self'" in policy and "unsafe" not in policy


@pytest.mark.parametrize("url", [
    "chat.example.org", "ftp://chat.example.org", "https://chat.example.org/discuss",
    "https://user:secret@chat.example.org", "https://",
])
def test_a_public_url_that_is_not_an_origin_is_refused(monkeypatch, url: str) -> None:
    monkeypatch.setenv("PUBLIC_URL", url)
    with pytest.raises(ValueError, match="PUBLIC_URL must be an origin"):
        config.public_origin()
