# Two commands set everything up on a fresh machine: `make run` and `make test`.
.DEFAULT_GOAL := help
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
# How many instances `make cluster` runs: make cluster INSTANCES=3
INSTANCES ?= 2
# Rasa 3.6 runs on Python 3.8-3.10; find a 3.10 even where pyenv's shim hides it.
PYTHON ?= $(shell for p in python3.10 $$HOME/.pyenv/versions/3.10*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do $$p -c 'import sys; assert sys.version_info[:2] == (3, 10)' 2>/dev/null && { echo $$p; break; }; done)

.PHONY: help setup run cluster train shell test bench bench-cluster bench-review accuracy clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

setup: $(VENV)/.installed web/node_modules/.installed ## Create .venv with Python 3.10 and install the project

$(VENV)/.installed: pyproject.toml
	@test -n "$(PYTHON)" || { echo "Python 3.10 not found: install it or pass PYTHON=/path/to/python3.10"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $@

web/node_modules/.installed: web/package.json web/package-lock.json
	cd web && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

run: setup ## Train if the data changed, then start the bot and print where to chat
	$(BIN)/discuss serve

cluster: setup ## Several instances behind nginx, with Redis and PostgreSQL (INSTANCES=2; deploy/README.md)
	$(BIN)/discuss serve --instances $(INSTANCES)

train: setup ## Train the model if the training data changed
	$(BIN)/discuss train

shell: setup ## Chat with the bot in this terminal
	$(BIN)/discuss shell

test: setup ## Validate the data, train, and run the whole test suite
	$(BIN)/discuss train
	$(BIN)/python -m pytest

bench: setup ## Measure speed and memory against stock Rasa, side by side; then the cluster
	$(BIN)/python -m bot.bench

bench-cluster: setup ## Only the cluster's row: 2 instances behind nginx against one
	$(BIN)/python -m bot.bench cluster

bench-review: setup ## Time and peak memory of discuss opinions at 100k and 1M answers; themes at 10k
	$(BIN)/python -m bot.bench_review

accuracy: setup ## Grade the answers to tests/eval/questions.yml per category (dev split)
	$(BIN)/python -m bot.accuracy

clean: ## Remove the virtualenv, models and runtime files
	rm -rf $(VENV) models var web/node_modules .pytest_cache
