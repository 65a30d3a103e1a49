"""No function over 80 lines and no class over 300 lines in `generator/` (issue 17), as a ratchet.

The code does not meet the limits yet, so today's offenders are listed with their sizes. The list
may only shrink, like the evaluation floors: a new offender or a listed one that grew fails; one
brought under its limit must be taken off the list (the test says so), and it cannot come back.
A size is counted from the `def`/`class` line to the last line of the body, docstring and
comments included; a nested function counts inside its parent and on its own.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "generator"
FUNCTION_LIMIT = 80
CLASS_LIMIT = 300

# "module.py:Qualified.name" -> the most lines it may have. Only ever lower a number or remove a line.
RATCHET: dict[str, int] = {
}


def sizes(source: str, module: str) -> dict[str, tuple[int, int]]:
    """Every function and class of `source`: "module:Qualified.name" -> (lines, its limit)."""
    found: dict[str, tuple[int, int]] = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = f"{prefix}{child.name}"
                limit = CLASS_LIMIT if isinstance(child, ast.ClassDef) else FUNCTION_LIMIT
                found[f"{module}:{name}"] = (child.end_lineno - child.lineno + 1, limit)
                walk(child, f"{name}.")
            else:
                walk(child, prefix)

    walk(ast.parse(source), "")
    return found


def offenders(package: Path = PACKAGE) -> dict[str, int]:
    """Every function over FUNCTION_LIMIT lines and class over CLASS_LIMIT lines: name -> lines."""
    out: dict[str, int] = {}
    for path in sorted(package.glob("*.py")):
        for name, (lines, limit) in sizes(path.read_text(encoding="utf-8"), path.name).items():
            if lines > limit:
                out[name] = lines
    return out


def problems(found: dict[str, int], ratchet: dict[str, int]) -> list[str]:
    """What breaks the ratchet: new offenders, grown ones, and fixed ones still listed."""
    out = []
    for name, lines in sorted(found.items()):
        if name not in ratchet:
            out.append(f"{name} has {lines} lines, over the limit: split it (a new offender is not allowed)")
        elif lines > ratchet[name]:
            out.append(f"{name} grew to {lines} lines (the ratchet allows {ratchet[name]}): split it")
    for name in sorted(set(ratchet) - set(found)):
        out.append(f"{name} is under the limit now (or gone): remove it from RATCHET in {Path(__file__).name}")
    return out


def test_no_function_or_class_grows_over_the_limits():
    assert problems(offenders(), RATCHET) == []


@pytest.mark.parametrize("lines, ratchet, message", [
    (81, {}, "new offender"),                       # a new function over 80 lines
    (90, {"m.py:f": 85}, "grew to 90"),             # a listed one that grew
    (80, {"m.py:f": 85}, "remove it from RATCHET"),   # fixed: must come off the list
    (84, {"m.py:f": 85}, None),                     # shrunk but still over: allowed
])
def test_the_ratchet(lines, ratchet, message):
    body = "\n".join(["def f():"] + ["    x = 1"] * (lines - 1)) + "\n"
    found = {name: size for name, (size, limit) in sizes(body, "m.py").items() if size > limit}
    out = problems(found, ratchet)
    if message is None:
        assert out == []
    else:
        assert len(out) == 1 and message in out[0]


def test_sizes_count_classes_and_nested_functions():
    source = "class C:\n    def m(self):\n        def inner():\n            pass\n        return 1\n"
    assert sizes(source, "m.py") == {"m.py:C": (5, CLASS_LIMIT), "m.py:C.m": (4, FUNCTION_LIMIT),
                                     "m.py:C.m.inner": (2, FUNCTION_LIMIT)}


# -- dead code: no module imports a name it does not use ------------------------------------------

def unused_imports(source: str) -> list[str]:
    """Names a module imports and never reads (`__init__.py` re-exports, so it is left out)."""
    tree = ast.parse(source)
    imported = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)) and not (
                isinstance(node, ast.ImportFrom) and node.module == "__future__"):
            for alias in node.names:
                imported[(alias.asname or alias.name).split(".")[0]] = node.lineno
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    # a name quoted in an annotation string ("Document | None") counts as read
    read |= {word for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
             for word in n.value.replace("|", " ").replace("[", " ").replace("]", " ").split()}
    return sorted(f"{name} (line {line})" for name, line in imported.items() if name not in read)


def test_no_module_imports_a_name_it_does_not_use():
    found = {path.name: unused for path in sorted(PACKAGE.glob("*.py")) if path.name != "__init__.py"
             for unused in [unused_imports(path.read_text(encoding="utf-8"))] if unused}
    assert found == {}


@pytest.mark.parametrize("source, unused", [
    ("import re\nfrom x import a, b\nprint(a)\n", ["b (line 2)", "re (line 1)"]),
    ("import re.y as z\nfrom x import a\ndef f() -> 'a':\n    return z\n", []),
])
def test_unused_imports(source, unused):
    assert unused_imports(source) == unused
