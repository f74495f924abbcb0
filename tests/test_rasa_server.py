"""The Rasa server runs without TensorFlow, and a real use of TensorFlow fails loudly."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from bot import config, serve

LOAD_WITHOUT_TENSORFLOW = """
import asyncio, sys
from bot.rasa_server import TensorFlowNotLoaded, without_tensorflow
without_tensorflow()
from rasa.core.agent import load_agent
agent = asyncio.run(load_agent(model_path=sys.argv[1]))
reply = asyncio.run(agent.handle_text("who is kori schake?", sender_id="t"))
print("answer:", reply[0]["text"].splitlines()[0])
import tensorflow as tf
try:
    tf.constant(1)
except TensorFlowNotLoaded as error:
    print("refused:", error)
"""


def test_our_model_loads_and_answers_without_tensorflow(trained_model: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-c", LOAD_WITHOUT_TENSORFLOW, str(trained_model)],
        cwd=config.PROJECT_DIR, capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    said = [line for line in run.stdout.splitlines() if line.startswith(("answer:", "refused:"))]
    assert said[0].startswith("answer: Kori Schake is director of foreign and defense policy")
    assert said[1].startswith("refused: tensorflow.constant was called")


def test_the_running_server_maps_no_tensorflow_library(bot) -> None:
    assert bot.text("tf-check", "who is lavrov?").startswith("Sergey V. Lavrov")
    rasa = bot.servers.roles["rasa"]
    assert rasa.args[:3] == serve.RASA_RUN[:3]
    maps = Path(f"/proc/{rasa.pid}/maps").read_text()
    assert "site-packages/numpy" in maps  # the libraries it did load are listed
    assert "site-packages/tensorflow" not in maps
