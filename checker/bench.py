"""`make bench`: how fast and how lean numcheck is, beside quantulum3, all measured in one run.

Nothing here is a pass/fail test. It prints medians, ratios and the targets beside them as each
section ends, and writes every figure to build/bench.json (build/bench-quick.json for --quick).
Generated drafts and reference sets live in a temporary directory, never in the repository.

1. cold: wall time of a fresh `numcheck check seeds/003_7c06984ad44548c2.txt --refs
   seeds/reference.yaml --date 2025-02-27` process vs a fresh Python process that imports
   quantulum3 as shipped (no patching) and parses one sentence; the two alternate, median of N.
   Target: numcheck / quantulum3 <= 0.15. numcheck's runs share a regex cache (see
   checker/regex_cache.py) filled by one run not counted, as every run after a user's first does;
   a third row times the same check with the cache off, as that first run.
2. warm: words per second of numcheck's in-process pipeline (reading + checks on documents built
   beforehand, after a warm-up pass) vs quantulum3's `parser.parse` on the same sentences in the
   same process. The corpus is seed sentences (seeds/*.txt) in a seeded random order, cut into
   ~600-word drafts. Target: numcheck >= 10x quantulum3.
3. scaling, each a table with the time per unit and the local growth exponent (1.0 is linear):
   corpus size 1x..8x (in-process); one sentence of 50..20,000 words with a figure every 20 words;
   reference sets of 10..100,000 facts for the seed story's metrics and sources (time to load the
   set, then to check seed 003). The last two run in a subprocess (`--child`) with a timeout and
   print "timeout" instead of hanging; a larger size is not run once a smaller one timed out.
4. parallel: `numcheck check DIR --jobs 1` vs `--jobs 2` on ~300k words of drafts (wall medians,
   speed-up); "--jobs not available" when `numcheck check --help` does not list it.
5. memory: peak RSS of a plain `numcheck check` (default --jobs) over a 50 MiB folder of drafts
   (ru_maxrss from wait4 in a small wrapper process: the largest single process of its tree), and
   the peak total PSS of the process and its workers, sampled every 0.5 s. Target: < 300 MiB.
   This section takes most of the full run (about 8M words are checked).

`python -m checker.bench --quick` runs the same with smaller sizes and fewer repeats (1-2 min);
`--only SECTION` runs some sections, `--memory-mib N` sizes the memory section's folder. The
machine may be shared: subprocess rows also give CPU seconds (user + system, from wait4), and a
section started under a high load average says so.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import re
import shlex
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_DRAFT = "seeds/003_7c06984ad44548c2.txt"
SEED_REFS = "seeds/reference.yaml"
DATE = "2025-02-27"
NUMCHECK = str(Path(sys.executable).with_name("numcheck"))
CHECK = [NUMCHECK, "check"]
REFS_ARGS = ["--refs", SEED_REFS, "--date", DATE]
SEED = 7  # every generated corpus, sentence and reference set comes from this seed
DRAFT_WORDS = 600
FIGURE_EVERY = 20  # words, in the long sentences
MIB = 2**20

COLD_TARGET = 0.15  # numcheck cold / quantulum3 cold, at most
WARM_TARGET = 10.0  # numcheck words/s over quantulum3 words/s, at least
RSS_TARGET_MIB = 300

# A fresh process: import quantulum3 as shipped and parse one sentence.
QUANTULUM3_FIRST_PARSE = 'from quantulum3 import parser\nparser.parse("about 3,000 troops")\n'

SECTIONS = ("cold", "warm", "corpus", "sentence", "facts", "parallel", "memory")


@dataclass(frozen=True)
class Plan:
    name: str
    cold_runs: int
    warm_words: int
    warm_runs: int
    corpus_base: int
    corpus_factors: tuple[int, ...]
    sentence_words: tuple[int, ...]
    fact_counts: tuple[int, ...]
    timeout: float  # seconds, for each long-sentence and reference-set subprocess
    parallel_words: int
    parallel_runs: int
    memory_mib: float
    memory_timeout: float


FULL = Plan(
    "full", 7, 25_000, 3, 25_000, (1, 2, 4, 8), (50, 500, 2_000, 5_000, 20_000),
    (10, 1_000, 10_000, 100_000), 120, 300_000, 3, 50, 900,
)  # fmt: skip
QUICK = Plan(
    "quick", 3, 5_000, 3, 5_000, (1, 2, 4, 8), (50, 500, 2_000), (10, 1_000, 10_000), 60,
    40_000, 1, 2, 120,
)  # fmt: skip


# --- subprocesses -------------------------------------------------------------------------------

# Every measured command runs under this small wrapper, which times it and reads its rusage from
# wait4. A child's ru_maxrss starts from the memory of the process that forked it, so forking the
# command straight from this (large) process would report this process's size; the wrapper is
# small. At its timeout the wrapper sends SIGTERM to its process group (the command and any
# workers; its own handler ignores it), so the figures up to then are still reported.
_WRAPPER = r"""
import json, os, signal, subprocess, sys, threading, time
out, timeout, command = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
signal.signal(signal.SIGTERM, lambda *_: None)
killed = threading.Event()
def stop():
    killed.set()
    os.killpg(0, signal.SIGTERM)
