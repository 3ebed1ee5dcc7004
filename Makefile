# Quick start: `make demo` and `make test` set everything up on a machine with Python 3.11+.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
OUT    := out

.PHONY: install demo test eval bench bench-corpus punkt browser clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("verify needs Python 3.11 or newer; found " + sys.version.split()[0]) if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@rm -f $(VENV)/.installed-*
	@touch $@

install: $(STAMP)

demo: install
	@mkdir -p $(OUT)
	$(BIN)/verify audit fixtures/seeds/001_85fa3d43126e8ad3.txt
	$(BIN)/verify audit fixtures/seeds --format json -o $(OUT)/seeds-audit.json
	$(BIN)/verify audit fixtures/seeds --format csv -o $(OUT)/seeds-numbers.csv
	$(BIN)/verify report fixtures/seeds -o $(OUT)/seeds-report --no-progress
	@echo
	@echo "Audit of the five seed articles: $(abspath $(OUT))/seeds-audit.json (JSON), $(abspath $(OUT))/seeds-numbers.csv (one row per number)"
	@echo "Provenance report (open in a browser): $(abspath $(OUT))/seeds-report/index.html"

test: install
	$(BIN)/python -m pytest -q

# The browser tests (tests/test_report_browser.py) drive Debian's chromium; as root this installs it.
browser:
	command -v chromium >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium; }

eval: install
	$(BIN)/verify eval fixtures/gold/dev
	$(BIN)/verify eval fixtures/gold/heldout
	$(BIN)/verify eval fixtures/gold/heldout --cv 5 --train-also fixtures/gold/dev --train-also fixtures/gold-wire/dev

bench: install
	$(BIN)/python scripts/bench_audit.py

punkt: install
	$(BIN)/python scripts/train_punkt.py

clean:
	rm -rf $(VENV) $(OUT) build dist *.egg-info

bench-corpus: install
	$(BIN)/python scripts/bench_corpus.py
