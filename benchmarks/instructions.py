"""Instructions per extracted article, counted by valgrind: a figure the load of a shared machine does not move.

    python benchmarks/instructions.py [CODE_DIR ...]    # default: this checkout

For each checkout (a folder holding `generator/` and `content/`), runs the extraction of 79 articles
(the first 40 of the news corpus and every second evaluation article) once and twice under
`valgrind --tool=cachegrind --cache-sim=no`, and prints (Ir(2 passes) - Ir(1 pass)) / 79: the
steady-state instructions of one extraction, start-up and first-time caches left out.
"""
from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

CHILD = r'''
import sys, glob
root, news, passes = sys.argv[1], sys.argv[2], int(sys.argv[3]); sys.path.insert(0, root)
from pathlib import Path
from generator.extract import extract, read_article
from generator.lexicon import load_lexicon
import generator
assert Path(generator.__file__).resolve().parent.parent == Path(root).resolve()
lex = load_lexicon(Path(root) / "content")
arts = [read_article(p) for p in sorted(glob.glob(news + "/*.txt"))[:40]
        + sorted(glob.glob(sys.argv[4] + "/tests/data/*/articles/*.txt"))[::2]]
extract(arts[0], lex)
for _ in range(passes):
    for a in arts:
        extract(a, lex)
print(len(arts))
'''


def instructions(code: Path, news: Path, passes: int) -> tuple[int, int]:
    out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                          sys.executable, "-c", CHILD, str(code), str(news), str(passes), str(ROOT)],
                         capture_output=True, text=True, check=True, cwd=code)
    refs = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    return int(refs.group(1).replace(",", "")), int(out.stdout.split()[-1])


def main() -> None:
    sys.path.insert(0, str(HERE))
    from make_corpus import make_corpus

    codes = [Path(p).resolve() for p in sys.argv[1:]] or [ROOT]
    with tempfile.TemporaryDirectory(prefix="instructions-") as tmp:
        make_corpus(40, Path(tmp), style="news")
        for code in codes:
            one, n = instructions(code, Path(tmp), 1)
            two, _ = instructions(code, Path(tmp), 2)
            print(f"{code}: {(two - one) / n / 1e6:.2f} M instructions per article ({n} articles)")


if __name__ == "__main__":
    main()