timer = threading.Timer(timeout, stop)
start = time.perf_counter()
child = subprocess.Popen(command)
if timeout > 0:
    timer.start()
_, status, use = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
timer.cancel()
code = None if killed.is_set() else os.waitstatus_to_exitcode(status)
cpu = use.ru_utime + use.ru_stime
with open(out, "w") as f:
    json.dump({"wall": wall, "cpu": cpu, "rss_kib": use.ru_maxrss, "code": code}, f)
"""
_GRACE = 30  # seconds after the timeout before the whole group is killed outright


@dataclass
class Proc:
    """One finished command, or one stopped at its timeout (`code` None)."""

    wall: float
    cpu: float  # user + system seconds of it and the children it waited for
    rss_mib: float  # ru_maxrss: the largest single process among it and those children
    code: int | None
    out: str = ""
    err: str = ""
    tree_pss_mib: float | None = None  # sampled peak PSS of it and all its descendants


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _pss_kib(pid: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _descendants(pid: str) -> list[str]:
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [d for c in children for d in (c, *_descendants(c))]


class _TreeSampler:
    """The peak total PSS of a process's descendants (Linux /proc), sampled every 0.5 s."""

    def __init__(self, pid: int):
        self.pid, self.peak, self.done = str(pid), None, threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)
        self.thread.start()

    def _loop(self) -> None:
        while not self.done.wait(0.5):
            found = _descendants(self.pid)
            if found:
                total = sum(_pss_kib(p) for p in found) / 1024
                self.peak = max(self.peak or 0.0, total)

    def stop(self) -> float | None:
        self.done.set()
        self.thread.join()
        return self.peak


def _wait(proc: subprocess.Popen, timeout: float | None) -> bool:
    """Wait for the wrapper; False when it had to be killed (Ctrl-C is passed on)."""
    try:
        proc.wait(None if timeout is None else timeout + _GRACE)
        return True
    except subprocess.TimeoutExpired:
        _kill_group(proc.pid)
        proc.wait()
        return False
    except BaseException:  # Ctrl-C: the group is in its own session and would live on
        _kill_group(proc.pid)
        raise


def run(
    cmd: list[str], timeout: float | None = None, capture=False, sample=False, env=None
) -> Proc:
    """Run `cmd` from the repository's root under the wrapper, in a new process group, with
    `env` added to the environment; stop it at `timeout` seconds."""
    with (
        tempfile.TemporaryFile("w+") as out,
        tempfile.TemporaryFile("w+") as err,
        tempfile.NamedTemporaryFile("r", suffix=".json") as figures,
    ):
        wrapper = [sys.executable, "-c", _WRAPPER, figures.name, str(timeout or 0), *cmd]
        stdout = out if capture else subprocess.DEVNULL
        proc = subprocess.Popen(
            wrapper,
            cwd=ROOT,
            stdout=stdout,
            stderr=err,
            start_new_session=True,
            env={**os.environ, **env} if env else None,
        )
        sampler = _TreeSampler(proc.pid) if sample else None
        finished = _wait(proc, timeout)
        tree = sampler.stop() if sampler else None
        out.seek(0)
        err.seek(0)
        measured = json.loads(figures.read() or "null")
        if measured is None and finished:
            raise SystemExit(f"bench: could not run {cmd[0]}:\n{err.read()[-2000:]}")
        if measured is None:  # the command outlived its SIGTERM
            measured = {"wall": timeout + _GRACE, "cpu": math.nan, "rss_kib": math.nan}
        return Proc(
            measured["wall"],
            measured["cpu"],
            measured["rss_kib"] / 1024,
            measured.get("code"),
            out.read(),
            err.read(),
            tree,
        )


def _checked(proc: Proc, what: str, codes=(0, 1)) -> Proc:
    """`proc`, unless it failed (exit 2 is numcheck's usage or input error)."""
    if proc.code is not None and proc.code not in codes:
        tail = proc.err.strip().splitlines()[-5:]
        raise SystemExit(f"bench: {what} exited {proc.code}:\n" + "\n".join(tail))
    return proc


