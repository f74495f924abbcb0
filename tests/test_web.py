"""The reader's page in headless Chromium, used as readers use it, even as the bot dies; the origin check."""
from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import requests
import websocket
from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait
from sqlalchemy import create_engine, text

from bot import config, web
from bot.knowledge import knowledge
from bot.prompts import prompts
from tests.conftest import start_bot

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
AXE = config.WEB_DIR / "node_modules" / "axe-core" / "axe.min.js"
ARTIFACTS = config.PROJECT_DIR / "test-artifacts"
DESKTOP, PHONE = (1280, 900), (375, 812)
XSS = "<img src=x onerror=alert(1)>"
MARKDOWN_LINK = "[click me](javascript:alert(1))"
MARKDOWN_IMAGE = "![x](http://example.com/x.png)"
GREETING_REPLIES = ["Summarize it", "Who is quoted?", "Share my view"]
STANCES = ["Agree", "Disagree", "Mixed", "Unsure"]

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


def start_browser(profile: Path, size: tuple[int, int], mobile: bool = False) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        f"--window-size={size[0]},{size[1]}",
        f"--user-data-dir={profile}",  # fresh profile: no chat left from another run
    ):
        options.add_argument(argument)
    # The console, and every request the page makes (Network.requestWillBeSent).
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    # An explicit driver path, so selenium-manager never tries to download a browser or driver.
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    # The viewport exactly this size (a phone's with `mobile`: the viewport meta tag applies).
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": mobile,
    })
    return driver


@pytest.fixture
def desktop(tmp_path: Path) -> webdriver.Chrome:
    driver = start_browser(tmp_path / "chromium", DESKTOP)
    yield driver
    driver.quit()


@pytest.fixture
def phone(tmp_path: Path) -> webdriver.Chrome:
    driver = start_browser(tmp_path / "chromium", PHONE, mobile=True)
    yield driver
    driver.quit()


class Chat:
    """The page as a reader sees it: the article, bot messages, quick replies, the text box."""

    def __init__(self, driver: webdriver.Chrome, timeout: float = 45) -> None:
        self.driver = driver
        self.timeout = timeout

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def _texts(self, selector: str) -> list[str]:
        return self.js(
            "return Array.from(document.querySelectorAll(arguments[0]), e => e.textContent)",
            selector,
        )

    def bot_messages(self) -> list[str]:
        return self._texts("#chat-log .msg-bot .bubble")

    def reader_messages(self) -> list[str]:
        return self._texts("#chat-log .msg-reader .bubble")

    def quick_replies(self) -> list[str]:
        return self._texts("#chat-replies button")

    def until(self, condition, what: str):
        try:
            return WebDriverWait(self.driver, self.timeout).until(lambda _: condition())
        except TimeoutException:
            raise AssertionError(
                f"never {what}; the bot said {self.bot_messages()}; quick replies "
                f"{self.quick_replies()}; browser log: {self.driver.get_log('browser')}"
            ) from None

    def wait_for(self, expected: str, after: int = 0) -> str:
        """Wait until the bot's messages from index `after` on contain `expected`; returns them."""
        def arrived() -> str | None:
            new = "\n".join(self.bot_messages()[after:])
            return new if expected in new else None

        return self.until(arrived, f"saw the bot say {expected!r}")

    def wait_for_replies(self, titles: list[str]) -> None:
        self.until(lambda: self.quick_replies() == titles, f"saw the quick replies {titles}")

    def type(self, message: str, expected: str) -> str:
        before = len(self.bot_messages())
        box = self.driver.find_element(By.ID, "chat-input")
        box.send_keys(message)
        box.send_keys(Keys.ENTER)
        return self.wait_for(expected, after=before)

    def press(self, title: str, expected: str) -> str:
        before = len(self.bot_messages())
        buttons = [b for b in self.driver.find_elements(By.CSS_SELECTOR, "#chat-replies button")
                   if b.text == title]
        assert buttons, f"no quick reply {title!r} among {self.quick_replies()}"
        buttons[0].click()
        return self.wait_for(expected, after=before)

    def quote_links(self) -> list[str]:
        return self._texts("#chat-log a.quote")

    def highlighted(self) -> dict | None:
        """The highlighted sentence: its text, whether it has focus, where it is on screen."""
        return self.js("""
            const mark = document.getElementById('quoted');
            if (!mark) return null;
            const box = mark.getBoundingClientRect();
            return {text: mark.textContent, focused: document.activeElement === mark,
                    top: box.top, bottom: box.bottom, paragraph: mark.parentElement.id,
                    scrollY: window.scrollY, height: window.innerHeight};""")

    def wait_until_shown(self, quote: str, above: float | None = None) -> dict:
        """Wait until `quote` is highlighted and wholly on screen (above y=`above` if given)."""
        def shown() -> dict | None:
            mark = self.highlighted()
            bottom = above if above is not None else (mark or {}).get("height", 0)
            if mark and mark["text"] == quote and 0 <= mark["top"] and mark["bottom"] <= bottom:
                return mark
            return None

        return self.until(shown, f"scrolled to the highlighted sentence {quote!r}")

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.driver.save_screenshot(str(ARTIFACTS / name))

    def requests_made(self) -> list[str]:
        """Every URL the browser requested since the last call."""
        urls = []
        for entry in self.driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                urls.append(message["params"]["request"]["url"])
            elif message["method"] == "Network.webSocketCreated":
                urls.append(message["params"]["url"])
        return urls

    def accessibility_violations(self, label: str) -> list[dict]:
        """axe-core (web/node_modules, injected from disk: no request) on the page as it is now;
        prints every violation and returns the serious and critical ones."""
        self.js(AXE.read_text(encoding="utf-8"))
        result = self.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done(r.violations), e => done([{id: String(e)}]));"
        )
        counts = {impact: sum(1 for v in result if v.get("impact") == impact)
                  for impact in ("critical", "serious", "moderate", "minor")}
        print(f"\naxe-core {label}: {len(result)} violations {counts}")
        for violation in result:
            print(f"  {violation.get('impact')}: {violation['id']} - {violation.get('help')} "
                  f"({len(violation.get('nodes', []))} elements)")
        return [v for v in result if v.get("impact") in ("serious", "critical")]


