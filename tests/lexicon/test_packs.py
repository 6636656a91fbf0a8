import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import references
from checker.cli import main
from checker.engine import Engine
from checker.errors import InputError
from checker.lexicon import fold
from checker.lexicon import load as load_lexicon
from checker.lexicon.packs import resolve

ARMED_CONFLICT = resolve("armed-conflict")

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_default_pack_has_the_required_vocabulary(lexicon):
    assert {"deployed", "killed", "wounded", "casualties", "captured"} <= set(lexicon.metrics)
    assert {"north-korean-troops", "russian-soldiers"} <= set(lexicon.subjects)
    assert set(lexicon.hedges) >= {
        "exact",
        "about",
        "more-than",
        "at-least",
        "up-to",
        "at-most",
        "nearly",
        "fewer-than",
    }
    assert lexicon.derived["casualties"] == ("killed", "wounded")
    for alias in ("NIS", "National Intelligence Service", "South Korea's spy agency"):
        assert lexicon.alias_index[fold(alias)] == "NIS"
    for alias in ("Zelensky", "Zelenskyy", "Ukrainian President Volodymyr Zelensky"):
        assert lexicon.alias_index[fold(alias)] == "Zelensky"


def test_another_topic_by_yaml_alone(tmp_path):
    refs, lexicon, problems = references.open_sets([FIXTURES / "flood_refs.yaml"])
    assert not problems
    draft = tmp_path / "flood.txt"
    draft.write_text(
        "About 2,000 Valencia residents were evacuated, the mayor said.\n"
        "Some 450 homes flooded, according to the civil protection agency.\n"
        "Civil Protection said 2,000 people were evacuated.\n"
    )
    result = Engine(lexicon, refs, ["misattribution", "contradiction"]).check_file(str(draft))
    got = sorted((f.check, f.line) for f in result.findings)
    assert got == [("misattribution", 1), ("misattribution", 2)]
    assert {f.references[0] for f in result.findings} == {"cp-evacuated", "mayor-homes"}


ELECTION_DRAFT = FIXTURES / "election_pack_turnout.txt"  # try it: see README, "Rule packs"


def test_election_turnout_pack_runs_every_kind_of_check(tmp_path):
    """A second, unrelated topic: the election pack in tests/ adds metrics (with a derived total and
    wholes), a subject and sources; the time-aware and arithmetic checks work on it unchanged."""
    draft = ELECTION_DRAFT
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(draft),
            "--pack",
            str(FIXTURES / "election_pack"),
            "--refs",
            str(FIXTURES / "election_refs.yaml"),
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
    )
    assert result.exit_code == 0, result.output
    findings = json.loads(result.stdout)["findings"]
    got = {(f["rule"], f["line"], f["excerpt"]) for f in findings}
    assert got == {
        ("stale", 2, "5.6 million"),  # the election-night count, since certified
        ("unverified", 3, "5.5 million"),  # no reference for valid ballots
        ("misattribution", 3, "5.8 million"),  # the certified count is the secretary of state's
        ("arithmetic", 3, "5.8 million"),  # 5.5 million + 40,000 is not 5.8 million
        ("arithmetic", 4, "60 percent"),  # 5.8 of 8.1 million is 72%
        ("period-mismatch", 6, "5.8 million"),  # a November 2024 figure placed in 2023
    }
    [stale] = [f for f in findings if f["rule"] == "stale"]
    assert stale["references"] == ["sos-cast-election-night", "sos-cast-certified"]
    [mismatch] = [f for f in findings if f["rule"] == "period-mismatch"]
    assert mismatch["references"] == ["sos-cast-certified"]


@pytest.mark.parametrize(
    "content, message",
    [
        ("metrics: [a, b]\n", "'metrics' must be a mapping"),
        ("colours: {}\n", "unknown section 'colours'"),
        ("hedges:\n  odd: {interval: sideways}\n", "interval must be one of"),
        ("checks:\n  unsupported: loud\n", "severity must be one of"),
        ("metrics:\n  x: {cues: 3}\n", "must be a list of strings"),
        (
            "derived:\n  casualties: [killed, ghosts]\n",
            "bad.yaml:2:15: derived metric casualties: unknown metric 'ghosts'",
        ),
        (  # a derived metric is read from drafts by its own cues: it must be a metric too
            "derived:\n  full-time-jobs: [killed, wounded]\n",
            "bad.yaml:2:19: derived metric full-time-jobs: add 'full-time-jobs' under 'metrics:' "
            "too, with the cues that name it",
        ),
    ],
)
def test_bad_rule_packs(tmp_path, content, message):
    (tmp_path / "bad.yaml").write_text(content)
    with pytest.raises(InputError) as info:
        load_lexicon([ARMED_CONFLICT, tmp_path])
    assert message in str(info.value) and "bad.yaml" in str(info.value)


def test_missing_pack_directory(tmp_path):
    with pytest.raises(InputError, match="no such pack directory"):
        load_lexicon([tmp_path / "nope"])


def test_check_severity_can_be_changed_or_switched_off(tmp_path):
    (tmp_path / "sev.yaml").write_text("checks:\n  unattributed: off\n  unsupported: error\n")
    lexicon = load_lexicon([ARMED_CONFLICT, tmp_path])
    assert (
        lexicon.severities["unattributed"] == "off" and lexicon.severities["unsupported"] == "error"
    )


@pytest.mark.parametrize(
    "content, message",
    [
        ("hedges:\n  weird: {interval: around, cues: ['']}\n", "must not hold an empty string"),
        (
            "text:\n  vague:\n    a gazillion: [1" + "0" * 400 + ", 1" + "0" * 400 + "]\n",
            "expected [low, high]",
        ),
    ],
)
def test_packs_that_would_crash_a_draft_are_rejected_at_load(tmp_path, content, message):
    (tmp_path / "p.yaml").write_text(content)
    with pytest.raises(InputError, match=re.escape(message)):
        load_lexicon([ARMED_CONFLICT, tmp_path])


def test_a_numeric_hedge_id_works(tmp_path):
    (tmp_path / "p.yaml").write_text(
        "hedges:\n  5: {interval: around, tolerance: 0.1, cues: [kinda]}\n"
    )
    lexicon = load_lexicon([ARMED_CONFLICT, tmp_path])
    from checker.inputs import Document
    from checker.reading import extract

    [claim] = extract(
        Document.from_text("Kinda 4,000 North Korean soldiers perished."),
        lexicon,
        "north-korean-troops",
    )
    assert claim.hedge == "5"