def _median(values) -> float:
    return statistics.median(values)


def _growth(rows: list[dict], size: str, seconds: str) -> None:
    """Add each row's growth exponent over the row before: log(t2/t1) / log(n2/n1)."""
    for before, row in zip(rows, rows[1:], strict=False):
        t1, t2 = before.get(seconds), row.get(seconds)
        if t1 and t2 and row[size] != before[size]:
            row["growth"] = math.log(t2 / t1) / math.log(row[size] / before[size])


# --- generated data -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _pool() -> tuple[str, ...]:
    """Every sentence of the seed drafts, as numcheck splits them."""
    from checker.lexicon import load
    from checker.reading import sentences

    lexicon = load()
    return tuple(
        " ".join(s.text.split())
        for p in sorted(SEEDS.glob("*.txt"))
        for s in sentences.split(p.read_text(encoding="utf-8"), lexicon)
    )


def drafts(words: float = math.inf, size: float = math.inf) -> Iterator[list[str]]:
    """Drafts of about 600 words (lists of seed sentences in a seeded random order) until there
    are `words` words or `size` bytes of text."""
    pool, rng = _pool(), random.Random(SEED)
    total_words = total_bytes = 0
    while total_words < words and total_bytes < size:
        chosen, count = [], 0
        while count < DRAFT_WORDS:
            chosen.append(rng.choice(pool))
            count += len(chosen[-1].split())
        total_words += count
        total_bytes += len(_text(chosen).encode("utf-8"))
        yield chosen


def corpus(words: int) -> list[list[str]]:
    return list(drafts(words=words))


def _text(draft: list[str]) -> str:
    return "\n".join(draft) + "\n"


def _words(draft: list[str]) -> int:
    return sum(len(s.split()) for s in draft)


def write_drafts(folder: Path, chosen) -> dict:
    """Write drafts as d00000.txt... into `folder`; their count, words and bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    files = words = size = 0
    for draft in chosen:
        data = _text(draft).encode("utf-8")
        (folder / f"d{files:05}.txt").write_bytes(data)
        files, words, size = files + 1, words + _words(draft), size + len(data)
    return {"files": files, "words": words, "mib": size / MIB}


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[str, ...]:
    """The seed drafts' words in order, without digits or sentence punctuation."""
    words = []
    for p in sorted(SEEDS.glob("*.txt")):
        for token in p.read_text(encoding="utf-8").split():
            token = re.sub(r"[.!?;:\"“”()\[\]…]", "", token).strip("'‘’-")
            if token and not re.search(r"\d", token) and re.search(r"[A-Za-z]", token):
                words.append(token)
    return tuple(words)


def long_sentence(words: int) -> str:
    """One sentence of `words` words: runs of seed words with a figure every 20 words."""
    vocabulary, rng = _vocabulary(), random.Random(SEED)
    at = rng.randrange(len(vocabulary))
    out = []
    for i in range(words):
        if i % FIGURE_EVERY == FIGURE_EVERY // 2:
            out.append(f"{rng.randint(2, 99)},{rng.randint(0, 999):03}")
        else:
            out.append(vocabulary[(at + i) % len(vocabulary)])
    return " ".join(out).rstrip(",") + ".\n"


def reference_set(facts: int) -> str:
    """seeds/reference.yaml with its packs by absolute path, its facts, and generated facts for
    its metrics and sources up to `facts` facts (before derived ones)."""
    import yaml

    text = (SEEDS / "reference.yaml").read_text(encoding="utf-8")
    raw = yaml.safe_load(text)
    packs = [str(SEEDS / p) if (SEEDS / p).is_dir() else p for p in raw["packs"]]
    text = re.sub(r"(?m)^packs:.*$", "packs: " + json.dumps(packs), text, count=1)
    metrics = sorted({f["metric"] for f in raw["facts"]})
    sources = sorted(raw["sources"])
    hedges = ["exact", "about", "more-than", "up-to", "at-least"]
    rng, lines = random.Random(SEED), [text.rstrip("\n")]
    for i in range(max(0, facts - len(raw["facts"]))):
        lines += [
            f"  - id: bench-{i:06}",
            f"    metric: {metrics[i % len(metrics)]}",
            f"    value: {rng.randint(1, 400) * 50}",
            f"    hedge: {rng.choice(hedges)}",
            f"    source: {sources[(i // len(metrics)) % len(sources)]}",
            f"    as_of: {_month(rng)}",
        ]
    return "\n".join(lines) + "\n"


