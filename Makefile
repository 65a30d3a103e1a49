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

site: $(STAMP) system
	$(VENV)/bin/briefing build

test: $(STAMP) system
	$(PY) -m pytest -q -p no:cacheprovider

serve: $(STAMP)
	$(VENV)/bin/briefing serve

pdf: $(STAMP) system
	$(VENV)/bin/briefing pdf

check: $(STAMP)
	$(VENV)/bin/briefing check

clean:
	rm -rf build site .cache
