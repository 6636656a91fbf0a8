"""End to end: a seed draft saved as an HTML page or a Word file gets the same findings as the
plain text, at positions an editor finds in the file they wrote; front matter settings apply to
their draft only; folders pick up every draft format."""

import html
import json
import shutil

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.conftest import SEEDS
from tests.inputs.builders import docx_of, html_page

SEED_NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))
ARGS = ["--refs", str(SEEDS / "reference.yaml"), "--date", "2025-02-27", "--format", "json"]


def check(*paths, args=ARGS):
    result = CliRunner().invoke(main, ["check", *map(str, paths), *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def summary(data):
    return sorted((f["rule"], f["excerpt"], f["severity"]) for f in data["findings"])


@pytest.mark.parametrize("name", SEED_NAMES)
def test_a_seed_as_a_web_page_gets_the_same_findings_where_it_was_written(tmp_path, name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    page = tmp_path / "story.html"
    page.write_text(html_page(text), encoding="utf-8")
    plain, web = check(SEEDS / name), check(page)
    assert summary(web) == summary(plain)
    lines = page.read_text(encoding="utf-8").split("\n")
    for finding in web["findings"]:
        written = html.escape(finding["excerpt"], quote=False)
        at = lines[finding["line"] - 1][finding["column"] - 1 :]
        assert at.startswith(written), (finding, at[:40])
    # nothing from <head>, <script> or hidden elements was read as a figure
    texts = lambda data: sorted(c["text"] for c in data["claims"])  # noqa: E731
    assert texts(web) == texts(plain)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_a_seed_as_a_word_file_gets_the_same_findings_at_the_same_paragraph(tmp_path, name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    word = tmp_path / "story.docx"
    word.write_bytes(docx_of(text))
    plain, doc = check(SEEDS / name), check(word)
    located = lambda data: sorted(  # noqa: E731
        (f["rule"], f["excerpt"], f["line"], f["column"]) for f in data["findings"]
    )
    assert located(doc) == located(plain)


def test_front_matter_turns_a_check_off_for_its_draft_only(tmp_path):
    seed = SEEDS / SEED_NAMES[4]
    quiet, loud = tmp_path / "quiet.md", tmp_path / "loud.md"
    body = seed.read_text(encoding="utf-8")
    quiet.write_text("---\nslug: q\nnumcheck:\n  checks: {inconsistent: off}\n---\n" + body)
    loud.write_text(body)
    data = check(quiet, loud)
    rules = {(f["path"], f["rule"]) for f in data["findings"]}
    assert (str(loud), "inconsistent") in rules and (str(quiet), "inconsistent") not in rules


def test_a_bad_front_matter_setting_is_one_line_and_the_other_drafts_are_checked(tmp_path):
    bad, good = tmp_path / "bad.md", tmp_path / "good.md"
    bad.write_text("---\nnumcheck:\n  checks: {nosuch: off}\n---\nAbout 300 died.\n")
    shutil.copy(SEEDS / SEED_NAMES[4], good)
    result = CliRunner().invoke(main, ["check", str(bad), str(good), *ARGS[:4]])
    assert result.exit_code == 2
    assert f"{bad}:3:11: front matter: numcheck: checks: unknown check 'nosuch'" in result.output
    assert "Traceback" not in result.output and str(good) in result.output


def test_folders_pick_up_every_draft_format_but_not_reports_or_lock_files(tmp_path):
    text = (SEEDS / SEED_NAMES[0]).read_text(encoding="utf-8")
    (tmp_path / "a.md").write_text(text)
    (tmp_path / "b.html").write_text(html_page(text))
    (tmp_path / "c.docx").write_bytes(docx_of(text))
    (tmp_path / "~$c.docx").write_bytes(b"lock")
    runner = CliRunner()
    saved = runner.invoke(
        main, ["report", str(tmp_path), *ARGS[:4], "-o", str(tmp_path / "r.html")]
    )
    assert saved.exit_code in (0, 1), saved.output
    data = check(tmp_path)
    assert sorted({f["path"] for f in data["findings"]}) == [
        str(tmp_path / n) for n in ("a.md", "b.html", "c.docx")
    ]


def test_a_suppression_comment_works_in_an_html_draft(tmp_path):
    wrong = "<p>The NIS said 4,000 North Korean soldiers were killed.</p>"
    page, quiet = tmp_path / "a.html", tmp_path / "b.html"
    page.write_text(f"<html><body>\n{wrong}\n</body></html>\n")
    quiet.write_text(
        f"<html><body>\n{wrong} <!-- numcheck: ignore misattribution -->\n</body></html>\n"
    )
    rules = lambda path: {f["rule"] for f in check(path)["findings"]}  # noqa: E731
    assert "misattribution" in rules(page) and "misattribution" not in rules(quiet)
