"""`rasa shell` whose button menus show the buttons' titles, not their payloads.

Run as `python -m bot.shell shell --model ...` (what `discuss shell` does): the same arguments as
the `rasa` command. Rasa 3.6 shows a menu choice as `1: Agree (/set_stance{"stance": "agree"})`
and cuts the payload back out of that string; here a choice is the title and carries the payload.
"""
from __future__ import annotations

from typing import Any

import questionary
import rasa.shared.utils.cli
from prompt_toolkit.styles import Style
from rasa.cli import utils as cli_utils
from rasa.core.channels import console

MENU_STYLE = Style([("qmark", "#6d91d3"), ("", "#6d91d3"), ("answer", "#b373d6")])


def print_buttons(
    message: dict[str, Any], is_latest_message: bool = False, color: str = ""
) -> questionary.Question | None:
    """The latest message's buttons as a menu of titles; older ones as a list of titles."""
    buttons = message.get("buttons") or []
    if is_latest_message:
        choices = [questionary.Choice(title=str(b.get("title", "")), value=b.get("payload", ""))
                   for b in buttons]
        choices.append(questionary.Choice(cli_utils.FREE_TEXT_INPUT_PROMPT))
        return questionary.select(message.get("text"), choices, style=MENU_STYLE)
    rasa.shared.utils.cli.print_color("Buttons:", color=color)
    for button in buttons:
        rasa.shared.utils.cli.print_color(f"- {button.get('title', '')}", color=color)
    return None


async def payload_from_button_question(question: questionary.Question) -> str:
    """The chosen button's payload (the menu's value), or the free-text choice itself."""
    return await question.ask_async()


def main() -> None:
    console.print_buttons = print_buttons
    cli_utils.payload_from_button_question = payload_from_button_question
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main()
