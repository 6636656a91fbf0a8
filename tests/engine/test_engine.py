"""The engine's decisions (select, ignore, severities, references) and a draft run through it."""

import pytest

from checker.checks import REGISTRY, UnknownCheck
from checker.engine import Engine
from checker.errors import InputError
from checker.inputs import Document
from checker.lexicon import load
from checker.lexicon.packs import resolve
from checker.model import Severity
from checker.references import ReferenceSet
from tests.checks.drafts import fixture_set

DRAFT = "The NIS said 900 North Korean soldiers were killed.\n"


def _plan(engine):
    return {check.id: severity for check, severity in engine.plan}


def test_defaults_every_check_at_its_own_severity():
    refs, lexicon = fixture_set()
    assert _plan(Engine(lexicon, refs)) == {name: c.severity for name, c in REGISTRY.items()}


def test_without_references_only_reading_checks_run():
    _, lexicon = fixture_set()
    assert set(_plan(Engine(lexicon, None))) == {
        n for n, c in REGISTRY.items() if not c.needs_references
    }


@pytest.mark.parametrize(
    "select, ignore, expected",
    [
        (("contradiction", "stale"), (), {"contradiction", "stale"}),
        (("contradiction", "stale"), ("stale",), {"contradiction"}),
        ((), ("unattributed",), set(REGISTRY) - {"unattributed"}),
    ],
)
def test_select_and_ignore(select, ignore, expected):
    refs, lexicon = fixture_set()
    assert set(_plan(Engine(lexicon, refs, select, ignore))) == expected


def test_severities_given_to_the_engine_win_and_off_drops():
    refs, lexicon = fixture_set()
    plan = _plan(Engine(lexicon, refs, severities={"unattributed": "error", "stale": "off"}))
    assert plan["unattributed"] is Severity.ERROR and "stale" not in plan


def test_a_packs_severities_apply(tmp_path):
    (tmp_path / "p.yaml").write_text("checks:\n  unsupported: error\n  unattributed: off\n")
    lexicon = load([resolve("armed-conflict"), tmp_path])
    plan = _plan(Engine(lexicon, ReferenceSet()))
    assert plan["unsupported"] is Severity.ERROR and "unattributed" not in plan


def test_a_packs_unknown_check_is_an_input_error_at_its_name(tmp_path):
    (tmp_path / "p.yaml").write_text("checks:\n  unsupported: error\n  bogus: off\n")
    with pytest.raises(InputError, match=r"p\.yaml:3:3: unknown check 'bogus'"):
        Engine(load([tmp_path]), ReferenceSet())


@pytest.mark.parametrize(
    "select, ignore, severities",
    [(("bogus",), (), None), ((), ("bogus",), None), ((), (), {"bogus": "off"})],
)
def test_unknown_names_are_refused(select, ignore, severities):
    refs, lexicon = fixture_set()
    with pytest.raises(UnknownCheck):
        Engine(lexicon, refs, select, ignore, severities)


def test_a_document_checked_and_suppressed():
    refs, lexicon = fixture_set()
    engine = Engine(lexicon, refs, ["contradiction"])
    [finding] = engine.check_document(Document.from_text(DRAFT, "d.txt")).findings
    assert (finding.check, finding.line, finding.excerpt) == ("contradiction", 1, "900")
    hidden = engine.check_document(
        Document.from_text(DRAFT.rstrip() + " <!-- numcheck: ignore contradiction -->")
    )
    assert hidden.findings == [] and hidden.problems == []


def test_an_unknown_check_in_a_comment_is_a_problem_with_position():
    refs, lexicon = fixture_set()
    result = Engine(lexicon, refs).check_document(
        Document.from_text("x\n<!-- numcheck: ignore bogus -->", "d.txt")
    )
    [problem] = result.problems
    assert str(problem).startswith("d.txt:2:1: unknown check 'bogus' in a numcheck comment")


