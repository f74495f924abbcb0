"""The chat page in a real headless Chromium, used as a reader uses it; its socket's origin check."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
import websocket
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import create_engine, text

from bot import config, web

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = config.PROJECT_DIR / "test-artifacts"
XSS = "<img src=x onerror=alert(1)>"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.rasa,
    pytest.mark.skipif(
        not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
        reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium and chromedriver)",
    ),
]


@pytest.fixture(scope="module")
def page_url(bot) -> str:
    """The chat page on the one port the bot's socket.io channel accepts as an origin."""
    server = web.start_in_background(bot.web_port, bot.servers.rasa_port)
    yield f"http://localhost:{bot.web_port}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def browser(tmp_path: Path) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,1000",
        f"--user-data-dir={tmp_path / 'chromium'}",  # fresh profile: no chat left from another run
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # An explicit driver path, so selenium-manager never tries to download a browser or driver.
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()


class Chat:
    """The rasa-webchat widget as a reader sees it: bot bubbles, quick replies, the text box."""

    def __init__(self, driver: webdriver.Chrome, timeout: float = 45) -> None:
        self.driver = driver
        self.timeout = timeout

    def _texts(self, selector: str) -> list[str]:
        # Read in one script: the widget re-renders, so element handles go stale between calls.
        return self.driver.execute_script(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.innerText)", selector
        )

    def bot_messages(self) -> list[str]:
        return self._texts("#rw-messages .rw-from-response .rw-response")

    def reader_messages(self) -> list[str]:
        return self._texts("#rw-messages .rw-from-client .rw-client")

    def quick_replies(self) -> list[str]:
        return self._texts("#rw-messages .rw-reply")

    def settled(self) -> bool:
        """No "..." bubble: the widget shows queued replies one by one behind a typing delay."""
        return not self.driver.find_elements(By.CSS_SELECTOR, ".rw-typing-indication")

    def wait_for(self, expected: str, after: int = 0) -> str:
        """Wait until the bot's messages from index `after` on contain `expected`; returns them."""
        def arrived(_driver) -> str | None:
            new = "\n".join(self.bot_messages()[after:])
            return new if expected in new and self.settled() else None

        try:
            return WebDriverWait(self.driver, self.timeout).until(arrived)
        except TimeoutException:
            raise AssertionError(
                f"the bot never said {expected!r}; it said {self.bot_messages()[after:]}; "
                f"browser log: {self.driver.get_log('browser')}"
            ) from None

    def type(self, message: str, expected: str) -> str:
        before = len(self.bot_messages())
        box = self.driver.find_element(By.CSS_SELECTOR, "textarea.rw-new-message")
        box.send_keys(message)
        box.send_keys(Keys.ENTER)
        return self.wait_for(expected, after=before)

    def click(self, title: str, expected: str) -> str:
        before = len(self.bot_messages())
        buttons = [b for b in self.driver.find_elements(By.CSS_SELECTOR, "#rw-messages .rw-reply")
                   if b.text == title]
        assert buttons, f"no quick reply {title!r} among {self.quick_replies()}"
        buttons[-1].click()
        return self.wait_for(expected, after=before)

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.driver.save_screenshot(str(ARTIFACTS / name))


def test_reader_chats_asks_gives_a_view_and_comes_back(bot, page_url: str, browser) -> None:
    chat = Chat(browser)
    browser.get(page_url)
    assert "Trump" in browser.find_element(By.TAG_NAME, "h1").text

    # The widget sends /greet on its own: the reader is greeted with buttons to start from.
    chat.wait_for("I know one article inside out")
    assert chat.quick_replies() == ["Summarize it", "Who is quoted?", "Share my view"]
    chat.screenshot("web-chat.png")

    answer = chat.click("Who is quoted?", "Three people are quoted directly")
    assert "Celeste A. Wallander" in answer
    assert chat.reader_messages()[-1] == "Who is quoted?"

    answer = chat.type("who is kori schake", "American Enterprise Institute")
    assert answer.startswith("Kori Schake is director of foreign and defense policy studies")

    chat.type("share my view", "what are your thoughts on President Trump's foreign policy shift")
    # Markup in a reader's words must come back as text, also when the bot quotes them (markdown).
    opinion = f"A gamble {XSS} because Europe will stop trusting America"
    chat.type(opinion, "Where do you stand on this")
    assert chat.quick_replies()[-4:] == ["Agree", "Disagree", "Mixed", "Unsure"]
    chat.click("Disagree", "Would you like another discussion question")
    thanks = "So you disagree that the shift towards Russia is the right policy"
    assert thanks in "\n".join(chat.bot_messages())
    chat.screenshot("web-opinion.png")

    # Back after a reload: the same conversation, which carries on where it was.
    session = json.loads(browser.execute_script("return localStorage.getItem('chat_session')"))
    shown = chat.bot_messages()
    browser.refresh()
    WebDriverWait(browser, 20).until(lambda _: len(chat.bot_messages()) >= len(shown))
    assert chat.bot_messages()[: len(shown)] == shown
    answer = chat.type("who is celeste wallander", "assistant secretary of defense")
    assert "I know one article inside out" not in answer  # not greeted afresh
    chat.screenshot("web-reload.png")

    chat.type(XSS, "I can only discuss the article")
    chat.screenshot("web-markup.png")
    assert chat.reader_messages()[-1] == XSS
    assert any(XSS in message for message in chat.bot_messages())  # quoted back in the thank-you
    assert browser.find_elements(By.CSS_SELECTOR, 'img[src="x"]') == []
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text
    # Nothing blocked by the page's CSP (the widget's Google Fonts import is cut), no 404s.
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []

    with create_engine(bot.database_url).connect() as db:
        rows = db.execute(
            text("SELECT * FROM opinions WHERE session_id = :session"),
            {"session": session["session_id"]},
        ).mappings().all()
    assert len(rows) == 1
    assert rows[0]["channel"] == "socketio"
    assert rows[0]["prompt_id"] == "russia_shift"
    assert rows[0]["opinion"] == opinion
    assert rows[0]["reason"] == "Europe will stop trusting America"
    assert rows[0]["stance"] == "disagree"


def handshake_status(rasa_port: int, transport: str, origin: str) -> int:
    """The HTTP status of a socket.io handshake sent with this Origin header."""
    url = f"127.0.0.1:{rasa_port}/socket.io/?EIO=4&transport={transport}"
    if transport == "polling":
        return requests.get(f"http://{url}", headers={"Origin": origin}, timeout=10).status_code
    try:
        websocket.create_connection(f"ws://{url}", origin=origin, timeout=10).close()
    except websocket.WebSocketBadStatusException as refused:
        return refused.status_code
    return 101


@pytest.mark.parametrize("transport", ["polling", "websocket"])
def test_socket_accepts_the_chat_page_and_refuses_other_origins(bot, transport: str) -> None:
    port, opened = bot.servers.rasa_port, 200 if transport == "polling" else 101
    assert handshake_status(port, transport, f"http://localhost:{bot.web_port}") == opened
    assert handshake_status(port, transport, f"http://127.0.0.1:{bot.web_port}") == opened
    assert handshake_status(port, transport, "http://evil.example") == 400
    assert handshake_status(port, transport, f"http://localhost:{bot.web_port + 1}") == 400