def _month(rng: random.Random) -> str:
    """A month from January 2024 to February 2025 (the seed story's time, before its date)."""
    month = rng.randrange(14)
    return f"{2024 + month // 12}-{month % 12 + 1:02}"


# --- in-process pieces --------------------------------------------------------------------------


def _date() -> dt.date:
    return dt.date.fromisoformat(DATE)


def _engine(refs: Path):
    from checker import references
    from checker.engine import Engine

    found, lexicon, problems = references.open_sets([refs])
    if problems:
        raise SystemExit(f"bench: {refs}: {problems[0]}")
    return Engine(lexicon, found)


def _documents(chosen: list[list[str]]) -> list:
    from checker.inputs import Document

    return [Document.from_text(_text(d), f"draft{i:05}.txt", _date()) for i, d in enumerate(chosen)]


def _check_all(engine, documents) -> None:
    for document in documents:
        engine.check_document(document)


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _quantulum3_parse() -> Callable[[str], object]:
    """quantulum3's `parser.parse` as shipped (its classifier warning silenced, errors as none
    found, as numcheck's old adapter did)."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def parse(text: str):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                return parser.parse(text)
            except Exception:
                return []

    return parse


def child(refs: str, draft: str) -> None:
    """`--child REFS DRAFT`: warm up on seed 003, then time loading REFS and checking DRAFT;
    print the figures as JSON."""
    _engine(ROOT / SEED_REFS).check_file(str(ROOT / SEED_DRAFT), _date())
    start = time.perf_counter()
    engine = _engine(Path(refs))
    loaded = time.perf_counter()
    result = engine.check_file(draft, _date())
    done = time.perf_counter()
    if result.problems:
        raise SystemExit(f"bench: {draft}: {result.problems[0]}")
    print(
        json.dumps(
            {
                "load_s": loaded - start,
                "check_s": done - loaded,
                "claims": len(result.claims),
                "findings": len(result.findings),
            }
        )
    )


def _in_child(refs: Path, draft: Path, timeout: float) -> dict:
    proc = run(
        [sys.executable, "-m", "checker.bench", "--child", str(refs), str(draft)],
        timeout,
        capture=True,
    )
    row = {"wall_s": proc.wall, "cpu_s": proc.cpu, "rss_mib": proc.rss_mib}
    if proc.code is None:
        return {**row, "status": "timeout"}
    _checked(proc, f"the child timing {draft.name}", codes=(0,))
    return {**row, "status": "ok", **json.loads(proc.out.strip().splitlines()[-1])}


# --- printing -----------------------------------------------------------------------------------


def _table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=True)]
    for line in [headers, *rows]:
        print("  " + "  ".join(str(x).rjust(w) for x, w in zip(line, widths, strict=True)))


def _f(value, spec: str = ",.2f", missing: str = "-") -> str:
    return missing if value is None else format(value, spec)


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def _heading(title: str) -> None:
    print(f"\n== {title}", flush=True)


# --- the sections -------------------------------------------------------------------------------


def _compiled() -> None:
    """Byte-compile numcheck as `pip install` does for an installed package: an editable install
    under PYTHONDONTWRITEBYTECODE (as on CI machines) would otherwise recompile every module on
    every start, which no installed copy does. quantulum3's own modules were compiled by pip."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(ROOT / "checker")],
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def cold(plan: Plan, tmp: Path) -> dict:
    _compiled()
    numcheck = [*CHECK, SEED_DRAFT, *REFS_ARGS]
    quantulum3 = [sys.executable, "-c", QUANTULUM3_FIRST_PARSE]
    ours, theirs, first = [], [], []
    cached = {"NUMCHECK_CACHE_DIR": str(tmp / "regex-cache")}  # a cache of the bench's own,
    _checked(run(numcheck, env=cached), "numcheck check")  # filled by one run not counted
    uncached = {"NUMCHECK_CACHE_DIR": ""}  # as the very first run, before any compiled pattern
    for _ in range(plan.cold_runs):  # alternate, so a busy moment hits all three
        ours.append(_checked(run(numcheck, env=cached), "numcheck check"))
        theirs.append(_checked(run(quantulum3), "quantulum3's first parse", codes=(0,)))
        first.append(_checked(run(numcheck, env=uncached), "numcheck check (no regex cache)"))
    result = {
        "runs": plan.cold_runs,
        "command": " ".join(["numcheck", *numcheck[1:]]),
        "numcheck": _summary(ours),
        "quantulum3": _summary(theirs),
        "numcheck_first_run": _summary(first),
    }
    result["ratio"] = result["numcheck"]["wall_s"] / result["quantulum3"]["wall_s"]
    result["target"] = f"<= {COLD_TARGET}"
    result["met"] = result["ratio"] <= COLD_TARGET
    _heading(f"cold: a fresh process, median of {plan.cold_runs} (alternating)")
    rows = [
        [name, _f(r["wall_s"], ".3f"), _f(r["cpu_s"], ".3f"), _f(r["rss_mib"], ".0f")]
        for name, r in (("numcheck check seed 003", result["numcheck"]),
                        ("  the same, no regex cache (a first run)", result["numcheck_first_run"]),
                        ("quantulum3 import + first parse", result["quantulum3"]))
    ]  # fmt: skip
    _table(["", "wall s", "cpu s", "RSS MiB"], rows)
    result["first_run_ratio"] = (
        result["numcheck_first_run"]["wall_s"] / result["quantulum3"]["wall_s"]
    )
    print(
        f"  numcheck / quantulum3 = {result['ratio']:.3f} "
        f"(target <= {COLD_TARGET}: {_verdict(result['met'])}); "
        f"a first run, before the regex cache: {result['first_run_ratio']:.3f}"
    )
    return result


