# numcheck — developer entry points. Everything runs inside .venv, created on demand.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint eval eval-heldout bench report install clean

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) on PATH (or run: make PYTHON=python3 ...)"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	-@$(BIN)/python -m compileall -q checker >/dev/null  # as pip does for an installed package
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	-$(BIN)/numcheck check seeds/ --refs seeds/reference.yaml --date 2025-02-27 --fail-on never

test: $(STAMP)
	$(BIN)/ruff check checker tests
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check checker tests

eval: $(STAMP)
	@mkdir -p build
	$(BIN)/numcheck eval tests/corpus --json build/eval.json
	$(BIN)/numcheck eval tests/heldout --json build/eval-heldout.json
	$(BIN)/numcheck eval tests/news --json build/eval-news.json
	$(BIN)/numcheck eval tests/stories --json build/eval-stories.json
	@echo "scores written to build/eval.json, build/eval-heldout.json, build/eval-news.json and build/eval-stories.json"

# The held-out sets, written before any tuning and scored once per release: keep them unseen.
eval-heldout: $(STAMP)
	@mkdir -p build
	$(BIN)/numcheck eval tests/news_heldout --json build/eval-news-heldout.json
	$(BIN)/numcheck eval tests/stories_heldout --json build/eval-stories-heldout.json

# The desk's discrepancy report on the seeds, as a page and as Markdown, and a screenshot of the page
# in headless Chromium (Debian's chromium package).
report: $(STAMP)
	@mkdir -p build
	-$(BIN)/numcheck report seeds --refs seeds/reference.yaml -o build/report.html
	-$(BIN)/numcheck report seeds --refs seeds/reference.yaml -o build/report.md
	$(BIN)/python -m tests.browser.page build/report.html build/report.png

bench: $(STAMP)
	$(BIN)/python -m checker.bench

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache build
