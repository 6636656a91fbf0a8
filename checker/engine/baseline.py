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
import re
from collections import Counter

from checker.errors import InputError, Problem
from checker.inputs.files import read_text
from checker.model import Finding

VERSION = 1


_SPACE = re.compile(r"\s+")


def fingerprint(finding: Finding) -> str:
    """A finding's identity across runs: its check, its draft and the figure (or name) in the words
    of its sentence, not its line or column, so edits elsewhere in the draft keep it."""
    context = finding.claim.sentence if finding.claim is not None else finding.excerpt
    key = "\x1f".join((finding.check, finding.path, finding.excerpt, _SPACE.sub(" ", context)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def render(findings: list[Finding]) -> str:
    accepted = [
        {
            "fingerprint": fingerprint(f),
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
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            Problem(path, f"not a numcheck baseline: {exc.msg}", exc.lineno, exc.colno)
        ) from None
    if not isinstance(data, dict) or data.get("numcheck-baseline") != VERSION:
        raise InputError(Problem(path, "not a numcheck baseline (write one with --write-baseline)"))
    accepted = data.get("accepted")
    if not isinstance(accepted, list) or not all(
        isinstance(a, dict) and isinstance(a.get("fingerprint"), str) for a in accepted
    ):
        raise InputError(Problem(path, "'accepted' must be a list of findings with fingerprints"))
    return Counter(a["fingerprint"] for a in accepted)


def new_only(findings: list[Finding], accepted: Counter) -> tuple[list[Finding], int]:
    """The findings the baseline does not hold, and how many it did."""
    left = Counter(accepted)
    kept, dropped = [], 0
    for f in findings:
        key = fingerprint(f)
        if left[key] > 0:
            left[key] -= 1
            dropped += 1
        else:
            kept.append(f)
    return kept, dropped
