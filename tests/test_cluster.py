"""Two Rasa instances behind nginx (deploy/): 40 readers at once, then one instance killed mid-run."""
from __future__ import annotations

import json
import os
import shutil
import signal
import tempfile
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
import socketio
from sqlalchemy import create_engine, text

from bot import cluster
from bot.postgres import binaries
from bot.prompts import prompts
from bot.serve import free_port

pytestmark = [
    pytest.mark.rasa,
    pytest.mark.postgres,
    pytest.mark.cluster,
    pytest.mark.skipif(
        not (shutil.which("nginx", path="/usr/sbin:/usr/bin") and shutil.which("redis-server")
             and binaries()),
        reason="needs Debian's nginx, redis-server and postgresql (see .ci/run)",
    ),
]

READERS = 40  # half over REST, half over socket.io
# (question, a words of its answer): each reader asks a different pair, so a reply delivered to
# the wrong reader shows.
QUESTIONS = [
    ("who is kori schake", "American Enterprise Institute"),
    ("where did rubio meet lavrov", "Riyadh"),
    ("who is celeste wallander?", "assistant secretary of defense"),
    ("how old is putin", "doesn't say"),
]
WAIT = 90  # seconds a reader waits for one reply (2 cores, 40 readers, an instance restarting)
PHASES = 300  # seconds every reader has to reach the end of a phase


@pytest.fixture(scope="module")
def running(trained_model):
    # Not under pytest's tmp dir: that one is private to root and PostgreSQL couldn't enter it.
    run_dir = Path(tempfile.mkdtemp(prefix="discuss-cluster-"))
    lines: list[str] = []
    deployment = cluster.Cluster(2, run_dir, free_port(), postgres_fsync=False, echo=lines.append)
    try:
        deployment.start()
        yield deployment
    except Exception:
        for log in sorted(run_dir.rglob("*.log")):
            print(log, log.read_text(errors="replace")[-2000:])
        raise
    finally:
        deployment.stop()
        shutil.rmtree(run_dir, ignore_errors=True)


class Reader:
    """One reader's conversation: what they said, every reply they got, in order."""

    def __init__(self, number: int, url: str) -> None:
        self.number, self.url = number, url
        self.id = f"reader-{number}-{uuid.uuid4().hex[:8]}"
        self.said: list[str] = []
        self.heard: list[str] = []
        self.opinion = f"Talking to Moscow is overdue, says reader {number} of {READERS}"
        self.reason = f"Wars end at the table, reader {number} thinks"
        self.stance = "agree" if number % 2 else "disagree"

    def turn(self, message: str, expected: str) -> None:
        self.said.append(message)
        start = len(self.heard)
        self.send(message)
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if expected in "\n".join(self.heard[start:]):
                return
            time.sleep(0.05)
        raise AssertionError(f"{self.id}: no {expected!r} in the replies to {message!r}: "
                             f"{self.heard[start:]}")

    def question(self, offset: int) -> None:
        self.turn(*QUESTIONS[(self.number + offset) % len(QUESTIONS)])

    def before_the_kill(self) -> None:
        self.question(0)
        self.question(1)
        self.turn("I want to share my view", prompts()["russia_shift"].text)

    def after_the_kill(self) -> None:
        # The prompt was asked by whichever instance this reader was on: the form goes on.
        self.turn(self.opinion, "What makes you say that?")
        self.turn(self.reason, "Where do you stand")
        self.turn('/set_stance{"stance": "%s"}' % self.stance, f"In your words: {self.opinion}")
        self.question(2)


class RestReader(Reader):
    channel = "rest"

    def send(self, message: str) -> None:
        response = requests.post(
            f"{self.url}/webhooks/rest/webhook", json={"sender": self.id, "message": message},
            headers={"X-Reader": self.id}, timeout=WAIT,  # the sticky key (deploy/README.md)
        )
        response.raise_for_status()
        for reply in response.json():
            assert reply["recipient_id"] == self.id
            self.heard.append(reply.get("text", ""))


