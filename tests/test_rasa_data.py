"""Rasa's own gates: the training data validates, and the test stories predict without error."""
from __future__ import annotations

import subprocess

from bot import config, serve

RASA = str(serve.BIN_DIR / "rasa")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [RASA, *args], cwd=config.PROJECT_DIR, capture_output=True, text=True, timeout=600
    )


def test_training_data_validates_without_warnings():
    result = run("data", "validate", "--fail-on-warnings")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def test_test_stories_have_no_prediction_errors(trained_model, tmp_path):
    result = run(
        "test", "core", "--model", str(trained_model), "--stories", "tests/test_stories.yml",
        "--fail-on-prediction-errors", "--out", str(tmp_path / "results"),
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
