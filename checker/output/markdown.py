"""markdown: the discrepancy report for a pull-request comment (`numcheck report -o r.md`).

The same content as `html`: counts, the figures by what they count, and each draft's findings with
the sentence they sit in, the reference figures and the fix. Table cells are escaped.
"""

from __future__ import annotations

from checker.output import discrepancies as d
from checker.output.base import Format, Report, plural, related


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _note(note: d.Note, report: Report) -> list[str]:
    f = note.finding
    context = f.claim.sentence if f.claim is not None else f.excerpt
    quoted = " ".join(context.split()).replace(f.excerpt, f"**{f.excerpt}**", 1)
    lines = [
        f"{note.number}. **{f.severity.value}** `{f.check}` at line {f.line}, column {f.column}: "
        f"{f.message}",
        f"   > {quoted}",
    ]
    for fact in note.facts:
        row = d.fact_row(fact, report)
        link = f" ([source]({row.link}))" if row.link else ""
        when = f", {row.when}" if row.when else ""
        lines.append(f"   - reference: {row.who}, {row.figure}{when}{link}")
    if f.related:
        lines.append(f"   - see: {related(f)}")
    if f.suggestion:
        lines.append(f"   - fix: *{f.suggestion}*")
    return lines


def render(report: Report) -> str:
    found = d.build(report)
    refs = ", ".join(f"`{p}`" for p in found.reference_files) or "none"
    out = [
        "# numcheck discrepancy report",
        "",
        f"{found.date} · {plural(len(found.drafts), 'draft')} · reference sets: {refs} · "
        f"{plural(found.total, 'finding')}",
        "",
    ]
    if found.counts:
        rows = [
            [check, *(str(by[s]) for s in ("error", "warning", "info"))]
            for check, by in found.counts.items()
        ]
        out += _table(["check", "error", "warning", "info"], rows)
    out += [f"- input problem: {p}" for p in found.problems]
    out += ["## Figures by what they count", ""]
    for group in found.groups:
        rows = [[r.who, r.figure, r.when, r.where, r.verdict] for r in group.rows]
        out += [f"### {group.title}", ""] + _table(
            ["source", "figure", "when", "where", "verdict"], rows
        )
    for draft in found.drafts:
        out += [f"## {draft.path}", "", plural(len(draft.notes), "finding"), ""]
        for note in draft.notes:
            out += _note(note, report)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


FORMAT = Format(
    "markdown",
    "the discrepancy report in Markdown, for a pull-request comment",
    render,
    needs_texts=True,
    needs_claims=True,
)
