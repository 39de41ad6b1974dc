# Two entry points (see README "Quick start"); each sets up what it needs first:
#   make demo   local Kafka + a worker + a feed with a crisis; alerts in the terminal
#   make test   ruff, mypy and the whole test suite (unit, then Kafka, then end-to-end)
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup system-deps lint typecheck unit clean

demo: setup
	$(BIN)/crisiswatch demo

test: setup system-deps lint typecheck
	$(BIN)/pytest

setup: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "crisiswatch needs Python 3.11 or newer (found %s)" % sys.version.split()[0])'
	@command -v java >/dev/null || { echo "crisiswatch: Java 17+ is needed for the local Kafka broker (Debian: apt-get install -y openjdk-17-jre-headless)"; exit 1; }
	@command -v mvn >/dev/null || { echo "crisiswatch: Maven is needed to fetch the Kafka jars (Debian: apt-get install -y maven)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -e '.[dev]'
	@touch $(STAMP)

system-deps:
	@deploy/install-test-deps.sh

lint: setup
	$(BIN)/ruff check .

typecheck: setup
	$(BIN)/mypy

unit: setup
	$(BIN)/pytest -m unit

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
