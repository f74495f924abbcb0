"""`rasa shell` whose buttons are a numbered list of titles under a prompt that takes any text.

Run as `python -m bot.shell shell --model ...` (what `discuss shell` does): the same arguments as
the `rasa` command. Rasa 3.6 shows buttons as an arrow-key menu of `1: Agree (/set_stance{...})`
that takes the highlighted choice on Enter, so a reader who typed "bye" at it picked whatever was
highlighted. Here the reader types a button's number or title, or anything else in their words.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import questionary
import rasa.shared.utils.cli
import rasa.shared.utils.io
from prompt_toolkit.styles import Style
from rasa.cli import utils as cli_utils
from rasa.core.channels import console

from bot.rasa_server import without_tensorflow

INPUT_STYLE = Style([("qmark", "#b373d6"), ("", "#b373d6")])


@dataclass
class Buttons:
    """The buttons under the bot's latest message: what a typed number or title picks."""

    buttons: list[dict[str, Any]]

    def payload_for(self, typed: str) -> str | None:
        """The payload of the button `typed` names (its number or its title), else None."""
        typed = typed.strip()
        if typed.isdigit() and 1 <= int(typed) <= len(self.buttons):
            return self.buttons[int(typed) - 1].get("payload")
        for button in self.buttons:
            if typed.lower() == str(button.get("title", "")).strip().lower():
                return button.get("payload")
        return None

    def no_such_number(self, typed: str) -> str | None:
        """What to tell a reader who typed a number no button has ("3" under two), else None:
        sent on, it would be answered as a question about the article."""
        typed = typed.strip()
        if not self.buttons or not typed.isdigit() or 1 <= int(typed) <= len(self.buttons):
            return None
        return (f"  There is no choice {typed}: type 1 to {len(self.buttons)}, a title, "
                "or your own words.")


def print_buttons(message: dict[str, Any], is_latest_message: bool = False,
                  color: str = "") -> Buttons:
    """The message's text, then its buttons as a numbered list of titles."""
    if message.get("text"):
        rasa.shared.utils.cli.print_color(message["text"], color=color)
    buttons = message.get("buttons") or []
    for number, button in enumerate(buttons, 1):
        rasa.shared.utils.cli.print_color(f"  {number}. {button.get('title', '')}", color=color)
    if is_latest_message:
        rasa.shared.utils.cli.print_color(
            "  (type a number or a title, or your own words)", color=color)
    return Buttons(buttons)


async def payload_from_button_question(buttons: Buttons) -> str | None:
    """Read what the reader types: a button's number or title sends its payload, other text
    is sent as it is (None when the input ends)."""
    while True:
        typed = await questionary.text("", qmark="Your input ->", style=INPUT_STYLE).ask_async()
        if typed is None:
            return None
        problem = buttons.no_such_number(typed)
        if problem is None:
            return buttons.payload_for(typed) or typed
        rasa.shared.utils.cli.print_color(problem, color=rasa.shared.utils.io.bcolors.OKBLUE)


def main() -> None:
    without_tensorflow()  # the shell loads the model in-process, as the server does
    console.print_buttons = print_buttons
    cli_utils.payload_from_button_question = payload_from_button_question
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
