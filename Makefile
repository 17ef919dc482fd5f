# Two entry points for a fresh machine (see README): `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
# The virtual environment alone is about 3.3 GB; pip's wheel cache would add another 0.4 GB that nothing reads again.
export PIP_NO_CACHE_DIR := 1

.PHONY: install run test lint services

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# torch first: 2.13.0 is a CPU build on local disk; letting the resolver pick torch pulls CUDA.
$(STAMP): pyproject.toml | $(BIN)/python
	@free_mb=$$(df -Pm . | awk 'NR == 2 {print $$4}'); [ "$$free_mb" -ge 4000 ] || \
		echo "warning: $$free_mb MB free here; the install needs about 3.5 GB and may stop with 'No space left on device'" >&2
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $(STAMP)

install: $(STAMP)

run: install
	$(BIN)/triage up

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

services: install
	bash .ci/services.sh

test: lint services
	$(BIN)/python -m pytest -q --durations=30
