"""Rendering `numcheck eval`: precision, recall, F1 and accuracy per field, as a table or JSON."""

from __future__ import annotations

import json

from checker.output.base import plural, tabulate

_TARGETS = {
    "claim": "F1 ≥ 0.95",
    "value": "acc ≥ 0.97",
    "hedge": "acc ≥ 0.97",
    "metric": "acc ≥ 0.90",
    "source": "acc ≥ 0.90",
    "subject": "acc ≥ 0.90",
}


def text(scores, details: bool = False) -> str:
    """The table, then (optionally) each miss."""
    rows = [
        [
            name,
            f"{s.precision:.3f}",
            f"{s.recall:.3f}",
            f"{s.f1:.3f}",
            "" if name == "claim" else f"{s.accuracy:.3f}",
            s.gold,
            s.predicted,
            _TARGETS.get(name, ""),
        ]
        for name, s in scores.fields.items()
    ]
    table = tabulate(
        rows,
        headers=["field", "precision", "recall", "F1", "accuracy", "gold", "predicted", "target"],
        tablefmt="simple",
        disable_numparse=True,
    )
    out = [
        table,
        f"{plural(scores.fields['claim'].gold, 'gold claim')} in {plural(scores.drafts, 'draft')}",
    ]
    if details:
        out.append("")
        out += [
            f"{m.draft}:{m.line}: {m.field} of '{' '.join(m.text.split())}': "
            f"gold {m.gold!r}, read {m.predicted!r}"
            for m in sorted(scores.misses, key=lambda m: (m.draft, m.line, m.field))
        ]
    return "\n".join(out)


def figures_text(by_desk: dict, details: bool = False) -> str:
    """Figure sets: per desk and over all, F1 of finding figures, of value, of value and hedge, and
    accuracy of hedge, unit, change and as-of on the figures found."""
    rows = []
    for desk, s in sorted(by_desk.items(), key=lambda item: (item[0] == "all", item[0])):
        f = s.fields
        f1 = [f"{f[name].f1:.3f}" for name in ("claim", "value", "value+hedge")]
        accuracy = [f"{f[name].accuracy:.3f}" for name in ("hedge", "unit", "change", "as_of")]
        rows.append([desk, s.drafts, f["claim"].gold, *f1, *accuracy])
    headers = [
        "desk",
        "sentences",
        "figures",
        "found F1",
        "value F1",
        "value+hedge F1",
        "hedge",
        "unit",
        "change",
        "as-of",
    ]
    out = [tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True), TARGETS]
    if details:
        out += [""] + [_miss(m) for m in sorted(by_desk["all"].misses, key=_miss_order)]
    return "\n".join(out)


TARGETS = (
    "targets: value F1 ≥ 0.93, value+hedge F1 ≥ 0.89, as-of ≥ 0.90 (accuracy on figures found)"
)


def _miss(m) -> str:
    return (
        f"{m.draft}:{m.line}: {m.field} of '{' '.join(m.text.split())}': gold {m.gold!r}, "
        f"read {m.predicted!r}"
    )


def _miss_order(m):
    return (m.draft, m.line, m.field)


def stories_text(stories, details: bool = False) -> str:
    """Stories: per story and the median over them, the issue's measures."""
    from checker.evaluation.stories import medians

    rows = []
    for s in stories:
        f = s.claims.fields
        rows.append(
            [
                s.name,
                len(s.planted),
                f"{s.recall:.2f}",
                f"{s.recall_at_warning:.2f}",
                f"{s.per_thousand('error'):.1f}",
                f"{s.per_thousand('warning'):.1f}",
                f"{f['speaker'].accuracy:.2f}",
                f"{f['metric'].accuracy:.2f}",
                f"{f['subject'].accuracy:.2f}",
                f"{f['claim'].f1:.2f}",
            ]
        )
    m = medians(stories)
    if m:
        rows.append(
            [
                "median",
                "",
                f"{m['recall']:.2f}",
                f"{m['recall_at_warning']:.2f}",
                f"{m['errors_per_1000']:.1f}",
                f"{m['warnings_per_1000']:.1f}",
                f"{m['speaker']:.2f}",
                f"{m['metric']:.2f}",
                f"{m['subject']:.2f}",
                f"{m['claim_f1']:.2f}",
            ]
        )
    headers = [
        "story",
        "planted",
        "recall",
        "≥ warning",
        "errors/1k",
        "warnings/1k",
        "source",
        "metric",
        "subject",
        "claim F1",
    ]
    out = [
        tabulate(rows, headers=headers, tablefmt="simple", disable_numparse=True),
        "recall: planted errors caught by a finding of any severity; ≥ warning: by a warning or an "
        "error (what a CI gate at warning stops); errors and warnings per 1,000 words of the clean "
        "drafts; source, metric, subject: accuracy on their gold claims",
        "targets (medians): recall ≥ 0.95, no error on a clean draft, warnings ≤ 1, "
        "source, metric and subject ≥ 0.90, claim F1 ≥ 0.95",
    ]
    if details:
        for s in stories:
            out += [
                f"{s.name}/{p.draft}: missed {p.span!r} (expected {', '.join(p.checks)}; flagged: "
                f"{', '.join(p.flagged) or 'nothing'})"
                for p in s.planted
                if not p.caught
            ]
            out += [
                f"{s.name}/{f.path.rsplit('/', 1)[-1]}:{f.line}: "
                f"{f.severity.value} {f.check} on clean draft: {f.message}"
                for f in s.clean_findings
                if f.severity.value != "info"
            ]
            out += [_miss(m) for m in sorted(s.claims.misses, key=_miss_order)]
    return "\n".join(out)


def as_json(claim_scores, figure_scores=None, story_scores=None) -> str:
    """The claim scores as before; figure sets under 'figures' (per desk), stories under
    'stories'."""
    parts = claim_scores.to_dict() if claim_scores is not None else {}
    if figure_scores is not None:
        parts["figures"] = {desk: s.to_dict() for desk, s in figure_scores.items()}
    if story_scores is not None:
        from checker.evaluation.stories import medians

        parts["stories"] = {
            "per_story": [s.to_dict() for s in story_scores],
            "medians": medians(story_scores),
        }
    return json.dumps(parts, indent=2)