def _summary(procs: list[Proc]) -> dict:
    return {
        "wall_s": _median(p.wall for p in procs),
        "cpu_s": _median(p.cpu for p in procs),
        "rss_mib": _median(p.rss_mib for p in procs),
        "walls_s": [p.wall for p in procs],
    }


def warm(plan: Plan, _tmp: Path) -> dict:
    chosen = corpus(plan.warm_words)
    documents, engine = _documents(chosen), _engine(ROOT / SEED_REFS)
    sentences = [s for d in chosen for s in d]
    words = sum(_words(d) for d in chosen)
    parse = _quantulum3_parse()

    def numcheck():
        _check_all(engine, documents)

    def quantulum3():
        for sentence in sentences:
            parse(sentence)

    numcheck()  # a warm-up pass: lazy imports, compiled patterns, caches
    quantulum3()
    ours, theirs = [], []
    for _ in range(plan.warm_runs):
        ours.append(words / _timed(numcheck))
        theirs.append(words / _timed(quantulum3))
    result = {
        "drafts": len(chosen),
        "sentences": len(sentences),
        "words": words,
        "runs": plan.warm_runs,
        "numcheck_words_per_s": _median(ours),
        "quantulum3_words_per_s": _median(theirs),
    }
    result["ratio"] = result["numcheck_words_per_s"] / result["quantulum3_words_per_s"]
    result["target"] = f">= {WARM_TARGET}"
    result["met"] = result["ratio"] >= WARM_TARGET
    _heading(
        f"warm: {len(chosen)} drafts, {len(sentences):,} sentences, {words:,} words, in-process, "
        f"median of {plan.warm_runs} after a warm-up pass"
    )
    _table(
        ["", "words/s"],
        [
            ["numcheck reading + checks", _f(result["numcheck_words_per_s"], ",.0f")],
            [
                "quantulum3 parser.parse, same sentences",
                _f(result["quantulum3_words_per_s"], ",.0f"),
            ],
        ],
    )
    print(
        f"  numcheck / quantulum3 = {result['ratio']:.2f}x "
        f"(target >= {WARM_TARGET:.0f}x: {_verdict(result['met'])})"
    )
    return result


def corpus_scaling(plan: Plan, _tmp: Path) -> dict:
    engine = _engine(ROOT / SEED_REFS)
    _check_all(engine, _documents(corpus(plan.corpus_base)))  # warm-up
    rows = []
    for factor in plan.corpus_factors:
        chosen = corpus(plan.corpus_base * factor)
        documents = _documents(chosen)
        words = sum(_words(d) for d in chosen)
        seconds = _timed(lambda documents=documents: _check_all(engine, documents))
        rows.append({"factor": factor, "drafts": len(chosen), "words": words, "seconds": seconds})
    _growth(rows, "words", "seconds")
    _heading(f"scaling: corpus size ({plan.corpus_base:,}-word base, in-process, one pass each)")
    _table(
        ["size", "drafts", "words", "seconds", "ms/1k words", "words/s", "growth"],
        [
            [f"{r['factor']}x", r["drafts"], f"{r['words']:,}", _f(r["seconds"]),
             _f(r["seconds"] / r["words"] * 1e6), _f(r["words"] / r["seconds"], ",.0f"),
             _f(r.get("growth"))]
            for r in rows
        ],
    )  # fmt: skip
    return {"base_words": plan.corpus_base, "rows": rows}


