# Two commands do all the set-up on a fresh clone (Python 3.11+):
#   make run    install into .venv and start the assistant on the offline defaults
#   make test   install with the test extras into .venv and run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# llama.cpp is compiled for a portable x86-64 level (AVX2/FMA), not -march=native: a native build on a CPU
# that advertises AMX/AVX-512 died with "Illegal instruction" in a sandbox that does not grant them.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON

.PHONY: run test evals install install-test

$(BIN)/python:
	@echo ">> creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip --progress-bar on

install: $(BIN)/python
	@echo ">> installing social-value-assistant and its offline models (a few minutes the first time)"
	$(BIN)/pip install --progress-bar on -e .

install-test: $(BIN)/python
	@echo ">> installing social-value-assistant with the test extras"
	$(BIN)/pip install --progress-bar on -e ".[test]"

run: install
	@echo ">> starting the app on http://127.0.0.1:7860 (offline); the first start indexes the shipped knowledge"
	$(BIN)/sva app

test: install-test
	$(BIN)/python -m pytest

evals: install-test
	$(BIN)/python -m evals