class SocketReader(Reader):
    """As web/chat.js does: its id on the socket's URL, session_request on every (re)connect,
    each message kept until the bot acknowledges it and sent again on every session_confirm."""

    channel = "socketio"

    def __init__(self, number: int, url: str) -> None:
        super().__init__(number, url)
        self.confirmed = threading.Event()
        self.disconnects = 0
        self.pending: dict[str, dict] = {}  # message id: message, in the order sent
        # websocket-client adds an Origin of its own unless told not to; ours is the page's.
        self.client = socketio.Client(reconnection_delay=0.5, reconnection_delay_max=2,
                                      websocket_extra_options={"suppress_origin": True})
        self.client.on("connect", lambda: self.client.emit("session_request", {"session_id": self.id}))
        self.client.on("session_confirm", self._session_confirmed)
        self.client.on("disconnect", self._disconnected)
        self.client.on("bot_uttered", lambda reply: self.heard.append(reply.get("text", "")))

    def _session_confirmed(self, _session_id: str) -> None:
        for message in list(self.pending.values()):
            self._emit(message)
        self.confirmed.set()

    def _disconnected(self) -> None:
        self.confirmed.clear()
        self.disconnects += 1

    def connect(self, origin: str) -> None:
        self.client.connect(f"{self.url}/?reader={self.id}", headers={"Origin": origin},
                            transports=["polling", "websocket"], wait_timeout=WAIT)

    def _emit(self, message: dict) -> None:
        try:
            self.client.emit("user_uttered", message,
                             callback=lambda *_: self.pending.pop(message["message_id"], None))
        except socketio.exceptions.BadNamespaceError:
            pass  # disconnected since: sent again on session_confirm

    def send(self, message: str) -> None:
        assert self.confirmed.wait(WAIT), f"{self.id}: the socket did not (re)connect"
        sent = {"message": message, "session_id": self.id, "message_id": uuid.uuid4().hex}
        self.pending[sent["message_id"]] = sent
        self._emit(sent)


def run_all(readers: list[Reader], step: str, errors: list[str]) -> None:
    """Every reader's `step` at once, in threads; each failure recorded, none left running."""
    def one(reader: Reader) -> None:
        try:
            getattr(reader, step)()
        except Exception as error:  # recorded and asserted on by the test
            errors.append(f"{reader.id} ({step}): {error}")

    threads = [threading.Thread(target=one, args=(reader,), daemon=True) for reader in readers]
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + PHASES
    for thread in threads:
        thread.join(max(0, deadline - time.monotonic()))
    errors += [f"{reader.id} ({step}): still running after {PHASES} s"
               for reader, thread in zip(readers, threads) if thread.is_alive()]


def test_the_page_and_health_come_through_nginx(running):
    page = requests.get(f"http://127.0.0.1:{running.public_port}/", timeout=10)
    assert page.status_code == 200
    assert 'data-rasa-port=""' in page.text  # the socket goes to the page's own origin
    assert f"ws://localhost:{running.public_port}" in page.headers["Content-Security-Policy"]
    health = requests.get(f"http://127.0.0.1:{running.public_port}/healthz", timeout=10).json()
    assert health["ok"] and len(health["instances"]) == 2
    # Rasa's API and the action servers are not reachable through nginx.
    assert requests.get(f"http://127.0.0.1:{running.public_port}/status", timeout=10).status_code == 404


def test_forty_readers_then_an_instance_killed_mid_run(running):
    url = f"http://127.0.0.1:{running.public_port}"
    origin = f"http://localhost:{running.public_port}"
    readers: list[Reader] = [(RestReader if n % 2 else SocketReader)(n, url) for n in range(READERS)]
    sockets = [r for r in readers if isinstance(r, SocketReader)]
    errors: list[str] = []
    try:
        for reader in sockets:
            reader.connect(origin)
        run_all(readers, "before_the_kill", errors)
        assert errors == []

        # Every reader is halfway through: a prompt asked, not answered. Kill instance 1.
        killed = running.servers[0].roles["rasa"]
        os.killpg(killed.pid, signal.SIGKILL)
        killed.wait(timeout=30)
        # At once: a socket.io reader may send before its client notices the instance died. The
        # message is lost with the connection; the reader sends it again once reconnected.
        run_all(readers, "after_the_kill", errors)
        assert errors == []
        moved = [r for r in sockets if r.disconnects]
        assert moved, "no socket.io reader was on the killed instance"
        print(f"{len(moved)} of {len(sockets)} socket.io readers were on the killed instance")
    finally:
        for reader in sockets:
            reader.client.disconnect()

    # Every reply reached its reader: nobody heard another reader's words.
    for reader in readers:
        others = [o.opinion for o in readers if o is not reader]
        assert not [h for h in reader.heard if any(opinion in h for opinion in others)], reader.id

    engine = create_engine(running.database_url, future=True)
    try:
        with engine.connect() as connection:
            opinions = connection.execute(text(
                "SELECT session_id, channel, prompt_id, opinion, reason, stance FROM opinions"
            )).all()
            said = {}
            for sender, data in connection.execute(text(
                    "SELECT sender_id, data FROM events WHERE type_name = 'user' ORDER BY id")):
                said.setdefault(sender, []).append(json.loads(data)["text"])
    finally:
        engine.dispose()
    # Every opinion stored exactly once, as said.
    assert sorted(opinions) == sorted(
        (r.id, r.channel, "russia_shift", r.opinion, r.reason, r.stance) for r in readers)
    # Nothing lost: each conversation in the shared tracker store has every message, once, in order.
    for reader in readers:
        assert said.get(reader.id) == reader.said, reader.id
