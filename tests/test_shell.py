"""`discuss shell` in a pseudo-terminal, typed at as a reader would, checked in the database."""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import time
from pathlib import Path

import pexpect
import pytest
from sqlalchemy import create_engine, text

from bot import config, serve
from tests.conftest import free_port

pytestmark = pytest.mark.rasa

DISCUSS = serve.BIN_DIR / "discuss"
ENTER = "\r"
BUTTON = re.compile(r"^  (\d+)\. (.+)$")  # a button under the bot's message: "  2. Disagree"
# Colours, cursor moves and window titles that prompt_toolkit and Rasa write around the text.
ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\r"
)


class Terminal:
    """What a person sees in the terminal, read as it comes, and the keys they press."""

    def __init__(self, child: pexpect.spawn) -> None:
        self.child = child
        self.raw = ""
        self.seen = 0  # where the screen text not waited for yet starts
        self.choices: list[str] | None = None  # the button titles on screen, in their order

    def screen(self) -> str:
        return ESCAPES.sub("", self.raw)

    def wait_for(self, *expected: str, timeout: float = 60) -> str:
        """Wait until one of `expected` shows up; returns the text shown since the last wait."""
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()[self.seen:]
            ends = [shown.index(text) + len(text) for text in expected if text in shown]
            if ends:
                self.seen += min(ends)
                return shown[: min(ends)]
            if time.monotonic() > deadline:
                raise AssertionError(f"never saw {expected}; the terminal shows:\n{shown[-3000:]}")
            try:
                self.raw += self.child.read_nonblocking(65536, timeout=0.5)
            except pexpect.TIMEOUT:
                pass

    def reply(self, expected: str) -> str:
        """Wait for the bot to say `expected` and to prompt again; returns all it showed."""
        shown = self.wait_for(expected) + self.wait_for("Your input ->")
        last = shown.split("Your input ->")[-2] if shown.count("Your input ->") > 1 else shown
        buttons = [BUTTON.match(line) for line in last.splitlines()]
        self.choices = [found.group(2).strip() for found in buttons if found] or None
        return shown

    def choose(self, title: str) -> None:
        """Pick a button by typing its number, as the list on screen shows it."""
        assert self.choices and title in self.choices, f"{title!r} is not among {self.choices}"
        self.type(str(self.choices.index(title) + 1))

    def type(self, message: str) -> None:
        """Type a message and Enter, buttons on screen or not."""
        self.child.send(message + ENTER)
        self.choices = None


@pytest.fixture
def shell_env(trained_model: Path, temp_var_dir: Path) -> dict[str, str]:
    """Free ports, the temp var/ and database temp_var_dir set, and a plain terminal."""
    return {
        **os.environ,
        "ACTIONS_PORT": str(free_port()),
        "SHELL_PORT": str(free_port()),
        "TERM": "xterm",
        "PROMPT_TOOLKIT_NO_CPR": "1",  # pexpect won't answer prompt_toolkit's cursor position query
    }


def start_shell(env: dict[str, str]) -> Terminal:
    child = pexpect.spawn(
        str(DISCUSS), ["shell"], cwd=str(config.PROJECT_DIR), env=env, encoding="utf-8",
        dimensions=(50, 250),  # wide enough that the bot's greeting isn't wrapped mid-menu
    )
    return Terminal(child)


def wait_until_free(*ports: int, timeout: float = 20) -> bool:
    deadline = time.monotonic() + timeout
    while not all(serve.port_is_free(port) for port in ports):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


def stop(terminal: Terminal) -> None:
    """If a test failed half way: SIGTERM lets `discuss shell` stop the action server it started."""
    if terminal.child.isalive():
        os.killpg(terminal.child.pid, signal.SIGTERM)
        terminal.child.expect(pexpect.EOF, timeout=30)
    terminal.child.close()


