# The two commands of the README: `make demo` and `make test`.
# Each does its own set-up and can be run again at any time.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(patsubst resources/translations/%.ts,src/vpi_groups/ui/i18n/%.qm,$(TS))

.PHONY: demo test bench setup system-deps translations lint typecheck contracts pytest lock clean

demo: setup
	$(BIN)/vpi-groups --demo

test: setup lint typecheck contracts pytest

lint: setup
	$(BIN)/ruff format --check src tests benchmarks packaging
	$(BIN)/ruff check src tests benchmarks packaging

typecheck: setup
	$(BIN)/mypy

contracts: setup
	$(BIN)/lint-imports

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

# Every benchmark at moderate sizes (~15 min on 2 cores), then one summary table
# (docs/benchmarks.md). Built vaults are cached in ~/.cache/vpi-groups-bench.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.all

setup: system-deps $(STAMP) translations

system-deps:
	@sh packaging/system-deps.sh

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (python3 --version).")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint requirements.lock -e '.[dev]'
	@touch $(STAMP)

# The newest versions pyproject.toml allows, written to requirements.lock.
lock:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade -e '.[dev]'
	@{ echo "# Exact versions the two commands install (pip constraints; pyproject.toml keeps the ranges)."; \
	   echo "# Made with 'make lock' on Python 3.11, Linux; re-run it after changing a dependency."; \
	   $(BIN)/python -m pip freeze --exclude-editable; } > requirements.lock

translations: $(QM)

src/vpi_groups/ui/i18n/%.qm: resources/translations/%.ts $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/python packaging/build_translations.py $< $@

clean:
	rm -rf $(VENV) build dist src/*.egg-info src/vpi_groups/ui/i18n/*.qm
