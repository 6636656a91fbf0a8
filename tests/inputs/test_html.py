import datetime as dt

import pytest

from checker.inputs import html, read


def visible(source: str) -> str:
    return html.extract(source).text


@pytest.mark.parametrize(
    "source, expected",
    [
        ("<p>About 300 died.</p>", "\nAbout 300 died.\n"),
        ("<p>4&nbsp;000 fled</p>", "\n4\u00a0000 fled\n"),
        ("<p>AT&T &amp; 5&#8239;000 &#x2009;x</p>", "\nAT&T & 5\u202f000 \u2009x\n"),
        ("<head><title>9 dead</title></head><body>ok</body>", "ok"),
        ("<head><title>9 dead</title><body>ok</body>", "ok"),  # <head> never closed
        ("a<script>var n = 5;</script>b<style>p{width:3px}</style>c", "abc"),
        ("a<div hidden>7 <div>8</div> 9</div>b", "a\nb"),  # a block, hidden
        ("a<span style='display: none'>7</span>b<span aria-hidden=true>8</span>c", "abc"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<p>line one\nline two</p>", "\nline one line two\n"),
        ("<pre>x\ny</pre>", "\nx\ny\n"),
        ("a <!-- numcheck: ignore --> b", "a <!-- numcheck: ignore --> b"),
        ("<ul><li>1</li><li>2</li></ul>", "\n\n1\n\n2\n\n"),
        ("a<img src=x alt='3 dead'>b", "ab"),
    ],
)
def test_visible_text(source, expected):
    assert visible(source) == expected


def test_every_character_maps_back_to_where_it_was_written():
    source = (
        "<html><body>\n<h1>Flood</h1>\n"
        "<p>At least <b>12</b> people&nbsp;died, 3&#x202F;400 fled.</p>"
    )
    page = html.extract(source)
    for word in ("Flood", "12", "people", "died", "400 fled"):
        at = page.text.index(word)
        assert source[page.offsets.source(at) :].startswith(word), word
    # an entity maps to where it starts
    assert source[page.offsets.source(page.text.index("\u00a0")) :].startswith("&nbsp;")


@pytest.mark.parametrize(
    "head, date",
    [
        ('<meta property="article:published_time" content="2024-11-05T10:00:00Z">', "2024-11-05"),
        ('<meta name="date" content="2023-01-02">', "2023-01-02"),
        ('<meta itemprop="datePublished" content="2022-03-04">', "2022-03-04"),
        ('<meta name="DC.date" content="2021-05-06">', "2021-05-06"),
        ('<meta name="date" content="yesterday">', None),
        ("", None),
    ],
)
def test_the_page_date_comes_from_its_meta_tags(head, date):
    page = html.extract(f"<html><head>{head}</head><body>x</body></html>")
    assert page.date == (dt.date.fromisoformat(date) if date else None)


def test_time_pubdate():
    page = html.extract("<p>Posted <time pubdate datetime='2020-07-08'>July 8</time></p>")
    assert page.date == dt.date(2020, 7, 8)


def test_read_gives_positions_in_the_file(tmp_path):
    path = tmp_path / "story.html"
    path.write_text("<html>\n<body>\n<p>Officials said 1,200\n homes &amp; 30 roads flooded.</p>\n")
    doc = read(path)
    assert "homes & 30 roads" in doc.text
    assert doc.position(doc.text.index("1,200")) == (3, 19)
    assert doc.position(doc.text.index("30 roads")) == (4, 14)
    assert doc.line_text(3) == "<p>Officials said 1,200"


def test_a_page_without_a_suffix_saying_so_is_still_read_as_html(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("<!DOCTYPE html><html><body><p>About 300 died.</p></body></html>")
    assert read(path).text.strip() == "About 300 died."


def test_a_page_with_no_visible_text_is_empty(tmp_path):
    from checker.errors import InputError

    path = tmp_path / "blank.html"
    path.write_text("<html><head><title>9</title></head><body><script>1</script></body></html>")
    with pytest.raises(InputError, match="empty file"):
        read(path)