def _timed_rows(sizes, make: Callable[[int], tuple[Path, Path]], timeout: float) -> list[dict]:
    """One child per size; once one times out, larger sizes are not run."""
    rows, gave_up = [], None
    for size in sizes:
        if gave_up is not None:
            rows.append({"size": size, "status": f"not run ({gave_up:,} timed out)"})
            continue
        refs, draft = make(size)
        rows.append({"size": size, **_in_child(refs, draft, timeout)})
        if rows[-1]["status"] == "timeout":
            gave_up = size
    return rows


def _status_or(row: dict, value: str) -> str:
    return value if row["status"] == "ok" else row["status"]


def _sentence_count(text: str) -> int:
    """How many sentences numcheck's splitter makes of `text` (it may cut a very long one)."""
    from checker.lexicon import load
    from checker.reading import sentences

    return len(sentences.split(text, load()))


def sentence_scaling(plan: Plan, tmp: Path) -> dict:
    pieces = {}

    def make(words: int) -> tuple[Path, Path]:
        path = tmp / f"sentence-{words}.txt"
        path.write_text(long_sentence(words), encoding="utf-8")
        pieces[words] = _sentence_count(path.read_text(encoding="utf-8"))
        return ROOT / SEED_REFS, path

    rows = _timed_rows(plan.sentence_words, make, plan.timeout)
    for row in rows:
        row["sentences_read"] = pieces.get(row["size"])
    _growth(rows, "size", "check_s")
    _heading(
        f"scaling: one sentence, a figure every {FIGURE_EVERY} words "
        f"(subprocess, timeout {plan.timeout:.0f} s)"
    )
    _table(
        ["words", "read as sentences", "figures read", "check s", "ms/1k words", "growth",
         "RSS MiB"],
        [
            [f"{r['size']:,}", _f(r.get("sentences_read"), ","),
             _status_or(r, str(r.get("claims"))),
             _status_or(r, _f(r.get("check_s"), ".3f")),
             _status_or(r, _f(r.get("check_s", 0) / r["size"] * 1e6)),
             _f(r.get("growth")), _f(r.get("rss_mib"), ".0f")]
            for r in rows
        ],
    )  # fmt: skip
    return {"figure_every_words": FIGURE_EVERY, "timeout_s": plan.timeout, "rows": rows}


def facts_scaling(plan: Plan, tmp: Path) -> dict:
    def make(facts: int) -> tuple[Path, Path]:
        path = tmp / f"reference-{facts}.yaml"
        path.write_text(reference_set(facts), encoding="utf-8")
        return path, ROOT / SEED_DRAFT

    rows = _timed_rows(plan.fact_counts, make, plan.timeout)
    _growth(rows, "size", "load_s")
    _heading(
        f"scaling: reference-set size, load + check of seed 003 "
        f"(subprocess, timeout {plan.timeout:.0f} s)"
    )
    _table(
        ["facts", "load s", "ms/1k facts", "growth", "check s", "ms/figure", "RSS MiB"],
        [
            [f"{r['size']:,}", _status_or(r, _f(r.get("load_s"), ".3f")),
             _status_or(r, _f(r.get("load_s", 0) / r["size"] * 1e6)),
             _f(r.get("growth")), _status_or(r, _f(r.get("check_s"), ".3f")),
             _status_or(r, _f(r.get("check_s", 0) / max(1, r.get("claims", 1)) * 1e3)),
             _f(r.get("rss_mib"), ".0f")]
            for r in rows
        ],
    )  # fmt: skip
    return {"timeout_s": plan.timeout, "draft": SEED_DRAFT, "rows": rows}


def _has_jobs() -> bool:
    return "--jobs" in _checked(run([*CHECK, "--help"], capture=True), "numcheck check --help").out


def _halves_at_once(folders: list[Path]) -> list[str]:
    """One command that checks each folder with its own `--jobs 1` process, all at once: how fast
    this machine runs independent processes side by side, the most any `--jobs` can reach."""
    each = " ".join(shlex.quote(a) for a in [*REFS_ARGS, "--fail-on", "never", "--jobs", "1"])
    script = " ".join(f'"$0" check {shlex.quote(str(f))} {each} >/dev/null &' for f in folders)
    return ["sh", "-c", script + " wait", NUMCHECK]


