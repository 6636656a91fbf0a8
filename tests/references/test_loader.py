from pathlib import Path

import pytest

from checker.errors import InputError
from checker.inputs import yamlpos
from checker.references import load, parse

GOOD = """\
subject: north-korean-troops
sources:
  Seoul-desk: {aliases: ["our Seoul desk"]}
facts:
  - id: nis-killed
    metric: killed
    value: 300
    hedge: about
    source: NIS
    as_of: 2025-01
  - id: nis-wounded
    metric: wounded
    value: 2700
    hedge: about
    source: NIS
    as_of: 2025-01
  - id: desk-range
    metric: deployed
    range: [1000, 3000]
    source: Seoul-desk
"""


def refs(lexicon, text):
    return parse(yamlpos.load(text, "r.yaml"), "r.yaml", lexicon)


def test_good_set_with_derived_casualties(lexicon):
    loaded = refs(lexicon, GOOD)
    by_id = {f.id: f for f in loaded.facts}
    derived = by_id["nis-killed+nis-wounded"]
    assert (derived.metric, derived.low, derived.hedge, derived.source) == (
        "casualties",
        3000,
        "about",
        "NIS",
    )
    assert by_id["desk-range"].is_range and loaded.sources["Seoul-desk"].aliases == (
        "our Seoul desk",
    )


def test_explicit_casualties_win_over_derived(lexicon):
    text = (
        GOOD + "  - {id: nis-cas, metric: casualties, value: 3100, source: NIS, as_of: 2025-01}\n"
    )
    ids = {f.id for f in refs(lexicon, text).facts}
    assert "nis-killed+nis-wounded" not in ids and "nis-cas" in ids


@pytest.mark.parametrize(
    "fact, message, at",
    [
        ("{id: a, metric: kiled, value: 1, source: NIS}", "unknown metric 'kiled'", "kiled"),
        ("{id: a, metric: killed, source: NIS}", "fact has no 'value' or 'range'", "{"),
        (
            "{id: a, metric: killed, value: 1, range: [1, 2], source: NIS}",
            "give either 'value' or 'range'",
            "[1, 2]",
        ),
        (
            "{id: a, metric: killed, range: [3000, 1000], source: NIS}",
            "range must be [low, high]",
            "[3000",
        ),
        (
            "{id: a, metric: killed, value: lots, source: NIS}",
            "value must be a non-negative number",
            "lots",
        ),
        ("{id: a, metric: killed, value: 1, source: NSI}", "unknown source 'NSI'", "NSI"),
        (
            "{id: a, metric: killed, value: 1, source: NIS, as_of: 2025-13}",
            "bad as_of '2025-13'",
            "2025-13",
        ),
        (
            "{id: a, metric: killed, value: 1, source: NIS, hedge: roughly}",
            "unknown hedge 'roughly'",
            "roughly",
        ),
        (
            "{id: a, metric: killed, value: 1, source: NIS, colour: red}",
            "unknown fact key 'colour'",
            "colour",
        ),
        ("{metric: killed, value: 1, source: NIS}", "fact has no 'id'", "{"),
    ],
)
def test_each_problem_points_at_the_bad_value(lexicon, fact, message, at):
    line = f"  - {fact}"
    text = f"subject: north-korean-troops\nfacts:\n{line}\n"
    with pytest.raises(InputError) as info:
        refs(lexicon, text)
    [problem] = info.value.problems
    assert message in problem.message
    assert (problem.path, problem.line, problem.column) == ("r.yaml", 3, line.index(at) + 1)


def test_all_problems_reported_together_and_duplicates(lexicon):
    text = (
        "facts:\n"
        "  - {id: a, metric: killed, value: 1, source: NIS, subject: north-korean-troops}\n"
        "  - {id: a, metric: killed, value: 2, source: NIS, subject: north-korean-troops}\n"
        "  - {id: b, metric: nope, value: 2, source: NIS, subject: north-korean-troops}\n"
    )
    with pytest.raises(InputError) as info:
        refs(lexicon, text)
    messages = [str(p) for p in info.value.problems]
    assert messages[0] == "r.yaml:3:10: duplicate id 'a' (first at line 2)"
    assert messages[1].startswith("r.yaml:4:21: unknown metric 'nope'")


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty reference set"),
        ("- a\n- b\n", "must be a mapping"),
        ("subject: north-korean-troops\n", "missing 'facts:'"),
        ("facts: 3\n", "'facts' must be a list"),
        ("title: x\nfacts: []\nextra: 1\n", "unknown key 'extra'"),
    ],
)
def test_bad_shapes(lexicon, text, message):
    with pytest.raises(InputError) as info:
        refs(lexicon, text)
    assert message in str(info.value)


def test_seed_reference_set_is_valid(lexicon):
    loaded = load("seeds/reference.yaml", lexicon)
    assert len(loaded.facts) >= 9 and loaded.subject == "north-korean-troops"


def test_a_group_source_must_include_known_sources(lexicon, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\nsources:\n  allies:\n    aliases: [the allies]\n"
        "    includes: [NIS, Nobody]\nfacts:\n"
        "  - {id: a, metric: killed, value: 1, source: allies}\n"
    )
    with pytest.raises(
        InputError, match=r"r\.yaml:4:5: source allies: includes unknown source 'Nobody'"
    ):
        load(path, lexicon)


