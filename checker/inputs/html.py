"""An HTML draft -> its visible text, each character mapped back to the file.

What a reader of the page sees is checked: the body's text, with entities decoded and a line break
for every block (paragraph, heading, list item, table cell, `<br>`). Nothing in `<head>`,
`<script>`, `<style>` and the like, nor any element marked `hidden`, is read. HTML comments are
kept as written, so `<!-- numcheck: ignore -->` works as in Markdown. The page's publication date
comes from its `<meta>` tags (`article:published_time`, `date`, `datePublished`, `dc.date`) or a
`<time pubdate>`, its address from `<link rel=canonical>` or `og:url`.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from checker import regex_cache
from checker.inputs.offsets import OffsetMap

# HTML's own structure (not English): elements that hold no visible text, elements that never
# close, elements that start a new line, and the <meta> names that carry a page's date.
_HIDDEN = frozenset(
    "head title script style template noscript svg math iframe object canvas audio video "
    "select textarea button".split()
)
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())
_BLOCK = frozenset(
    "address article aside blockquote br caption dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td "
    "tfoot th thead tr ul".split()
)
_DATE_META = frozenset(
    "article:published_time date datepublished dc.date dc.date.issued dcterms.date "
    "pubdate publish-date".split()
)
_NOT_SHOWN = regex_cache.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SPACE = str.maketrans("\r\n\t\f", "    ")


@dataclass(frozen=True)
class Page:
    text: str
    offsets: OffsetMap
    date: dt.date | None
    url: str | None = None  # the page's own address: its canonical link or og:url


def extract(source: str) -> Page:
    """The visible text of an HTML page, with where each character came from."""
    parser = _Visible(source)
    parser.feed(source)
    parser.close()
    return Page("".join(parser.pieces), parser.offsets, parser.date, parser.url)


def is_html(text: str) -> bool:
    """Does a text look like an HTML page (for a draft whose suffix does not say)?"""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))


class _Visible(HTMLParser):
    def __init__(self, source: str):
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.pieces: list[str] = []
        self.offsets = OffsetMap()
        self.skipping: tuple[str, int] | None = None  # the hidden element we are inside, depth
        self.pre = 0
        self.date: dt.date | None = None
        self.url: str | None = None

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _emit(self, text: str, source: int, copied: bool) -> None:
        if text and self.skipping is None:
            self.pieces.append(text)
            self.offsets.add(len(text), source, copied)

    def handle_starttag(self, tag, attrs):
        self._page_facts(tag, dict(attrs))
        if self.skipping is not None:
            self._nest(tag, +1)
            if tag == "body" and self.skipping[0] == "head":  # a <head> never closed
                self.skipping = None
            return
        if tag in _BLOCK:
            self._emit("\n", self._here(), False)
        if tag == "pre":
            self.pre += 1
        if tag not in _VOID and _hidden(tag, dict(attrs)):
            self.skipping = (tag, 1)

    def handle_startendtag(self, tag, attrs):
        self._page_facts(tag, dict(attrs))
        if tag in _BLOCK:
            self._emit("\n", self._here(), False)

    def handle_endtag(self, tag):
        if self.skipping is not None:
            self._nest(tag, -1)
            return
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in _BLOCK:
            self._emit("\n", self._here(), False)

    def _nest(self, tag: str, step: int) -> None:
        name, depth = self.skipping
        if tag == name and tag not in _VOID:
            depth += step
            self.skipping = None if depth == 0 else (name, depth)

    def handle_data(self, data):
        self._emit(data if self.pre else data.translate(_SPACE), self._here(), True)

    def _reference(self, raw: str) -> None:
        at = self._here()
        if self.source.startswith(raw + ";", at):
            raw += ";"
        decoded = html.unescape(raw)
        self._emit(decoded, at, decoded == raw)

    def handle_entityref(self, name):
        self._reference(f"&{name}")

    def handle_charref(self, name):
        self._reference(f"&#{name}")

    def handle_comment(self, data):
        self._emit(f"<!--{data}-->", self._here(), True)

    def _page_facts(self, tag: str, attrs: dict) -> None:
        """The page's date and address, from its <meta>, <link> and <time> tags."""
        if self.url is None:
            if tag == "link" and "canonical" in (attrs.get("rel") or "").lower().split():
                self.url = attrs.get("href") or None
            elif tag == "meta" and (attrs.get("property") or "").lower() == "og:url":
                self.url = attrs.get("content") or None
        if self.date is not None:
            return
        if tag == "meta":
            name = attrs.get("name") or attrs.get("property") or attrs.get("itemprop") or ""
            if name.lower() in _DATE_META:
                self.date = _iso_date(attrs.get("content"))
        elif tag == "time" and "pubdate" in attrs:
            self.date = _iso_date(attrs.get("datetime"))


def _hidden(tag: str, attrs: dict) -> bool:
    return (
        tag in _HIDDEN
        or "hidden" in attrs
        or (attrs.get("aria-hidden") or "").lower() == "true"
        or bool(_NOT_SHOWN.search(attrs.get("style") or ""))
    )


def _iso_date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None