def parallel(plan: Plan, tmp: Path) -> dict:
    _heading("parallel: numcheck check DIR --jobs 1 vs --jobs 2 (wall)")
    if not _has_jobs():
        print("  --jobs not available")
        return {"status": "--jobs not available"}
    folder, chosen = tmp / "parallel", list(drafts(words=plan.parallel_words))
    made = write_drafts(folder, chosen)
    halves = [tmp / "parallel-a", tmp / "parallel-b"]
    for i, half in enumerate(halves):
        write_drafts(half, chosen[i :: len(halves)])
    command = [*CHECK, str(folder), *REFS_ARGS, "--fail-on", "never", "--jobs"]
    one, two, apart = [], [], []
    for _ in range(plan.parallel_runs):
        one.append(_checked(run([*command, "1"]), "numcheck check --jobs 1"))
        two.append(_checked(run([*command, "2"]), "numcheck check --jobs 2"))
        apart.append(_checked(run(_halves_at_once(halves)), "two numcheck checks at once"))
    result = {"status": "ok", **made, "runs": plan.parallel_runs}
    result["jobs1"], result["jobs2"] = _summary(one), _summary(two)
    result["halves_at_once"] = _summary(apart)
    result["speedup"] = result["jobs1"]["wall_s"] / result["jobs2"]["wall_s"]
    result["ceiling"] = result["jobs1"]["wall_s"] / result["halves_at_once"]["wall_s"]
    print(f"  {made['files']} drafts, {made['words']:,} words, median of {plan.parallel_runs}")
    rows = (
        ("--jobs 1", result["jobs1"]),
        ("--jobs 2", result["jobs2"]),
        ("2 x --jobs 1 on halves, at once", result["halves_at_once"]),
    )
    _table(
        ["", "wall s", "cpu s", "words/s (wall)"],
        [
            [label, _f(r["wall_s"]), _f(r["cpu_s"]), _f(made["words"] / r["wall_s"], ",.0f")]
            for label, r in rows
        ],
    )
    print(
        f"  speed-up with 2 jobs: {result['speedup']:.2f}x; two independent processes on halves: "
        f"{result['ceiling']:.2f}x, the most this machine gives (cores here: {_cores()})"
    )
    return result


def memory(plan: Plan, tmp: Path) -> dict:
    folder = tmp / "memory"
    made = write_drafts(folder, drafts(size=plan.memory_mib * MIB))
    command = [*CHECK, str(folder), *REFS_ARGS, "--fail-on", "never"]
    proc = _checked(run(command, plan.memory_timeout, sample=True), "numcheck check (memory)")
    result = {
        **made,
        "command": " ".join(["numcheck", *command[1:]]).replace(str(folder), "DIR"),
        "status": "ok" if proc.code is not None else "timeout",
        "wall_s": proc.wall,
        "cpu_s": proc.cpu,
        "peak_rss_mib": proc.rss_mib,
        "tree_pss_mib": proc.tree_pss_mib,
        "target": f"< {RSS_TARGET_MIB}",
        "met": proc.code is not None and proc.rss_mib < RSS_TARGET_MIB,
    }
    _heading(
        f"memory: numcheck check over {made['mib']:.1f} MiB of drafts "
        f"({made['files']:,} files, {made['words']:,} words; default --jobs)"
    )
    if proc.code is None:
        print(f"  timeout after {plan.memory_timeout:.0f} s (figures below are up to then)")
    _table(
        ["peak RSS MiB", "process tree PSS MiB", "target", "wall s", "cpu s", "words/s (wall)"],
        [[_f(proc.rss_mib, ".0f"), _f(proc.tree_pss_mib, ".0f"),
          f"< {RSS_TARGET_MIB} MiB: {_verdict(result['met'])}", _f(proc.wall, ".1f"),
          _f(proc.cpu, ".1f"), _f(made["words"] / proc.wall, ",.0f")]],
    )  # fmt: skip
    return result


RUNNERS: dict[str, Callable[[Plan, Path], dict]] = {
    "cold": cold,
    "warm": warm,
    "corpus": corpus_scaling,
    "sentence": sentence_scaling,
    "facts": facts_scaling,
    "parallel": parallel,
    "memory": memory,
}


# --- the run ------------------------------------------------------------------------------------


def _cores() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _git(*args: str) -> str:
    done = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    return done.stdout.strip()


def _load_note() -> float:
    """The 1-minute load average; a warning when other work competes for the cores."""
    load = os.getloadavg()[0]
    if load >= 0.5 * _cores():
        print(f"  (load average {load:.1f} on {_cores()} cores: other work is running, "
              "so the next figures are noisy)", flush=True)  # fmt: skip
    return load


