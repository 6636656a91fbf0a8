"""html: the desk's discrepancy report as one self-contained page (`numcheck report -o r.html`).

No script, no external asset, a Content-Security-Policy that forbids loading anything; every piece
of a draft or a reference set is escaped. Prints well (notes stay beside their draft, no page
breaks inside a table row).
"""

from __future__ import annotations

from html import escape

from checker.output import discrepancies as d
from checker.output.base import Format, Report, plural, related

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_STYLE = """
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; margin: 2em auto; max-width: 60em;
       padding: 0 1em; color: #1b1b1b; }
h1, h2, h3 { font-family: Helvetica, Arial, sans-serif; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1.5em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
tr { page-break-inside: avoid; }
tr.draft td { background: #fbfbf7; }
.error { background: #fbd5d5; }
.warning { background: #fcefc7; }
.info { background: #dfeefd; }
mark.figure { background: none; border-bottom: 1px dotted #888; }
mark.flagged { padding: 0 .1em; border-radius: 2px; border-bottom: none; }
mark.flagged.error { background: #fbd5d5; }
mark.flagged.warning { background: #fcefc7; }
mark.flagged.info { background: #dfeefd; }
sup.finding a { text-decoration: none; font: bold 11px Helvetica, Arial, sans-serif; }
ol.notes { font-size: 13px; }
ol.notes li { margin-bottom: .4em; }
.fix { font-style: italic; }
.meta { color: #555; }
article { border-top: 2px solid #ddd; margin-top: 2em; }
@media print { body { max-width: none; margin: 0; } a { color: inherit; } }
"""


def _counts(found: d.Discrepancies) -> str:
    if not found.counts:
        return "<p>No findings.</p>"
    head = "<tr><th>check</th><th>error</th><th>warning</th><th>info</th></tr>"
    rows = "".join(
        f"<tr><td>{escape(check)}</td>"
        + "".join(f"<td>{by[s]}</td>" for s in ("error", "warning", "info"))
        + "</tr>"
        for check, by in found.counts.items()
    )
    return f"<table class='counts'>{head}{rows}</table>"


def _group(group: d.Group) -> str:
    head = "<tr><th>source</th><th>figure</th><th>when</th><th>where</th><th>verdict</th></tr>"
    rows = []
    for row in group.rows:
        figure = escape(row.figure)
        if row.link:
            figure = f"<a href='{escape(row.link, quote=True)}'>{figure}</a>"
        css = f" class='draft {row.severity or ''}'" if row.draft else ""
        rows.append(
            f"<tr{css}><td>{escape(row.who)}</td><td>{figure}</td><td>{escape(row.when)}</td>"
            f"<td>{escape(row.where)}</td><td>{escape(row.verdict)}</td></tr>"
        )
    return f"<h3>{escape(group.title)}</h3><table>{head}{''.join(rows)}</table>"


def _mark(text: str, mark: d.Mark) -> str:
    if not mark.notes:
        return f"<mark class='figure'>{escape(text)}</mark>"
    badges = "".join(
        f"<sup class='finding {n.finding.severity.value}' id='finding-{n.number}'>"
        f"<a href='#note-{n.number}'>{n.number}</a></sup>"
        for n in mark.notes
    )
    return f"<mark class='figure flagged {mark.severity}'>{escape(text)}</mark>{badges}"


def _paragraph(pieces) -> str:
    body = "".join(escape(text) if mark is None else _mark(text, mark) for text, mark in pieces)
    return "<p>" + body.replace("\n", "<br>") + "</p>"


def _note(note: d.Note, report: Report) -> str:
    f = note.finding
    facts = "".join(
        f"<br><span class='meta'>reference: {escape(row.who)}, {escape(row.figure)}"
        f"{', ' + escape(row.when) if row.when else ''}"
        + (f", <a href='{escape(row.link, quote=True)}'>source</a>" if row.link else "")
        + "</span>"
        for row in (d.fact_row(fact, report) for fact in note.facts)
    )
    fix = f"<br><span class='fix'>fix: {escape(f.suggestion)}</span>" if f.suggestion else ""
    if f.related:
        fix = f"<br><span class='meta'>see: {escape(related(f))}</span>{fix}"
    return (
        f"<li id='note-{note.number}' value='{note.number}'>"
        f"<span class='{f.severity.value}'>{f.severity.value}</span> "
        f"<b>{escape(f.check)}</b> at line {f.line}, column {f.column} "
        f"(<a href='#finding-{note.number}'>{escape(f.excerpt)}</a>): "
        f"{escape(f.message)}{facts}{fix}</li>"
    )


def _draft(draft: d.Draft, report: Report) -> str:
    body = "".join(_paragraph(p) for p in d.paragraphs(draft))
    notes = "".join(_note(n, report) for n in draft.notes)
    summary = plural(len(draft.notes), "finding")
    return (
        f"<article><h2>{escape(draft.path)}</h2><p class='meta'>{summary}</p>{body}"
        + (f"<ol class='notes'>{notes}</ol>" if notes else "")
        + "</article>"
    )


def render(report: Report) -> str:
    found = d.build(report)
    refs = ", ".join(escape(p) for p in found.reference_files) or "none"
    problems = "".join(f"<li>{escape(p)}</li>" for p in found.problems)
    return "".join(
        [
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
            f"<meta http-equiv='Content-Security-Policy' content=\"{_CSP}\">",
            "<meta name='viewport' content='width=device-width, initial-scale=1'>",
            "<title>numcheck discrepancy report</title>",
            f"<style>{_STYLE}</style></head><body>",
            "<header><h1>Discrepancy report</h1>",
            f"<p class='meta'>{escape(found.date)} · {plural(len(found.drafts), 'draft')}: "
            f"{', '.join(escape(x.path) for x in found.drafts)} · reference sets: {refs}</p>",
            f"<p>{plural(found.total, 'finding')}</p>",
            _counts(found),
            f"<ul class='problems'>{problems}</ul>" if problems else "",
            "</header><section id='discrepancies'><h2>Figures by what they count</h2>",
            "".join(_group(g) for g in found.groups) or "<p>No figures.</p>",
            "</section><section id='drafts'>",
            "".join(_draft(x, report) for x in found.drafts),
            "</section></body></html>",
        ]
    )


FORMAT = Format(
    "html",
    "the discrepancy report as one self-contained page",
    render,
    needs_texts=True,
    needs_claims=True,
)
