import io
import zipfile

import pytest

from checker.errors import InputError
from checker.inputs import docx, read
from tests.inputs.builders import docx_bytes, docx_of, paragraph


def text_of(paragraphs):
    return docx.extract(docx_bytes(paragraphs), "d.docx")


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        ([paragraph("About 300 died."), paragraph("Officials said so.")],
         "About 300 died.\nOfficials said so."),
        # runs join; tabs stay; breaks in a paragraph are spaces; hyphens as shown
        (["<w:p><w:r><w:t>4,</w:t></w:r><w:r><w:t>000 fled</w:t></w:r></w:p>"], "4,000 fled"),
        (["<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>"], "a\tb c"),
        (["<w:p><w:r><w:t>COVID</w:t><w:noBreakHyphen/><w:t>19</w:t></w:r></w:p>"], "COVID-19"),
        # tracked deletions and field codes are not text
        (["<w:p><w:del><w:r><w:delText>9,000</w:delText></w:r></w:del>"
          "<w:r><w:instrText>PAGE 7</w:instrText><w:t>800</w:t></w:r></w:p>"], "800"),
        # table cells are paragraphs, in reading order
        (["<w:tbl><w:tr><w:tc>" + paragraph("12") + "</w:tc><w:tc>" + paragraph("13")
          + "</w:tc></w:tr></w:tbl>"], "12\n13"),
        # a text box inside a paragraph comes on its own line, once
        (["<w:p><w:r><w:t>outer</w:t><w:pict><w:txbxContent>" + paragraph("inner")
          + "</w:txbxContent></w:pict></w:r></w:p>"], "outer\ninner"),
    ],
)  # fmt: skip
def test_text(paragraphs, expected):
    assert text_of(paragraphs) == expected


def test_a_line_is_a_paragraph(tmp_path):
    path = tmp_path / "story.docx"
    path.write_bytes(docx_of("Flood\n\nAt least 12 people died, officials said."))
    doc = read(path)
    assert doc.position(doc.text.index("12")) == (3, 10)


def _zip(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "data, message",
    [
        (b"plain text, not a zip", "not a readable .docx file"),
        (_zip({"other.xml": "<a/>"}), "not a Word document: no word/document.xml inside"),
        (_zip({"word/document.xml": "<w:document"}), "damaged .docx: word/document.xml"),
        (_zip({"word/document.xml": '<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'}),
         "declares a DOCTYPE, refused"),
    ],
)  # fmt: skip
def test_bad_word_files_are_one_line(tmp_path, data, message):
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        read(path)
    [problem] = caught.value.problems
    assert problem.path == str(path) and message in problem.message


def test_an_archive_that_unpacks_too_large_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(docx, "MAX_XML_BYTES", 1000)
    path = tmp_path / "big.docx"
    path.write_bytes(docx_of("x" * 5000))
    with pytest.raises(InputError, match="over the limit"):
        read(path)