@pytest.mark.parametrize(
    "period, message", [("2025/2024", "START is after END"), ("2025-13", "use YYYY")]
)
def test_bad_periods_say_what_is_wrong(lexicon, tmp_path, period, message):
    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\nfacts:\n"
        f"  - {{id: a, metric: killed, value: 1, source: NIS, period: '{period}'}}\n"
    )
    with pytest.raises(InputError, match=message):
        load(path, lexicon)


def test_a_duplicate_id_is_reported_even_when_the_first_fact_is_bad(lexicon, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\nfacts:\n  - {id: a, metric: killd, value: 1, source: NIS}\n"
        "  - {id: a, metric: killed, value: 2, source: NIS}\n"
    )
    with pytest.raises(InputError) as err:
        load(path, lexicon)
    assert "unknown metric 'killd'" in str(
        err.value
    ) and "duplicate id 'a' (first at line 3)" in str(err.value)


@pytest.mark.parametrize(
    "unit, ok",
    [
        ("count", True),
        ("USD/month", True),
        ("count/day", True),
        ("%", True),
        ("year", True),
        ("km/h", True),  # a symbol with a slash of its own (wind speeds)
        ("mph", True),
        ("hPa", True),  # a storm's pressure
        ("inHg", True),
        ("km/h/day", False),
        ("furlongs", False),
        ("count/fortnight", False),
    ],
)
def test_units(lexicon, tmp_path, unit, ok):
    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\nfacts:\n"
        f"  - {{id: a, metric: killed, value: 1, source: NIS, unit: '{unit}'}}\n"
    )
    if ok:
        assert load(path, lexicon).facts[0].unit == unit
    else:
        with pytest.raises(InputError, match="unit must be count"):
            load(path, lexicon)


@pytest.mark.parametrize("unit", ["magnitude", "Richter"])
def test_a_scale_as_a_unit_is_told_to_leave_the_unit_out(lexicon, tmp_path, unit):
    """'unit: magnitude' (the language pack's scale_words) is what a writer naturally tries for
    a quake's size: the message says what to write instead, not just what is allowed."""
    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\nfacts:\n"
        f"  - {{id: a, metric: killed, value: 7.2, source: NIS, unit: {unit}}}\n"
    )
    told = rf"a reading on a scale \({unit}\) has no unit .*leave 'unit' out"
    with pytest.raises(InputError, match=told):
        load(path, lexicon)


def test_a_huge_integer_is_a_bad_value_not_a_crash(lexicon, tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\nfacts:\n  - id: a\n    metric: killed\n    value: 1"
        + "0" * 400
        + "\n    source: NIS\n"
    )
    with pytest.raises(InputError, match=r"r\.yaml:5:12: value must be a non-negative number"):
        load(path, lexicon)


def test_an_impossible_date_does_not_hide_the_other_problems(tmp_path):
    from click.testing import CliRunner

    from checker.cli import main

    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\n"
        f"packs: [armed-conflict, {Path(__file__).parents[2] / 'seeds' / 'pack'}]\n"
        "sources: {NIS: {aliases: [NIS]}}\n"
        "facts:\n"
        "  - {id: a, metric: killed, value: 300, source: NIS, as_of: 2025-13-01}\n"
        "  - {id: b, metric: nosuch, value: 5, source: NIS}\n"
    )
    result = CliRunner().invoke(main, ["refs", "validate", str(path)])
    assert result.exit_code == 2
    assert "r.yaml:5:" in result.output and "2025-13-01" in result.output
    assert "r.yaml:6:" in result.output and "unknown metric 'nosuch'" in result.output


@pytest.mark.parametrize(
    "unit, read",
    [
        ("%/year", "%"),  # "2.8% of GDP a year": a share, as a draft's is read
        ("pp/month", "pp"),
        ("count/day", "count/day"),  # a rate of a count stays a rate
        ("USD/month", "USD/month"),
    ],
)
def test_a_share_per_period_is_a_share(lexicon, tmp_path, unit, read):
    path = tmp_path / "r.yaml"
    path.write_text(
        "subject: north-korean-troops\nfacts:\n"
        f"  - {{id: a, metric: killed, value: 1, source: NIS, unit: '{unit}'}}\n"
    )
    assert load(path, lexicon).facts[0].unit == read


def test_a_wire_datelines_year_is_read_against_the_middle_of_each_figures_time(tmp_path):
    """'LONDON, April 30 (Reuters)' in a story whose figures run from 2023 to 2024: a figure given
    "as of 2023-04" counts at mid-April 2023, so a figure of April 29, 2024 is nearer, and the
    draft is of 2024 (at the month's last day, the 2023 figure would have tied it at 0 days)."""
    import datetime as dt

    from checker import references
    from checker.reading import time

    pack = tmp_path / "pack.yaml"
    pack.write_text("metrics:\n  m:\n    cues: [count]\nsubjects:\n  s:\n    cues: [people]\n")
    path = tmp_path / "refs.yaml"
    path.write_text(
        f"packs: [{pack}]\nsubject: s\nsources: {{a: {{name: A}}}}\nfacts:\n"
        "  - {id: x, metric: m, value: 59, source: a, as_of: 2023-04}\n"
        "  - {id: y, metric: m, value: 76, source: a, as_of: 2024-04-29}\n"
    )
    found, lexicon, problems = references.open_sets([path])
    assert not problems
    assert dt.date(2023, 4, 15) <= found.dates[0] <= dt.date(2023, 4, 16)
    text = "LONDON, April 30 (Reuters) - The count rose to 76.\n"
    assert time.draft_date(text, lexicon, found.dates) == dt.date(2024, 4, 30)
