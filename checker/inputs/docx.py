"""A Word draft (.docx) -> its text, one line per paragraph, so a finding at line 12, column 5 is
the 12th paragraph's 5th character (tables' paragraphs count, in reading order).

Read with the standard library (zipfile and ElementTree) rather than python-docx: only the text
is needed, and this keeps a large compiled dependency (lxml) out of numcheck. Tracked deletions,
field codes and comments are not text; tabs stay tabs, line breaks inside a paragraph become
spaces. Archives that would unpack too large, XML with a DOCTYPE (entity tricks) and damaged files
are refused with one line.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from checker.errors import InputError, Problem

_BODY = "word/document.xml"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH = _W + "p"
# what each WordprocessingML element contributes to a paragraph's text
_TEXT = {_W + "t": None, _W + "tab": "\t", _W + "br": " ", _W + "cr": " ",
         _W + "noBreakHyphen": "-", _W + "softHyphen": ""}  # fmt: skip
MAX_XML_BYTES = 64 * 1024 * 1024  # the largest document.xml read (a novel is a few MB)


def extract(data: bytes, path: str) -> str:
    """The paragraphs of a .docx file's body, one per line."""
    root = _parse(_body_xml(data, path), path)
    lines = []
    for paragraph in root.iter(_PARAGRAPH):
        lines.append(_paragraph_text(paragraph))
    return "\n".join(lines)


def _body_xml(data: bytes, path: str) -> bytes:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo(_BODY)
            if info.file_size > MAX_XML_BYTES:
                raise InputError(
                    Problem(path, f"{_BODY} unpacks to {info.file_size:,} bytes, over the limit")
                )
            with archive.open(info) as member:
                return member.read(MAX_XML_BYTES + 1)[:MAX_XML_BYTES]
    except KeyError:
        raise InputError(Problem(path, f"not a Word document: no {_BODY} inside")) from None
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError) as exc:
        raise InputError(Problem(path, f"not a readable .docx file ({exc})")) from None


def _parse(xml: bytes, path: str) -> ElementTree.Element:
    if b"<!DOCTYPE" in xml[:4096].upper():
        raise InputError(Problem(path, f"{_BODY} declares a DOCTYPE, refused"))
    try:
        return ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise InputError(Problem(path, f"damaged .docx: {_BODY}: {exc}")) from None


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    """The text of one paragraph, not descending into paragraphs nested in it (text boxes), which
    come on their own lines."""
    out, stack = [], list(reversed(list(paragraph)))
    while stack:
        element = stack.pop()
        if element.tag == _PARAGRAPH:
            continue
        if element.tag in _TEXT:
            piece = _TEXT[element.tag]
            out.append(element.text or "" if piece is None else piece)
        stack.extend(reversed(list(element)))
    return "".join(out).replace("\n", " ")
