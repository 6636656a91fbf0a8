"""A baseline: findings a desk has accepted, so that only new ones fail CI.

`numcheck check --write-baseline FILE` records every finding by its fingerprint (its check, its
draft and its figure in the words of its sentence, not its line: `fingerprint` below), with
the position and message as a reminder for people; `--baseline FILE` then drops the findings it
holds (as many times as it holds each), so editing other paragraphs of a draft does not bring them
back, and changing the sentence a finding sits in does.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from pathlib import Path

from checker import regex_cache
from checker.errors import InputError, Problem
from checker.inputs.files import read_text
from checker.model import Finding

VERSION = 1


_SPACE = regex_cache.compile(r"\s+")


def fingerprint(finding: Finding, base: Path | None = None) -> str:
    """A finding's identity across runs: its check, its draft and the figure (or name) in the words
    of its sentence, not its line or column, so edits elsewhere in the draft keep it. With `base`
    (the baseline file's folder) the draft is named relative to it, so the same draft matches
    however the command line named it (`drafts/a.md`, `./a.md` from drafts/, an absolute path)."""
    context = finding.claim.sentence if finding.claim is not None else finding.excerpt
    path = _relative(finding.path, base) if base is not None else finding.path
    key = "\x1f".join((finding.check, path, finding.excerpt, _SPACE.sub(" ", context)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def _relative(path: str, base: Path) -> str:
    return Path(os.path.relpath(Path(path).resolve(), base.resolve())).as_posix()


def render(findings: list[Finding], baseline_file: str) -> str:
    """The baseline file's text for `findings`, to be written at `baseline_file`."""
    base = Path(baseline_file).parent
    accepted = [
        {
            "fingerprint": fingerprint(f, base),
            "rule": f.check,
            "path": f.path,
            "line": f.line,
            "excerpt": f.excerpt,
            "message": f.message,
        }
        for f in findings
    ]
    return json.dumps(
        {"numcheck-baseline": VERSION, "accepted": accepted}, indent=2, ensure_ascii=False
    )


def load(path: str) -> Counter:
    """The fingerprints a baseline file accepts, with how many times each."""
    if not Path(path).exists():
        raise InputError(Problem(path, "no such baseline file (write one with --write-baseline)"))
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            Problem(path, f"not a numcheck baseline: {exc.msg}", exc.lineno, exc.colno)
        ) from None
    except (RecursionError, ValueError) as exc:  # nested absurdly deep; a 5,000-digit number
        raise InputError(Problem(path, f"not a numcheck baseline ({type(exc).__name__})")) from None
    if not isinstance(data, dict) or data.get("numcheck-baseline") != VERSION:
        raise InputError(Problem(path, "not a numcheck baseline (write one with --write-baseline)"))
    accepted = data.get("accepted")
    if not isinstance(accepted, list) or not all(
        isinstance(a, dict) and isinstance(a.get("fingerprint"), str) for a in accepted
    ):
        raise InputError(Problem(path, "'accepted' must be a list of findings with fingerprints"))
    return Counter(a["fingerprint"] for a in accepted)


def new_only(
    findings: list[Finding], accepted: Counter, baseline_file: str
) -> tuple[list[Finding], int]:
    """The findings the baseline at `baseline_file` does not hold, and how many it did."""
    base = Path(baseline_file).parent
    left = Counter(accepted)
    kept, dropped = [], 0
    for f in findings:
        key = fingerprint(f, base)
        if left[key] > 0:
            left[key] -= 1
            dropped += 1
        else:
            kept.append(f)
    return kept, dropped