def test_a_missing_file_is_a_problem_not_an_exception(tmp_path):
    refs, lexicon = fixture_set()
    result = Engine(lexicon, refs).check_file(str(tmp_path / "nope.txt"))
    assert [p.message for p in result.problems] == ["no such file"]


@pytest.mark.parametrize(
    "draft, present, absent",
    [
        # a contradiction is the whole story: no "unsupported" or "inconsistent" on top of it
        (
            "The NIS said about 300 North Korean soldiers were killed. The NIS later said 900 "
            "North Korean soldiers were killed.",
            {"contradiction"},
            {"unsupported", "inconsistent"},
        ),
        # no contradiction to defer to: both speak
        (
            "The NIS said about 30 North Korean soldiers were captured. The NIS later said 90 "
            "North Korean soldiers were captured.",
            {"unverified", "inconsistent"},
            set(),
        ),
        # a note gives way to a warning about the same figure, not to another note
        ("North Korea has shipped 1.3 million artillery shells to Russia.", {"rounded"}, set()),
    ],
)
def test_one_finding_per_problem(draft, present, absent):
    from tests.checks.drafts import check_draft

    on_last = {}
    for f in check_draft(draft):
        on_last.setdefault(f["excerpt"], set()).add(f["rule"])
    fired = set().union(*on_last.values())
    assert present <= fired and not (absent & fired), on_last


def test_deferring_checks_name_real_checks():
    from checker.checks.base import ANY

    for check in REGISTRY.values():
        assert set(check.defers_to) - {ANY} <= set(REGISTRY) - {check.id}, check.id


@pytest.mark.parametrize(
    "draft, matched, unmatched",
    [
        # a whole named first is the figure, its part a breakdown
        (
            "Of the about 300 North Korean soldiers killed, 30 were killed by drones.",
            "300",
            "30",
        ),
        # a part named first is its subject's figure, the whole a larger group's
        (
            "Zelensky said 300 of the 4,000 killed were officers.",
            "300",
            "4,000",
        ),
        # ...but a part with no subject of its own, named first, is some of the whole's when the
        # whole is the reference set's figure and the part none
        ("The NIS said 30 of North Korea's 300 dead had been hit by drones.", "300", "30"),
        # ...and its subject's figure when the part is the set's figure and the whole none
        ("The NIS said about 300 of North Korea's 900 dead had been hit by drones.", "300", "900"),
    ],
)
def test_a_part_and_its_whole_with_one_metric(draft, matched, unmatched):
    refs, lexicon = fixture_set()
    engine = Engine(lexicon, refs)
    found = __import__("checker").reading.read(
        Document.from_text(draft, "d.txt"), lexicon, None, engine.known
    )
    by_text = {c.text: engine.matches(found)[id(c)] for c in found.claims}
    assert by_text[matched] is not None and by_text[unmatched] is None, found.claims


@pytest.mark.parametrize(
    "figure, severity, far",
    [
        ("900", Severity.ERROR, False),  # a wrong figure, of the size the set knows
        # over 20 times every known figure: likely misread, so a note, not a warning
        ("90,000", Severity.INFO, True),
        ("12", Severity.INFO, True),  # ...or under
    ],
)
def test_a_figure_far_from_every_known_one_is_said_to_be_likely_misread(figure, severity, far):
    refs, lexicon = fixture_set()
    engine = Engine(lexicon, refs, ["contradiction"])
    draft = f"The NIS said {figure} North Korean soldiers were killed.\n"
    [finding] = engine.check_document(Document.from_text(draft, "d.txt")).findings
    assert finding.severity is severity
    assert ("it may count something else" in finding.message) is far


