import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import main

ROOT = Path(__file__).resolve().parent.parent
REFS = str(ROOT / "seeds" / "reference.yaml")


def run(*args):
    return CliRunner().invoke(main, list(args))


@pytest.fixture
def draft(tmp_path):
    def write(text, name="draft.md"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


@pytest.mark.parametrize(
    "text, fail_on, code",
    [
        (
            "The NIS said 4,000 North Korean soldiers were killed.",
            "error",
            1,
        ),  # misattribution (error)
        ("The NIS said 4,000 North Korean soldiers were killed.", "never", 0),
        ("About 300 North Korean soldiers were killed.", "error", 0),  # unattributed (info)
        ("About 300 North Korean soldiers were killed.", "info", 1),
        ("About 25,000 North Korean troops were deployed.", "warning", 1),  # unsupported (warning)
        ("About 25,000 North Korean troops were deployed.", "error", 0),
        ("About 300 North Korean soldiers were killed, the NIS said.", "info", 0),  # clean
    ],
)
def test_exit_codes_follow_fail_on(draft, text, fail_on, code):
    result = run("check", draft(text), "--refs", REFS, "--fail-on", fail_on)
    assert result.exit_code == code, result.output


def test_json_shape(draft):
    result = run(
        "check",
        draft("The NIS said 4,000 North Korean soldiers were killed."),
        "--refs",
        REFS,
        "--format",
        "json",
    )
    data = json.loads(result.output)
    [finding] = data["findings"]
    assert set(finding) == {
        "rule",
        "severity",
        "path",
        "line",
        "column",
        "excerpt",
        "message",
        "suggestion",
        "references",
        "claim",
        "related",
    }
    assert (
        finding["rule"] == "misattribution"
        and finding["references"][0] == "zelensky-killed-2025-02"
    )
    assert finding["claim"]["source"] == "NIS" and finding["claim"]["source_text"] == "NIS"
    assert (finding["line"], finding["column"]) == (1, 14)
    assert [c["value"] for c in data["claims"]] == [4000]


def test_select_and_ignore(draft):
    path = draft(
        "The NIS said 4,000 North Korean soldiers were killed. About 300 North Korean soldiers "
        "died."
    )

    def rules(args):
        output = run("check", path, "--refs", REFS, "--format", "json", *args).output
        return sorted({f["rule"] for f in json.loads(output)["findings"]})

    assert rules([]) == ["misattribution", "unattributed"]
    assert rules(["--ignore", "unattributed"]) == ["misattribution"]
    assert rules(["--select", "unattributed"]) == ["unattributed"]


@pytest.mark.parametrize(
    "comment, hidden",
    [
        ("<!-- numcheck: ignore -->", True),
        ("<!-- numcheck: ignore misattribution -->", True),
        ("<!-- numcheck: ignore unsupported -->", False),
    ],
)
def test_inline_suppression_on_line_and_next_line(draft, comment, hidden):
    same_line = draft(f"The NIS said 4,000 North Korean soldiers were killed. {comment}\n", "a.md")
    next_line = draft(f"{comment}\nThe NIS said 4,000 North Korean soldiers were killed.\n", "b.md")
    for path in (same_line, next_line):
        result = run("check", path, "--refs", REFS, "--select", "misattribution")
        assert (result.exit_code == 0) == hidden, result.output


def test_suppression_region(draft):
    path = draft(
        "<!-- numcheck: off -->\nThe NIS said 4,000 North Korean soldiers were killed.\n"
        "<!-- numcheck: on -->\n"
        "The NIS said 4,000 North Korean soldiers died.\n"
    )
    data = json.loads(
        run("check", path, "--refs", REFS, "--format", "json", "--select", "misattribution").output
    )
    assert [f["line"] for f in data["findings"]] == [4]


def test_output_file_is_written_and_draft_untouched(draft, tmp_path):
    path = draft("The NIS said 4,000 North Korean soldiers were killed.")
    before = Path(path).read_bytes()
    out = tmp_path / "report.json"
    result = run("check", path, "--refs", REFS, "--format", "json", "--output", str(out))
    assert result.exit_code == 1 and result.output == ""
    assert json.loads(out.read_text())["findings"] and Path(path).read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


@pytest.mark.parametrize(
    "fmt, expected",
    [
        ("line", ":1:14: error misattribution: 4,000 killed is credited to NIS"),
        ("github", "::error file="),
        ("text", "1 finding (1 error, 0 warning, 0 info) in 1 file, 1 figure checked"),
    ],
)
def test_formats(draft, fmt, expected):
    path = draft("The NIS said 4,000 North Korean soldiers were killed.")
    assert expected in run("check", path, "--refs", REFS, "--format", fmt).output


def test_extract_json(draft):
    path = draft(
        "Between 1,000 and 3,000 North Korean soldiers were sent, according to South Korea's spy "
        "agency."
    )
    data = json.loads(
        run(
            "extract", path, "--format", "json", "--refs", str(ROOT / "seeds" / "reference.yaml")
        ).output
    )
    [claim] = data["claims"]
    assert (claim["low"], claim["high"], claim["metric"], claim["source"]) == (
        1000,
        3000,
        "deployed",
        "NIS",
    )
    assert claim["source_text"] == "South Korea's spy agency"


def test_extract_text_lists_every_figure():
    result = run("extract", str(ROOT / "seeds" / "003_7c06984ad44548c2.txt"))
    assert result.exit_code == 0
    for figure in ("300", "2,700", "4,000", "12,000", "between 1,000 and 3,000"):
        assert figure in result.output


def test_refs_validate_ok():
    result = run("refs", "validate", REFS)
    assert result.exit_code == 0 and "ok" in result.output


def test_checks_lists_every_check():
    output = run("checks").output
    for name in (
        "contradiction",
        "misattribution",
        "overstatement",
        "unsupported",
        "inconsistent",
        "unknown-source",
        "unattributed",
    ):
        assert name in output


def test_without_refs_only_document_checks_run(draft):
    path = draft(
        "About 12,000 North Korean troops were sent.\nUp to about 15,000 troops are being sent, "
        "said Zelesnky."
    )
    data = json.loads(
        run(
            "check",
            path,
            "--format",
            "json",
            "--pack",
            "armed-conflict",
            "--pack",
            str(ROOT / "seeds" / "pack"),
        ).output
    )
    assert sorted(f["rule"] for f in data["findings"]) == [
        "inconsistent"
    ]  # no sources known: no misspelling either


@pytest.mark.parametrize(
    "env, starts",
    [({"GITHUB_ACTIONS": "true"}, "::error file="), ({"GITHUB_ACTIONS": ""}, "")],
)
def test_format_auto_picks_github_inside_actions(draft, monkeypatch, env, starts):
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    path = draft("The NIS said 4,000 North Korean soldiers were killed.\n")
    out = run("check", path, "--refs", REFS, "--format", "auto").output
    assert out.startswith(starts) and ("::error" in out) == bool(starts)


def test_junit_has_a_case_for_every_draft_checked(tmp_path):
    (tmp_path / "a.txt").write_text("The NIS said 4,000 North Korean soldiers were killed.\n")
    (tmp_path / "b.txt").write_text("Nothing to count here.\n")
    out = run("check", str(tmp_path), "--refs", REFS, "--format", "junit").output
    assert out.count("<testcase ") == 2 and 'failures="1"' in out


@pytest.mark.parametrize(
    "count, tty, ci, shown",
    [(25, True, "", True), (5, True, "", False), (25, False, "", False), (25, True, "true", False)],
)
def test_a_progress_bar_only_for_many_drafts_on_a_terminal(monkeypatch, count, tty, ci, shown):
    import sys

    from checker import cli

    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    monkeypatch.setenv("CI", ci)
    assert (cli._progress(count) is not None) is shown


def test_output_that_cannot_be_written_is_one_line_and_exit_2():
    import subprocess
    import sys
    from pathlib import Path

    numcheck = Path(sys.executable).with_name("numcheck")
    root = Path(__file__).resolve().parent.parent
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [str(numcheck), "check", "seeds/003_7c06984ad44548c2.txt", "--refs",
             "seeds/reference.yaml"],
            cwd=root, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip() == "numcheck: cannot write the output: No space left on device"


def test_an_unexpected_failure_anywhere_is_one_line(monkeypatch):
    from click.testing import CliRunner

    from checker import references
    from checker.cli import main

    def broken(*args, **kwargs):
        raise KeyError("oops")

    monkeypatch.setattr(references, "open_sets", broken)
    result = CliRunner().invoke(main, ["check", "seeds/", "--refs", "seeds/reference.yaml"])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "numcheck: internal error (KeyError: 'oops')" in result.stderr


def test_a_draft_named_dash_is_read_from_stdin():
    from click.testing import CliRunner

    from checker.cli import main

    result = CliRunner().invoke(
        main,
        ["check", "-", "--refs", "seeds/reference.yaml", "--format", "line"],
        input="The NIS said 4,000 North Korean soldiers were killed.\n",
    )
    assert result.exit_code == 1
    assert result.stdout.startswith("-:1:14: error misattribution")


def test_stdin_over_the_limit_is_one_line(monkeypatch):
    from click.testing import CliRunner

    from checker.cli import main
    from checker.inputs import files

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    result = CliRunner().invoke(
        main, ["check", "-", "--refs", "seeds/reference.yaml"], input="x" * 500
    )
    assert result.exit_code == 2 and "-: over the 100-byte limit" in result.stderr


def _validate_notes(tmp_path, pack: str, refs_body: str) -> list[str]:
    """`refs validate` on a reference set (`refs_body`, its `packs:` line added) naming the pack
    written from `pack`: it must pass (exit 0); its note lines."""
    (tmp_path / "pack.yaml").write_text(pack)
    refs = tmp_path / "refs.yaml"
    refs.write_text(f"packs: [{tmp_path / 'pack.yaml'}]\n" + refs_body)
    result = run("refs", "validate", str(refs))
    assert result.exit_code == 0, result.output
    return [line for line in result.output.splitlines() if "note:" in line]


def test_refs_validate_notes_a_cue_two_metrics_list(tmp_path):
    """A cue two metrics list is not an error, but the writer of the pack should know how it is
    read: the note names both metrics and the exit code stays 0."""
    notes = _validate_notes(
        tmp_path,
        "metrics:\n  lost-business:\n    cues: [lost revenue, lost business]\n"
        "  practices-hit:\n    cues: [Lost Revenue]\nsubjects:\n  s:\n    cues: [clinics]\n",
        "subject: s\nsources: {x: {name: X}}\nfacts:\n"
        "  - {id: a, metric: lost-business, value: 1, unit: USD, source: x, as_of: 2024-01-01}\n",
    )
    assert len(notes) == 1
    assert "'lost revenue'" in notes[0]
    assert "lost-business, practices-hit" in notes[0]
    assert "lost business" not in notes[0]


def test_refs_validate_notes_a_name_split_at_its_comma(tmp_path):
    """`aliases: [Ministry of Land, Infrastructure and Transport]` is two aliases in YAML: the note
    says so and shows the quoted name; the exit code stays 0."""
    notes = _validate_notes(
        tmp_path,
        "metrics:\n  killed:\n    cues: [killed]\nsubjects:\n  s:\n    cues: [passengers]\n",
        "subject: s\nsources:\n  molit:\n"
        "    name: South Korea's Ministry of Land, Infrastructure and Transport\n"
        "    aliases: [Ministry of Land, Infrastructure and Transport, transport ministry]\n"
        "facts:\n  - {id: a, metric: killed, value: 179, source: molit, as_of: 2024-12-29}\n",
    )
    assert len(notes) == 1
    assert '"Ministry of Land, Infrastructure and Transport"' in notes[0]


@pytest.mark.parametrize(
    "facts, noted",
    [
        # a share written without its unit is a count that is not a whole number
        ("  - {id: b, metric: share, range: [34.4, 37.4], source: x, as_of: 2023-03-01}\n", ["b"]),
        # a whole count beside shares is a count ("3,700 jobs, 50% of the staff")
        ("  - {id: b, metric: share, value: 3700, source: x, as_of: 2023-03-01}\n", []),
    ],
)
def test_refs_validate_notes_a_count_that_is_not_a_whole_number(tmp_path, facts, noted):
    notes = _validate_notes(
        tmp_path,
        "metrics:\n  share:\n    cues: [of the vote]\nsubjects:\n  s:\n    cues: [voters]\n",
        "subject: s\nsources: {x: {name: X}}\nfacts:\n"
        "  - {id: a, metric: share, value: 36.6, unit: '%', source: x, as_of: 2023-03-01}\n"
        + facts,
    )
    assert [n for n in notes if "not whole numbers" in n and f"({', '.join(noted)})" in n] == (
        notes if noted else []
    )
    assert len(notes) == len(noted)


_IMPORTS_OF_A_CHECK = """
import sys
from checker.cli import main
try:
    main(["check", "seeds/003_7c06984ad44548c2.txt", "--refs", "seeds/reference.yaml",
          "--date", "2025-03-01", "--format", "text", "--fail-on", "never"])
except SystemExit:
    pass
print("imported:", *sorted(m for m in sys.modules if m in sys.argv[1:]))
"""
_ONLY_FOR_OTHER_COMMANDS = ("tabulate", "multiprocessing", "checker.evaluation", "checker.curation")


def test_checking_one_draft_imports_nothing_only_other_commands_need():
    """`check`, the command run most, starts without what `eval`, `refs init` or `--jobs` use."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run(
        [sys.executable, "-c", _IMPORTS_OF_A_CHECK, *_ONLY_FOR_OTHER_COMMANDS],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "imported:"


@pytest.mark.parametrize(
    "other_alias, noted",
    [
        ("UN children's agency", True),  # another name has "agency": "the agency" is unclear
        ("UN children's fund", False),  # none: "the agency" can only be the first
    ],
)
def test_refs_validate_notes_an_alias_that_is_a_back_reference(tmp_path, other_alias, noted):
    """`aliases: [the agency]` makes every "the agency" of a draft that source, even right after
    another agency spoke: the note says so when another source's names have the noun too."""
    notes = _validate_notes(
        tmp_path,
        "metrics:\n  killed:\n    cues: [killed]\nsubjects:\n  s:\n    cues: [people]\n",
        "subject: s\nsources:\n"
        "  vddma: {name: the disaster authority, aliases: [disaster authority, the agency]}\n"
        f'  unicef: {{name: UNICEF, aliases: [UNICEF, "{other_alias}"]}}\n'
        "facts:\n  - {id: a, metric: killed, value: 292, source: vddma, as_of: 2024-09-16}\n",
    )
    found = [n for n in notes if "'the agency'" in n]
    assert bool(found) is noted
    if noted:
        assert "(unicef too)" in found[0]


@pytest.mark.parametrize(
    "unit, noted",
    [
        # the figures are plain counts a day, the cue a measure: figures written so never meet them
        ("count/day", True),
        ("bbl/day", False),
    ],
)
def test_refs_validate_notes_a_cue_that_is_a_unit_its_figures_are_not_in(tmp_path, unit, noted):
    notes = _validate_notes(
        tmp_path,
        "metrics:\n  oil-flow:\n    cues: [barrels a day, flow]\n"
        "subjects:\n  s:\n    cues: [well]\n",
        "subject: s\nsources: {x: {name: X}}\nfacts:\n"
        f"  - {{id: a, metric: oil-flow, value: 5000, unit: {unit}, source: x,"
        " as_of: 2010-04-28}\n",
    )
    assert bool(notes) is noted, notes
    if noted:
        assert "'barrels a day'" in notes[0] and "bbl/day" in notes[0]


@pytest.mark.parametrize(
    "units, noted",
    [
        # an earthquake's magnitude: no unit numcheck reads; its figures are plain numbers
        ("[magnitude]", True),
        ("[count]", False),
        ("[ha, acre]", False),
        ("[USD/month]", False),
    ],
)
def test_refs_validate_notes_a_metric_unit_numcheck_does_not_read(tmp_path, units, noted):
    notes = _validate_notes(
        tmp_path,
        f"metrics:\n  magnitude:\n    cues: [magnitude]\n    units: {units}\n"
        "subjects:\n  s:\n    cues: [quake]\n",
        "subject: s\nsources: {x: {name: X}}\nfacts:\n"
        "  - {id: a, metric: magnitude, value: 9.1, source: x, as_of: 2004-12-27}\n",
    )
    found = [n for n in notes if "does not read" in n]
    assert bool(found) is noted, notes
    if noted:
        assert "metric 'magnitude'" in found[0] and "'magnitude'" in found[0]