def every_quote_the_bot_can_give() -> list[str]:
    """Facts' quotes, the article sentences it offers as passages, and the prompts' sides."""
    known = knowledge()
    quotes = [fact.quote for fact in known.facts.values()] + list(known.sentences)
    for prompt in prompts().values():
        quotes += [prompt.supporters_say, prompt.critics_say]
    return sorted({quote for quote in quotes if quote})


def test_the_page_shows_the_article_and_finds_every_quote(bot, page_url: str, desktop) -> None:
    chat = Chat(desktop)
    desktop.get(page_url)
    lines = [line.strip() for line in config.ARTICLE_PATH.read_text().splitlines() if line.strip()]
    assert chat._texts("h1") == [lines[0]]  # one h1: the headline
    assert chat._texts("#article h2") == [line for line in lines[1:] if web.is_heading(line)]
    assert chat._texts("#article p[id]") == [line for line in lines[1:] if not web.is_heading(line)]
    # Landmarks and labels a screen reader finds the page by.
    assert chat.js("return document.querySelectorAll('main').length") == 1
    assert chat.js("return document.querySelector('aside h2').textContent") == "Discuss the article"
    label = chat.js("return document.querySelector('label[for=chat-input]').textContent")
    assert label == "Your message"
    live = chat.js("return document.getElementById('chat-log').getAttribute('aria-live')")
    assert live == "polite"

    quotes = every_quote_the_bot_can_give()
    assert len(quotes) > 50
    missing = chat.js(
        "return arguments[0].filter(q => !window.discussChat.findQuote(q))", quotes
    )
    assert missing == []