@pytest.mark.parametrize(
    "draft, total, is_sum",
    [
        # a figure credited to no one that adds up the figures before it: the writer's sum
        (
            "The NIS said 1,250 North Korean soldiers were killed in Kursk and 1,340 in Donetsk. "
            "Together that comes to 2,590 soldiers killed.",
            "2,590",
            True,
        ),
        # ...across the `sum_sentences` sentences before it, to the rounding of a round figure
        (
            "The NIS said 1,250 North Korean soldiers were killed in Kursk. It said 1,340 were "
            "killed in Donetsk. Taken together, those two regions account for 2,600 dead.",
            "2,600",
            True,
        ),
        # a count written to its last unit adds up exactly or not at all: 2,592 is no sum
        (
            "The NIS said 1,250 North Korean soldiers were killed in Kursk and 1,340 in Donetsk. "
            "Together that comes to 2,592 soldiers killed.",
            "2,592",
            False,
        ),
        # a figure with a source of its own is that source's, whatever it adds up to
        (
            "The NIS said 1,250 North Korean soldiers were killed in Kursk and 1,340 in Donetsk. "
            "Zelensky said 2,590 were killed.",
            "2,590",
            False,
        ),
        # ...nor one of another metric: killed and wounded make no count of the killed
        (
            "The NIS said 300 North Korean soldiers were killed and 2,700 wounded. In all, 3,000 "
            "North Korean soldiers were killed.",
            "3,000",
            False,
        ),
        # one figure before it is no sum
        (
            "The NIS said 2,590 North Korean soldiers were killed. In all, 2,590 were killed.",
            "2,590",
            False,
        ),
    ],
)
def test_the_writers_own_sum_is_no_ones_figure(draft, total, is_sum):
    """'31 homes destroyed and 72 seriously damaged. That is about 103 homes': the arithmetic
    check checks the sum; no claim check compares it with the reference set, and `inconsistent`
    does not take it for another count."""
    from checker.engine import writers_sums

    refs, lexicon = fixture_set()
    engine = Engine(lexicon, refs)
    found = __import__("checker").reading.read(
        Document.from_text(draft, "d.txt"), lexicon, None, engine.known
    )
    [claim] = [c for c in found.claims if c.text == total and c.start > draft.find(".")]
    assert (id(claim) in writers_sums(found.claims, lexicon)) is is_sum
    findings = engine.check_document(Document.from_text(draft, "d.txt")).findings
    on_total = {f.check for f in findings if f.line == claim.line and f.column == claim.column}
    compared = {"unsupported", "inconsistent", "contradiction", "unattributed"}
    assert not (on_total & compared) if is_sum else True, on_total


@pytest.mark.parametrize(
    "draft, is_sum",
    [
        # a total whose parts follow it in its own sentence is the writer's sum too
        (
            "In all, 2,590 North Korean soldiers have been killed this year: 1,250 in Kursk and "
            "1,340 in Donetsk.",
            True,
        ),
        # ...not parts that do not add up to it, nor parts in the next sentence
        (
            "In all, 2,592 North Korean soldiers have been killed this year: 1,250 in Kursk and "
            "1,340 in Donetsk.",
            False,
        ),
        (
            "In all, 2,590 North Korean soldiers have been killed this year. And 1,250 were killed "
            "in Kursk and 1,340 in Donetsk.",
            False,
        ),
        # ...nor peers listed, one of which happens to be the sum of the others: only a colon or
        # a dash opens a list of a total's parts
        (
            "The strikes killed 2,590 North Korean soldiers in Kursk, 1,250 in Donetsk and 1,340 "
            "in Luhansk.",
            False,
        ),
    ],
)
def test_a_total_before_its_parts_is_the_writers_sum(draft, is_sum):
    from checker.engine import writers_sums

    refs, lexicon = fixture_set()
    engine = Engine(lexicon, refs)
    found = __import__("checker").reading.read(
        Document.from_text(draft, "d.txt"), lexicon, None, engine.known
    )
    [claim] = [c for c in found.claims if c.text.startswith("2,")]
    assert (id(claim) in writers_sums(found.claims, lexicon)) is is_sum
