"""Settings from the environment and `.env` (the real environment wins), with safe defaults."""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import load_dotenv

PROJECT_DIR = Path(__file__).resolve().parent.parent
ARTICLE_PATH = PROJECT_DIR / "seeds" / "article.txt"
FACTS_PATH = PROJECT_DIR / "data" / "knowledge" / "facts.yml"
PROMPTS_PATH = PROJECT_DIR / "data" / "knowledge" / "prompts.yml"
WEB_DIR = PROJECT_DIR / "web"

_loaded = False


def _load_env() -> None:
    global _loaded
    if not _loaded:
        load_dotenv(PROJECT_DIR / ".env")  # override=False: the real environment wins
        _loaded = True


def get(name: str, default: str) -> str:
    _load_env()
    value = os.environ.get(name, "").strip()
    return value or default


def var_dir() -> Path:
    """Where runtime files live (database, spool, logs); `DISCUSS_VAR_DIR` moves it."""
    path = Path(get("DISCUSS_VAR_DIR", str(PROJECT_DIR / "var")))
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url() -> str:
    return get("DATABASE_URL", f"sqlite:///{var_dir() / 'discuss.db'}")


def tracker_store_url() -> str:
    """Where Rasa keeps conversations: the opinions' database unless TRACKER_STORE_URL says otherwise."""
    return get("TRACKER_STORE_URL", database_url())


def spool_path() -> Path:
    return Path(get("DISCUSS_SPOOL", str(var_dir() / "spool.jsonl")))


def port(name: str, default: int) -> int:
    value = get(name, str(default))
    try:
        number = int(value)
    except ValueError:
        raise ValueError(f"{name} must be a port number, got {value!r}") from None
    if not 0 < number < 65536:
        raise ValueError(f"{name} must be between 1 and 65535, got {number}")
    return number


def public_origin(web_port: int | None = None) -> str:
    """The chat page's origin as readers reach it: PUBLIC_URL, default http://localhost:$WEB_PORT
    (or `web_port`).

    The origins allowed to open the chat socket and the page's Content-Security-Policy are
    derived from it, so serving under a real hostname is this one setting."""
    default = f"http://localhost:{web_port or port('WEB_PORT', 8080)}"
    url = urlsplit(get("PUBLIC_URL", default))
    if (url.scheme not in ("http", "https") or not url.hostname or url.path not in ("", "/")
            or url.username or url.query or url.fragment):
        raise ValueError(
            f"PUBLIC_URL must be an origin like https://chat.example.org, got {url.geturl()!r}"
        )
    return f"{url.scheme}://{url.netloc.lower()}"


def page_origins(web_port: int | None = None) -> list[str]:
    """The page's origin, and for localhost the same page reached as 127.0.0.1."""
    origin = public_origin(web_port)
    url = urlsplit(origin)
    if url.hostname != "localhost":
        return [origin]
    return [origin, origin.replace("//localhost", "//127.0.0.1", 1)]
