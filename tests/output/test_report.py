"""The discrepancy report (html and markdown): counts, figures by what they count with every
source's figures beside the drafts', and each draft's findings with references and fixes."""

import json
import os
from pathlib import Path

from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).parents[2]
REFS = str(ROOT / "seeds" / "reference.yaml")


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_the_seed_report_in_markdown():
    os.chdir(ROOT)
    out = run("report", "seeds", "--refs", REFS).output
    assert out.startswith("# numcheck discrepancy report")
    assert "| inconsistent | 0 | 0 | 1 |" in out
    # the discrepancy table an editor wants: each source's figures for what they count
    killed = out.split("### killed — north korean troops")[1].split("###")[0]
    assert "National Intelligence Service (South Korea) | about 300 | as of 2025-01" in killed
    assert "Volodymyr Zelensky, President of Ukraine | 4,000" in killed
    deployed = out.split("### deployed — north korean troops")[1].split("###")[0]
    assert "about 10,000–12,000" in deployed and "seeds/001_13676234d073625a.txt:" in deployed
    # each finding: the sentence, the reference figure and the fix
    assert "> - UP TO ABOUT **15,000** TROOPS ARE BEING SENT" in out
    assert "fix: *write 'between 1,000 and 3,000' or 'up to 3,000'*" in out


def test_the_page_marks_every_finding_and_escapes_the_drafts(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("<b>The NIS said 4,000 North Korean soldiers were killed.</b>\n")
    page = tmp_path / "r.html"
    assert run("report", str(draft), "--refs", REFS, "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    found = json.loads(
        run("check", str(draft), "--refs", REFS, "--format", "json", "--fail-on", "never").output
    )["findings"]
    assert html.count("<sup class='finding") == len(found) == 1
    assert "&lt;b&gt;The NIS said" in html and "<b>The NIS" not in html
    assert "Content-Security-Policy" in html and "<script" not in html


def test_the_format_follows_the_file_name(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("The NIS said 4,000 North Korean soldiers were killed.\n")
    for name, start in (("r.md", "# numcheck"), ("r.html", "<!doctype html>")):
        run("report", str(draft), "--refs", REFS, "-o", str(tmp_path / name))
        assert (tmp_path / name).read_text(encoding="utf-8").startswith(start)


def test_a_report_keeps_the_users_umask(tmp_path):
    draft = tmp_path / "d.md"
    draft.write_text("The NIS said 300 North Korean soldiers were killed.\n")
    old = os.umask(0o022)
    try:
        run("report", str(draft), "--refs", REFS, "-o", str(tmp_path / "r.html"))
    finally:
        os.umask(old)
    assert (tmp_path / "r.html").stat().st_mode & 0o777 == 0o644
