"""Hostile and repeated input through the REST and socket.io channels; a running bot's defaults."""
from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid

import pytest
import requests
from sqlalchemy import create_engine, text

from bot import config

pytestmark = pytest.mark.rasa


def post(bot, body: bytes | str, content_type: str = "application/json") -> requests.Response:
    return requests.post(f"{bot.url}/webhooks/rest/webhook", data=body,
                         headers={"Content-Type": content_type}, timeout=60)


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b"",
        b"[]",
        b'"just a string"',
        b'{"sender": "x"}',
        b'{"sender": "x", "message": 42}',
        b'{"sender": "x", "message": ["a"]}',
        b'{"sender": ["x"], "message": "hi"}',
        b'{"sender": "", "message": "hi"}',
    ],
    ids=["invalid-json", "empty-body", "list", "string", "no-message", "number", "list-message",
         "list-sender", "empty-sender"],
)
def test_malformed_requests_get_a_clear_4xx(bot, body):
    response = post(bot, body)
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"]


@pytest.mark.parametrize(
    "message",
    ["", "   ", "\x00\x01\x02 who is lavrov \x1b", "🇺🇦" * 50, "Кто такой Лавров?", "من هو لافروف؟",
     "'; DROP TABLE events; --", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "a" * 100_000],
    ids=["empty", "spaces", "control", "emoji", "cyrillic", "arabic", "sql", "script", "formula", "100kb"],
)
def test_odd_messages_get_a_reply(bot, message):
    replies = bot.say("hostile-reader", message)
    assert replies and all(reply.get("text") for reply in replies)


def test_missing_or_huge_sender_ids_are_handled(bot):
    response = post(bot, '{"message": "who is lavrov"}')
    assert response.status_code == 200 and "Lavrov" in response.text  # Rasa's default sender
    response = post(bot, '{"sender": "%s", "message": "who is lavrov"}' % ("s" * 10_000))
    assert response.status_code == 400 and "at most 255 characters" in response.json()["error"]


def test_nothing_stored_is_altered_by_hostile_input(bot):
    reader = "hostile-but-honest"
    bot.text(reader, "share my view")
    bot.text(reader, "Keep talking because talking works")
    for message in ("'; DELETE FROM opinions; --", "/restart", "\x00" * 100, "a" * 100_000):
        bot.say(f"attacker-{len(message)}", message)
    from tests.test_conversation import rows_of

    [row] = rows_of(bot, reader)
    assert (row.opinion, row.reason) == ("Keep talking because talking works", "talking works")


@pytest.mark.parametrize("path", ["/model", "/status", "/conversations/x/tracker", "/domain", "/version"])
def test_the_http_api_is_off_by_default(bot, path):
    response = requests.get(f"{bot.url}{path}", timeout=10)
    assert response.status_code in (401, 403, 404), (path, response.status_code)
    if path == "/conversations/x/tracker":
        assert response.status_code == 404


