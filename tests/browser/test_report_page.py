"""The discrepancy report in a real headless browser: it loads with no console errors, asks for
nothing over the network, marks one badge per finding, and escapes what the drafts hold."""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main
from tests.browser.page import chromium, visit

ROOT = Path(__file__).parents[2]
REFS = str(ROOT / "seeds" / "reference.yaml")

# CI (.ci/run) installs Debian's chromium and sets NUMCHECK_REQUIRE_BROWSER=1, so there these tests
# always run; on a developer's machine without chromium they are skipped, with the reason shown.
REQUIRED = os.environ.get("NUMCHECK_REQUIRE_BROWSER") == "1"
needs_browser = pytest.mark.skipif(
    os.environ.get("NUMCHECK_NO_BROWSER") == "1" or (not REQUIRED and not chromium()),
    reason="no chromium here (apt install chromium to run the browser tests)",
)


def report(tmp_path, drafts, name="report.html"):
    out = tmp_path / name
    result = CliRunner().invoke(main, ["report", *drafts, "--refs", REFS, "-o", str(out)])
    assert result.exit_code == 0, result.output
    findings = CliRunner().invoke(
        main, ["check", *drafts, "--refs", REFS, "--format", "json", "--fail-on", "never"]
    )
    return out, json.loads(findings.output)["findings"]


@needs_browser
def test_a_browser_is_there():
    assert chromium(), "no chromium: install Debian's chromium package (see .ci/run)"


@needs_browser
def test_the_seed_report_in_a_browser(tmp_path):
    os.chdir(ROOT)
    page, findings = report(tmp_path, ["seeds"])
    seen = visit(page, tmp_path / "report.png")
    assert seen.console_errors == []
    assert seen.requests == [page.resolve().as_uri()]  # the page itself, nothing else
    assert seen.findings_marked == len(findings) > 0
    assert seen.figures_marked >= seen.findings_marked
    assert (tmp_path / "report.png").stat().st_size > 10_000


@needs_browser
def test_what_a_draft_holds_is_escaped(tmp_path):
    hostile = tmp_path / "hostile.md"
    hostile.write_text(
        "<script>alert(1)</script> The NIS said 4,000 North Korean soldiers were killed, "
        "<img src=x onerror=alert(2)>.\n",
        encoding="utf-8",
    )
    page, findings = report(tmp_path, [str(hostile)])
    seen = visit(page)
    assert seen.console_errors == [] and seen.requests == [page.resolve().as_uri()]
    assert seen.findings_marked == len(findings)
    assert "<script>alert" not in page.read_text(encoding="utf-8")