def test_reader_reads_asks_follows_a_quote_and_gives_views(bot, page_url: str, desktop) -> None:
    chat = Chat(desktop)
    desktop.get(page_url)
    chat.wait_for("I know one article inside out")  # the page sends /greet on a first visit
    chat.wait_for_replies(GREETING_REPLIES)
    assert len(desktop.find_elements(By.CSS_SELECTOR, "#chat-replies button[type=button]")) == 3
    chat.screenshot("web-desktop-start.png")

    answer = chat.type("who is kori schake", "American Enterprise Institute")
    assert answer.startswith("Kori Schake is director of foreign and defense policy studies")
    quote = answer.split('From the article: "', 1)[1].rsplit('"', 1)[0]
    assert chat.quote_links()[-1] == quote
    assert chat.js("return window.scrollY") == 0
    desktop.find_elements(By.CSS_SELECTOR, "#chat-log a.quote")[-1].click()
    mark = chat.wait_until_shown(quote)
    assert mark["scrollY"] > 0 and mark["focused"]  # the article scrolled down to it
    paragraph = chat.js(f"return document.getElementById('{mark['paragraph']}').textContent")
    assert quote in paragraph and paragraph.startswith("Kori Schake, director")
    chat.screenshot("web-desktop.png")

    # A view typed with Markdown in it comes back as the reader typed it, as text.
    session = json.loads(chat.js("return localStorage.getItem('chat_session')"))
    chat.type("share my view", "what are your thoughts on President Trump's foreign policy shift")
    opinion = f"A gamble {MARKDOWN_LINK} {XSS} because Europe will stop trusting America"
    chat.type(opinion, "Where do you stand on this")
    chat.wait_for_replies(STANCES)

    # The stance buttons were the last thing shown: they are back after a reload.
    shown = chat.bot_messages()
    desktop.refresh()
    chat.wait_for_replies(STANCES)
    assert chat.bot_messages() == shown
    assert chat.quote_links()[-1] == quote  # rendered again as a link

    thanks = chat.press("Disagree", "Would you like another discussion question")
    assert f"In your words: {opinion}" in thanks
    chat.wait_for_replies(["Another question", "Back to the article"])
    chat.press("Another question", "Is that trade worth it?")
    second = f"{MARKDOWN_IMAGE} China is the bigger challenge because it is rising"
    chat.type(second, "Where do you stand")
    thanks = chat.press("Agree", "Would you like another discussion question")
    assert f"In your words: {second}" in thanks
    chat.screenshot("web-markup.png")

    assert desktop.find_elements(By.CSS_SELECTOR, "img") == []
    links = [a.get_dom_attribute("href") for a in desktop.find_elements(By.TAG_NAME, "a")]
    assert all(href.startswith("#") for href in links), links  # only the page's own anchors
    assert chat.reader_messages()[-2] == second
    with pytest.raises(NoAlertPresentException):
        desktop.switch_to.alert.text
    # No request leaves this machine, and nothing was blocked by the CSP or missing (404).
    hosts = {urlsplit(url).hostname for url in chat.requests_made()
             if urlsplit(url).scheme in ("http", "https", "ws", "wss")}  # not data:, chrome:
    assert hosts == {"localhost"}
    assert [entry for entry in desktop.get_log("browser") if entry["level"] == "SEVERE"] == []

    assert chat.accessibility_violations("desktop, mid-conversation") == []

    with create_engine(bot.database_url).connect() as db:
        rows = db.execute(
            text("SELECT * FROM opinions WHERE session_id = :session ORDER BY id"),
            {"session": session["session_id"]},
        ).mappings().all()
    assert [(row["prompt_id"], row["stance"], row["channel"]) for row in rows] == [
        ("russia_shift", "disagree", "socketio"), ("china_focus", "agree", "socketio")]
    assert rows[0]["opinion"] == opinion  # stored verbatim; only its display is plain text


def focused(chat: Chat) -> dict:
    return chat.js("""
        const e = document.activeElement, style = getComputedStyle(e);
        return {tag: e.tagName, id: e.id, text: e.textContent, cls: e.className,
                outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};""")


def tab_to(chat: Chat, is_it, backwards: bool = False, most: int = 40) -> dict:
    """Press Tab (Shift+Tab) until the focused element is the one wanted; returns it."""
    for _ in range(most):
        keys = ActionChains(chat.driver)
        if backwards:
            keys.key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT)
        else:
            keys.send_keys(Keys.TAB)
        keys.perform()
        element = focused(chat)
        if is_it(element):
            return element
    raise AssertionError(f"{most} tabs never reached it; focus is on {focused(chat)}")


def keys(chat: Chat, *sequence: str) -> None:
    ActionChains(chat.driver).send_keys(*sequence).perform()


def test_a_whole_discussion_by_keyboard_only(bot, page_url: str, desktop) -> None:
    chat = Chat(desktop)
    desktop.get(page_url)
    chat.wait_for_replies(GREETING_REPLIES)

    # From the top of the page, Tab reaches the quick replies, with a visible focus ring.
    button = tab_to(chat, lambda e: e["text"] == "Share my view")
    assert button["tag"] == "BUTTON" and button["outline"] == "solid" and button["width"] >= 2
    before = len(chat.bot_messages())
    keys(chat, Keys.ENTER)
    chat.wait_for("what are your thoughts on President Trump's foreign policy shift", before)
    assert focused(chat)["id"] == "chat-input"  # the pressed button is gone: focus is on the box

    before = len(chat.bot_messages())
    # (no verdict in it: a plain one, "It is a gamble", is the stance and the buttons wouldn't be asked)
    keys(chat, "It changes everything because Europe will stop trusting America", Keys.ENTER)
    chat.wait_for("Where do you stand on this", before)
    chat.wait_for_replies(STANCES)
    tab_to(chat, lambda e: e["text"] == "Mixed", backwards=True)  # the replies sit above the box
    before = len(chat.bot_messages())
    keys(chat, Keys.SPACE)  # Space presses a button too
    chat.wait_for("Would you like another discussion question", before)
    assert chat.reader_messages()[-1] == "Mixed"

    # Ask, then follow the answer's quote with Enter.
    tab_to(chat, lambda e: e["id"] == "chat-input")
    before = len(chat.bot_messages())
    keys(chat, "who is celeste wallander", Keys.ENTER)
    answer = chat.wait_for("assistant secretary of defense", before)
    quote = answer.split('From the article: "', 1)[1].rsplit('"', 1)[0]
    link = tab_to(chat, lambda e: e["cls"] == "quote" and e["text"] == quote, backwards=True)
    assert link["outline"] == "solid" and link["width"] >= 2
    keys(chat, Keys.ENTER)
    assert chat.wait_until_shown(quote)["focused"]
    chat.screenshot("web-keyboard.png")