def other_address() -> str | None:
    """An address of this machine that is not loopback, if it has one."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # TEST-NET: no packet is sent for a UDP connect
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") else address


def test_the_action_server_listens_on_loopback_only(bot):
    port = bot.servers.actions_port
    assert requests.get(f"http://127.0.0.1:{port}/health", timeout=5).ok
    address = other_address()
    if address is None:
        pytest.skip("this machine has no non-loopback address to try")
    with pytest.raises(requests.ConnectionError):
        requests.get(f"http://{address}:{port}/health", timeout=5)


def test_serve_refuses_to_start_with_the_api_on_and_no_token(tmp_path):
    env = {"RASA_ENABLE_API": "true", "RASA_AUTH_TOKEN": "", "DISCUSS_VAR_DIR": str(tmp_path),
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "bot", "serve", "--rasa-port", "1", "--actions-port", "2", "--web-port", "3"],
        cwd=config.PROJECT_DIR, env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode != 0
    assert "RASA_AUTH_TOKEN" in result.stderr + result.stdout


# --- the same through the socket.io channel the web widget uses --------------------------------

def open_widget_socket(bot):
    """A socket.io client from the chat page's origin, with a session like the widget's."""
    import socketio

    client = socketio.Client()
    replies: list[dict] = []
    client.on("bot_uttered", replies.append)
    # Long-polling: over websocket, websocket-client adds an Origin of its own next to ours.
    client.connect(bot.url, headers={"Origin": f"http://localhost:{bot.web_port}"},
                   transports=["polling"])
    session_id = f"socket-{uuid.uuid4().hex}"
    client.emit("session_request", {"session_id": session_id})
    client.replies, client.session_id = replies, session_id
    return client


@pytest.fixture
def widget_socket(bot):
    client = open_widget_socket(bot)
    yield client
    client.disconnect()


def said(client, payload, timeout: float = 20) -> str:
    client.replies.clear()
    client.emit("user_uttered", payload)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if client.replies:
            time.sleep(0.3)  # let any further replies of the same turn arrive
            return "\n".join(reply.get("text", "") for reply in client.replies)
        time.sleep(0.05)
    raise AssertionError(f"no reply to {str(payload)[:80]!r}")


@pytest.mark.parametrize(
    "payload, expected",
    [
        ("just a string", "couldn't read that message"),
        (42, "couldn't read that message"),
        ({"message": 5}, "'message' must be a string"),
        ({"message": "hi"}, "'session_id' must be a non-empty string"),
        ({"message": "hi", "session_id": "s" * 10_000}, "at most 255 characters"),
        ({"message": "hi", "session_id": "s", "message_id": 7}, "'message_id' must be a string"),
    ],
    ids=["string", "number", "number-message", "no-session", "10kb-session", "number-id"],
)
def test_malformed_socket_messages_get_a_clear_reply(widget_socket, payload, expected):
    assert expected in said(widget_socket, payload)
    lavrov = {"message": "who is lavrov", "session_id": widget_socket.session_id}
    assert "Lavrov" in said(widget_socket, lavrov)


@pytest.mark.parametrize(
    "message",
    ["", "\x00\x01 who is lavrov", "<script>alert(1)</script>", "Кто такой Лавров?", "a" * 100_000],
    ids=["empty", "control", "script", "cyrillic", "100kb"],
)
def test_odd_socket_messages_get_a_reply(widget_socket, message):
    assert said(widget_socket, {"message": message, "session_id": widget_socket.session_id})


def test_a_message_sent_twice_is_handled_once_and_acknowledged_twice(bot, widget_socket):
    payload = {"message": "who is lavrov", "session_id": widget_socket.session_id,
               "message_id": uuid.uuid4().hex}
    acks: list[tuple] = []
    # The second copy arrives while the first is being handled, as a resend after a reconnect can.
    for _ in range(2):
        widget_socket.emit("user_uttered", payload, callback=lambda *ack: acks.append(ack))
    deadline = time.monotonic() + 30
    while len(acks) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert len(acks) == 2  # each acknowledged, after its replies (those of the first copy)
    answers = [reply for reply in widget_socket.replies if "Lavrov" in reply.get("text", "")]
    assert len(answers) == 1
    with create_engine(bot.database_url).connect() as db:
        heard = db.execute(text("SELECT count(*) FROM events WHERE sender_id = :sender "
                                "AND type_name = 'user'"), {"sender": widget_socket.session_id})
        assert heard.scalar() == 1  # in the conversation once


def test_a_page_cannot_reach_another_readers_opinion_by_its_message_ids(bot):
    """Two pages number their messages alike; each reader's opinion is still stored as their own."""
    readers = [open_widget_socket(bot), open_widget_socket(bot)]
    try:
        for client in readers:
            start = {"message": "share my view", "session_id": client.session_id, "message_id": "1"}
            assert "thoughts on President Trump" in said(client, start)
            opinion = {"message": f"A gamble, says {client.session_id}",
                       "session_id": client.session_id, "message_id": "2"}
            assert "What makes you say that?" in said(client, opinion)
    finally:
        for client in readers:
            client.disconnect()
    with create_engine(bot.database_url).connect() as db:
        rows = db.execute(text("SELECT session_id, opinion FROM opinions WHERE session_id IN (:a, :b)"),
                          {"a": readers[0].session_id, "b": readers[1].session_id})
        expected = [(r.session_id, f"A gamble, says {r.session_id}") for r in readers]
        assert sorted(rows) == sorted(expected)
