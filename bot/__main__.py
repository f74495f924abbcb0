"""`python -m bot` is the `discuss` command."""
from bot.cli import main

main()
