# The two commands of the README: `make demo` and `make test`.
# Each does its own set-up and can be run again at any time.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(patsubst resources/translations/%.ts,src/vpi_groups/ui/i18n/%.qm,$(TS))

.PHONY: demo test bench dist smoke setup system-deps translations lint typecheck contracts pytest lock clean

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

# Every test, on every core (pytest-xdist); a test file runs whole on one worker, so its
# module and session fixtures (vaults, the wheel) are built once per worker that needs them.
pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -n auto --dist loadfile

# Every benchmark at moderate sizes (~15 min on 2 cores), then one summary table
# (docs/benchmarks.md). Built vaults are cached in ~/.cache/vpi-groups-bench.
bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.all

# The Linux one-folder bundle (PyInstaller, packaging/vpi-groups.spec) in dist/vpi-groups/,
# with the desktop files under share/, and its .tar.gz; then its smoke test.
# See packaging/README.md (Windows and macOS are built there, on their own systems).
ICON_SIZES := 16 24 32 48 64 128 256 512
APP_ID     := fr.vpigroups.VPIGroups

dist: setup
	@VPI_EXTRA_DEPS="objdump:binutils strip:binutils gcc:gcc /usr/sbin/icupkg:icu-devtools" \
	    sh packaging/system-deps.sh
	rm -rf dist/vpi-groups build/pyinstaller
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	    packaging/vpi-groups.spec
	install -Dm644 packaging/linux/$(APP_ID).desktop dist/vpi-groups/share/applications/$(APP_ID).desktop
	install -Dm644 packaging/linux/$(APP_ID).metainfo.xml dist/vpi-groups/share/metainfo/$(APP_ID).metainfo.xml
	install -Dm644 resources/icons/vpi-groups.svg dist/vpi-groups/share/icons/hicolor/scalable/apps/$(APP_ID).svg
	for n in $(ICON_SIZES); do \
	    install -Dm644 src/vpi_groups/ui/icons/vpi-groups-$$n.png \
	        dist/vpi-groups/share/icons/hicolor/$${n}x$${n}/apps/$(APP_ID).png; done
	version=$$($(BIN)/python -c 'import vpi_groups; print(vpi_groups.__version__)') && \
	    rm -f dist/vpi-groups-*-linux-x86_64.tar.gz && \
	    tar -C dist -I 'gzip -9n' -cf dist/vpi-groups-$$version-linux-x86_64.tar.gz vpi-groups
	$(BIN)/python packaging/smoke_bundle.py dist/vpi-groups

# The smoke test again, on the bundle already built.
smoke:
	$(BIN)/python packaging/smoke_bundle.py dist/vpi-groups

setup: system-deps $(STAMP) translations

system-deps:
	@sh packaging/system-deps.sh

$(STAMP): pyproject.toml requirements.lock
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (python3 --version).")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	@# The build backend first, then the project built by it in place: no second copy of
	@# PySide6 downloaded for an isolated build environment (setup.py's build needs it).
	$(BIN)/python -m pip install --quiet --constraint requirements.lock setuptools
	$(BIN)/python -m pip install --quiet --constraint requirements.lock --no-build-isolation -e '.[dev]'
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