def test_on_a_phone(bot, page_url: str, phone) -> None:
    chat = Chat(phone)
    phone.get(page_url)
    chat.wait_for_replies(GREETING_REPLIES)

    def layout() -> dict:
        return chat.js("""
            const box = id => document.getElementById(id).getBoundingClientRect();
            return {scrollWidth: document.documentElement.scrollWidth, width: window.innerWidth,
                    height: window.innerHeight, input: box('chat-input').toJSON(),
                    chat: box('chat').toJSON()};""")

    def input_on_screen(now: dict) -> bool:
        box = now["input"]
        return 0 <= box["left"] and box["right"] <= now["width"] and 0 <= box["top"] \
            and box["bottom"] <= now["height"] and box["height"] > 20

    now = layout()
    assert now["width"] == 375 and now["scrollWidth"] <= now["width"]  # no horizontal scroll
    assert input_on_screen(now)
    chat.screenshot("web-phone-start.png")

    answer = chat.type("who is kori schake", "American Enterprise Institute")
    quote = answer.split('From the article: "', 1)[1].rsplit('"', 1)[0]
    chat.screenshot("web-phone.png")
    phone.find_elements(By.CSS_SELECTOR, "#chat-log a.quote")[-1].click()
    # The panel folds away to its text box; the sentence shows above it.
    chat.until(lambda: "collapsed" in phone.find_element(By.ID, "chat").get_attribute("class"),
               "folded the chat panel")
    now = layout()
    chat.wait_until_shown(quote, above=now["chat"]["top"])
    assert input_on_screen(now) and now["scrollWidth"] <= now["width"]
    chat.screenshot("web-phone-quote.png")

    # The panel opens again with the conversation as it was.
    phone.find_element(By.ID, "chat-toggle").click()
    assert phone.find_element(By.ID, "chat-log").is_displayed()
    assert chat.quote_links()[-1] == quote
    assert chat.accessibility_violations("phone") == []


@pytest.fixture(scope="module")
def dying_bot(trained_model, tmp_path_factory):
    """A bot of its own and its page: the test below kills its Rasa server."""
    var = tmp_path_factory.mktemp("dying-bot-var")
    bot = start_bot(var, f"sqlite:///{var / 'bot.db'}")
    server = web.start_in_background(bot.web_port, bot.servers.rasa_port)
    yield bot
    server.shutdown()
    server.server_close()
    bot.servers.stop()


def sent(chat: Chat, words: str) -> bool:
    """Whether the page put `words` on the wire since the last look (Chrome's network log)."""
    return any(words in entry["message"] for entry in chat.driver.get_log("performance"))


def test_a_message_sent_as_the_bot_dies_is_answered_once_it_is_back(dying_bot, desktop) -> None:
    chat = Chat(desktop)
    desktop.get(f"http://localhost:{dying_bot.web_port}/")
    chat.wait_for_replies(GREETING_REPLIES)

    # Stopped, the server keeps the socket open: the page sends into it, believing it connected.
    # Killed, the server never reads the message. The reader reloads the page while no server
    # is up; then a new one starts on the same port.
    rasa = dying_bot.servers.roles["rasa"]
    os.killpg(rasa.pid, signal.SIGSTOP)
    before = len(chat.bot_messages())
    desktop.find_element(By.ID, "chat-input").send_keys("who is kori schake", Keys.ENTER)
    chat.until(lambda: sent(chat, "who is kori schake"), "sent the message")
    os.killpg(rasa.pid, signal.SIGKILL)
    rasa.wait(timeout=30)
    desktop.refresh()
    dying_bot.servers.start_rasa()

    chat.wait_for("American Enterprise Institute", after=before)

    def pending() -> list:
        return json.loads(chat.js("return localStorage.getItem('chat_session')"))["pending"]

    chat.until(lambda: pending() == [], "heard the bot acknowledge the message")
    assert "\n".join(chat.bot_messages()[before:]).count("Kori Schake is director") == 1
    assert chat.reader_messages() == ["who is kori schake"]  # shown once


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
