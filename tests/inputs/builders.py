"""Drafts in other file formats, built from plain text for tests: an HTML page (one paragraph per
line, with head, script and hidden noise around it) and a minimal Word file (one paragraph per
line)."""

import html
import io
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)


def html_page(text: str, date: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    body = "\n".join(f"<p>{html.escape(line, quote=False)}</p>" for line in text.split("\n"))
    return (
        "<!DOCTYPE html>\n<html><head><title>Troops: 99,999 sent</title>"
        f"{meta}<style>p {{ margin: 0 }}</style></head>\n<body>\n{body}\n"
        "<script>var troops = 77777;</script><div hidden>55,555 hidden troops</div>\n"
        "</body></html>\n"
    )


def docx_bytes(paragraphs_xml: list[str]) -> bytes:
    body = "".join(paragraphs_xml)
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def paragraph(text: str) -> str:
    return f'<w:p><w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r></w:p>'


def docx_of(text: str) -> bytes:
    return docx_bytes([paragraph(line) for line in text.split("\n")])