def test_reader_asks_and_gives_a_view_in_the_shell(shell_env: dict[str, str]) -> None:
    terminal = start_shell(shell_env)
    try:
        first_screen = terminal.wait_for("Bot loaded", timeout=180)
        # One line says it is starting; warnings and Rasa's start-up logs went to the log file.
        log = config.var_dir() / "logs" / "shell.log"
        assert first_screen.strip().splitlines() == [
            f"Starting the bot (about 5 s; log: {log})...", "Bot loaded"
        ]
        terminal.wait_for("Your input ->")
        assert "Loading model" in log.read_text()

        terminal.type("hi")
        terminal.reply("I know one article inside out")
        choices = terminal.choices
        assert choices == ["Summarize it", "Who is quoted?", "Share my view"]
        terminal.type("4")  # no such button: said here, not sent to the bot as a question
        terminal.wait_for("There is no choice 4: type 1 to 3, a title, or your own words.")
        terminal.wait_for("Your input ->")
        terminal.choices = choices  # the same menu still stands
        terminal.choose("Who is quoted?")
        assert "Celeste A. Wallander" in terminal.reply("Three people are quoted directly")

        terminal.type("hi again")
        terminal.reply("I know one article inside out")
        assert terminal.choices  # buttons on screen, and the reader types their own words
        terminal.type("who is kori schake")
        answer = terminal.reply("From the article:")
        assert ("Kori Schake is director of foreign and defense policy studies at the American "
                "Enterprise Institute") in answer

        terminal.type("share my view")
        terminal.reply("what are your thoughts on President Trump's foreign policy shift")
        assert terminal.choices is None  # no menu to leave: the answer is typed straight away
        # (no verdict in it: a plain one, "It is a gamble", is the stance and the buttons wouldn't be asked)
        terminal.type("It changes everything because Europe will stop trusting America")

        terminal.reply("Where do you stand on this: the shift towards Russia is the right policy?")
        assert terminal.choices == ["Agree", "Disagree", "Mixed", "Unsure"]
        assert "/set_stance" not in terminal.screen()  # the list shows titles, not payloads
        terminal.type("disagree")  # a title typed in lower case picks its button
        terminal.reply("So you disagree that the shift towards Russia is the right policy")

        terminal.type("/stop")
        terminal.child.expect(pexpect.EOF, timeout=60)
        terminal.child.close()
        assert terminal.child.exitstatus == 0
    finally:
        stop(terminal)
    # Nothing left running: the action server `discuss shell` started, and rasa shell's server.
    assert wait_until_free(int(shell_env["ACTIONS_PORT"]), int(shell_env["SHELL_PORT"]))

    with create_engine(config.database_url()).connect() as db:
        rows = db.execute(text("SELECT * FROM opinions")).mappings().all()
    assert len(rows) == 1
    assert rows[0]["channel"] == "cmdline"
    assert rows[0]["prompt_id"] == "russia_shift"
    assert rows[0]["opinion"] == "It changes everything because Europe will stop trusting America"
    assert rows[0]["reason"] == "Europe will stop trusting America"
    assert rows[0]["stance"] == "disagree"


def test_closing_the_terminal_stops_the_action_server(shell_env: dict[str, str]) -> None:
    terminal = start_shell(shell_env)
    try:
        terminal.wait_for("Bot loaded", timeout=180)
        assert not serve.port_is_free(int(shell_env["ACTIONS_PORT"]))
        os.killpg(terminal.child.pid, signal.SIGHUP)  # what a closed terminal window sends
        terminal.child.expect(pexpect.EOF, timeout=30)
    finally:
        stop(terminal)
    assert wait_until_free(int(shell_env["ACTIONS_PORT"]), int(shell_env["SHELL_PORT"]))


def test_the_shell_restarts_an_action_server_that_dies(shell_env: dict[str, str], temp_var_dir: Path) -> None:
    terminal = start_shell(shell_env)
    port = shell_env["ACTIONS_PORT"]
    try:
        terminal.wait_for("Bot loaded", timeout=180)
        terminal.wait_for("Your input ->")
        subprocess.run(["pkill", "-KILL", "-f", f"rasa_sdk --actions actions --port {port}$"], check=True)
        deadline = time.monotonic() + 60
        log = temp_var_dir / "logs" / "supervisor.log"
        while not (log.exists() and "is back" in log.read_text()) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert "The action server stopped (exit status -9)" in log.read_text()
        terminal.type("who is kori schake")
        assert "American Enterprise Institute" in terminal.reply("From the article:")
        terminal.type("/stop")
        terminal.child.expect(pexpect.EOF, timeout=60)
    finally:
        stop(terminal)
    assert wait_until_free(int(port), int(shell_env["SHELL_PORT"]))


def test_a_shell_port_in_use_is_said_plainly(shell_env: dict[str, str]) -> None:
    # a shell left running elsewhere holds the port: say so, before training or starting anything
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", int(shell_env["SHELL_PORT"])))
        holder.listen()
        finished = subprocess.run([str(DISCUSS), "shell"], cwd=config.PROJECT_DIR, env=shell_env,
                                  capture_output=True, text=True, timeout=60)
    assert finished.returncode != 0
    assert f"port {shell_env['SHELL_PORT']} (SHELL_PORT) is already in use" in finished.stderr
    assert serve.port_is_free(int(shell_env["ACTIONS_PORT"]))  # nothing was started
