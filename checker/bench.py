"""`make bench`: how fast numcheck feels. Prints medians; nothing here is a pass/fail test.

- cold: wall time of `numcheck check ONE_SEED --refs seeds/reference.yaml` in a fresh process
  (median of N);
- startup before/after: quantulum3's first parse in a fresh process with and without the adapter's
  typeguard switch (see checker/reading/quantities.py), measured in the same run;
- warm: words per second of the in-process pipeline on a generated corpus (seed sentences shuffled
  into drafts), and peak resident memory.
"""

from __future__ import annotations

import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
RUNS = 5

_FIRST_PARSE = """
import time, warnings
warnings.simplefilter("ignore")
t = time.perf_counter()
{setup}
from quantulum3 import parser
parser.parse("about 3,000 troops")
print(time.perf_counter() - t)
"""
_PATCH = (
    "import typeguard; typeguard.typechecked = "
    "lambda target=None, **kw: target if target is not None else (lambda f: f)"
)


def _median_seconds(command: list[str]) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(
            command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _median_printed(code: str) -> float:
    return statistics.median(
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(RUNS)
    )


def corpus(words: int, seed: int = 7) -> list[str]:
    """Drafts of about 600 words made of seed sentences in random order."""
    from checker.lexicon import load
    from checker.reading import sentences

    pool = [
        s.text
        for p in sorted(SEEDS.glob("*.txt"))
        for s in sentences.split(p.read_text(encoding="utf-8"), load())
    ]
    rng = random.Random(seed)
    drafts, current, count = [], [], 0
    while count < words:
        sentence = rng.choice(pool)
        current.append(sentence)
        count += len(sentence.split())
        if sum(len(s.split()) for s in current) >= 600:
            drafts.append("\n".join(current))
            current = []
    if current:
        drafts.append("\n".join(current))
    return drafts


def main() -> None:
    numcheck = str(Path(sys.executable).with_name("numcheck"))
    seed = str(sorted(SEEDS.glob("*.txt"))[-1].relative_to(ROOT))
    cold = _median_seconds(
        [numcheck, "check", seed, "--refs", "seeds/reference.yaml", "--fail-on", "never"]
    )
    before = _median_printed(_FIRST_PARSE.format(setup=""))
    after = _median_printed(_FIRST_PARSE.format(setup=_PATCH))

    from checker import references
    from checker.engine import Engine

    refs, lexicon, _ = references.open_sets([SEEDS / "reference.yaml"])
    engine = Engine(lexicon, refs)
    drafts = corpus(20_000)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, text in enumerate(drafts):
            path = Path(tmp) / f"d{i:03}.txt"
            path.write_text(text, encoding="utf-8")
            paths.append(str(path))
        words = sum(len(t.split()) for t in drafts)
        engine.check_file(paths[0])  # warm caches
        rates = []
        for _ in range(3):
            start = time.perf_counter()
            for path in paths:
                engine.check_file(path)
            rates.append(words / (time.perf_counter() - start))
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"cold check of {seed} (median of {RUNS} fresh processes): {cold:.2f} s")
    print(
        f"quantulum3 first parse, fresh process: {before:.2f} s as shipped, "
        f"{after:.2f} s with the adapter's typeguard switch ({before / after:.1f}x faster)"
    )
    print(
        f"warm pipeline on {len(drafts)} generated drafts, {words:,} words: "
        f"median {statistics.median(rates):,.0f} words/s"
    )
    print(f"peak resident memory of this process: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
