# Two commands on a fresh clone:  `make site`  builds site/ from content/;  `make test` runs every test.
# Both set up what they need first (a virtualenv in .venv from the pinned constraints.txt).
PYTHON ?= python3
VENV   ?= .venv
PY      = $(VENV)/bin/python
STAMP   = $(VENV)/.installed

.PHONY: site test serve pdf check system clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

system:
	scripts/setup-system

# axe-core (accessibility rules) for the browser tests, from the npm registry, pinned; the tests
# inject it from here (no network at test time) and skip when it is missing.
AXE_VERSION = 4.10.3
AXE = $(VENV)/axe/node_modules/axe-core/axe.min.js
$(AXE):
	@command -v npm >/dev/null || { echo "npm missing: apt-get install npm (axe-core for the browser tests)" >&2; exit 1; }
	npm install --silent --no-audit --no-fund --prefix $(VENV)/axe axe-core@$(AXE_VERSION)

site: $(STAMP) system
	$(VENV)/bin/briefing build

test: $(STAMP) system $(AXE)
	$(PY) -m pytest -q -p no:cacheprovider

serve: $(STAMP)
	$(VENV)/bin/briefing serve

pdf: $(STAMP) system
	$(VENV)/bin/briefing pdf

check: $(STAMP)
	$(VENV)/bin/briefing check

clean:
	rm -rf build site .cache