def _meta(plan: Plan) -> dict:
    return {
        "when": dt.datetime.now().isoformat(timespec="seconds"),
        "commit": _git("rev-parse", "--short", "HEAD"),
        "uncommitted_changes": bool(_git("status", "--porcelain", "--untracked-files=no")),
        "python": sys.version.split()[0],
        "cores": _cores(),
        "load_average_before": os.getloadavg(),
        "plan": asdict(plan),
    }


def _cold_line(r: dict) -> str:
    return (
        f"cold:     numcheck {r['numcheck']['wall_s']:.3f} s vs quantulum3 "
        f"{r['quantulum3']['wall_s']:.3f} s = {r['ratio']:.3f} "
        f"(target <= {COLD_TARGET}: {_verdict(r['met'])})"
    )


def _warm_line(r: dict) -> str:
    return (
        f"warm:     numcheck {r['numcheck_words_per_s']:,.0f} vs quantulum3 "
        f"{r['quantulum3_words_per_s']:,.0f} words/s = {r['ratio']:.2f}x "
        f"(target >= {WARM_TARGET:.0f}x: {_verdict(r['met'])})"
    )


def _growth_line(name: str, unit: str, rows: list[dict]) -> str:
    growths = [r["growth"] for r in rows if "growth" in r]
    worst = f"largest growth exponent {max(growths):.2f}" if growths else "no growth figure"
    stuck = [f"{r['size']:,}" for r in rows if r.get("status", "ok") != "ok"]
    tail = f"; timeout or not run at {', '.join(stuck)} {unit}" if stuck else ""
    return f"{name}{worst} (1.0 is linear){tail}"


def _parallel_line(r: dict) -> str:
    if r["status"] != "ok":
        return f"parallel: {r['status']}"
    return (
        f"parallel: --jobs 2 is {r['speedup']:.2f}x as fast as --jobs 1 on {r['words']:,} words "
        f"(two independent processes on halves: {r.get('ceiling', math.nan):.2f}x)"
    )


def _memory_line(r: dict) -> str:
    state = "" if r["status"] == "ok" else " (timed out: a lower bound)"
    return (
        f"memory:   peak RSS {r['peak_rss_mib']:.0f} MiB{state} over {r['mib']:.0f} MiB of "
        f"drafts (target < {RSS_TARGET_MIB} MiB: {_verdict(r['met'])})"
    )


SUMMARY_LINES: dict[str, Callable[[dict], str]] = {
    "cold": _cold_line,
    "warm": _warm_line,
    "corpus": lambda r: _growth_line("corpus:   ", "x", r["rows"]),
    "sentence": lambda r: _growth_line("sentence: ", "words", r["rows"]),
    "facts": lambda r: _growth_line("facts:    ", "facts", r["rows"]),
    "parallel": _parallel_line,
    "memory": _memory_line,
}


def _summarise(results: dict) -> None:
    _heading("summary")
    for name, line in SUMMARY_LINES.items():
        if name in results:
            print("  " + line(results[name]))
    before, after = results["meta"]["load_average_before"], results["meta"]["load_average_after"]
    print(f"  load average (1 min) {before[0]:.2f} before, {after[0]:.2f} after; {_cores()} cores")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m checker.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes, fewer repeats")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run this section only")
    parser.add_argument("--json", type=Path, help="where to write the results")
    parser.add_argument(
        "--memory-mib", type=float, help="size of the memory section's draft folder (default 50)"
    )
    parser.add_argument("--child", nargs=2, metavar=("REFS", "DRAFT"), help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> None:
    args = _arguments(argv)
    if args.child:
        child(*args.child)
        return
    plan = QUICK if args.quick else FULL
    if args.memory_mib:
        plan = replace(plan, memory_mib=args.memory_mib)
    out = args.json or ROOT / "build" / ("bench-quick.json" if args.quick else "bench.json")
    results: dict = {"meta": _meta(plan)}
    start = time.perf_counter()
    print(f"numcheck bench ({plan.name}), commit {results['meta']['commit']}, {_cores()} cores")
    with tempfile.TemporaryDirectory(prefix="numcheck-bench-") as tmp:
        for name in [s for s in SECTIONS if s in (args.only or SECTIONS)]:
            load = _load_note()
            results[name] = {**RUNNERS[name](plan, Path(tmp)), "load_average_before": load}
    results["meta"]["seconds"] = time.perf_counter() - start
    results["meta"]["load_average_after"] = os.getloadavg()
    _summarise(results)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\n{results['meta']['seconds']:.0f} s in all; results in {out}")


if __name__ == "__main__":
    main()
