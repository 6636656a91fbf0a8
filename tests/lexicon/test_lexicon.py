"""The lexicon: typed sections, packs that extend the lists they name, `replace:`, and the
schema."""

import re

import pytest

from checker.errors import InputError
from checker.lexicon import Lexicon, load
from checker.lexicon.packs import resolve
from checker.lexicon.schema import CueList, Number, Record, Table, Validator

ARMED = resolve("armed-conflict")


def test_the_language_pack_alone_has_words_but_no_topic():
    lexicon = load()
    assert lexicon.metrics == {} and lexicon.sources == {}
    assert "according to" in lexicon.attribution.before_source and lexicon.limits.carry_window == 3
    assert lexicon.time.months["March"] == 3 and lexicon.numbers.scales["million"] == 1_000_000


def test_sections_are_attributes_so_a_typo_fails():
    with pytest.raises(AttributeError):
        load().attribution.before_sourse  # noqa: B018


def test_a_topic_extends_a_metric_it_names(tmp_path):
    (tmp_path / "t.yaml").write_text("metrics:\n  killed:\n    cues: [toll]\n")
    cues = load([ARMED, tmp_path]).metrics["killed"].cues
    assert "toll" in cues and "killed" in cues and "died" in cues


def test_replace_true_replaces_an_entry(tmp_path):
    (tmp_path / "t.yaml").write_text("metrics:\n  killed:\n    replace: true\n    cues: [toll]\n")
    killed = load([ARMED, tmp_path]).metrics["killed"]
    assert killed.cues == ("toll",) and killed.whole is None


def test_a_language_list_extends_and_replace_replaces(tmp_path):
    (tmp_path / "a.yaml").write_text("attribution:\n  after_source: [briefed]\n")
    assert {"said", "briefed"} <= set(load([tmp_path]).attribution.after_source)
    (tmp_path / "a.yaml").write_text("attribution:\n  after_source: {replace: [briefed]}\n")
    assert load([tmp_path]).attribution.after_source == ("briefed",)


def test_limits_override(tmp_path):
    (tmp_path / "l.yaml").write_text("limits:\n  carry_window: 5\n")
    assert load([tmp_path]).limits.carry_window == 5


def test_cues_compile_once_and_match_on_word_boundaries():
    pattern = load().attribution.before_source.pattern
    assert pattern is load().attribution.before_source.pattern
    assert pattern.search("per the agency") and not pattern.search("percent")


def test_with_sources_merges_aliases():
    from checker.lexicon import Source

    lexicon = (
        load().with_sources({"x": Source("x", ("Ex",))}).with_sources({"x": Source("x", ("Why",))})
    )
    assert lexicon.sources["x"].aliases == ("Ex", "Why") and lexicon.alias_index["why"] == "x"
    assert isinstance(lexicon, Lexicon)


def test_a_missing_pack_names_the_shipped_topics(tmp_path):
    with pytest.raises(
        InputError, match=r"no such pack directory or file \(shipped topics: .*armed-conflict"
    ):
        load([tmp_path / "nope"])


@pytest.mark.parametrize(
    "value, spec, problem",
    [
        ([1, "x"], CueList(), None),
        ("x", CueList(), "w must be a list of strings"),
        (["", "x"], CueList(), "w must not hold an empty string"),
        (2.5, Number(0, 1, message="{what} must be from 0 to 1"), "w must be from 0 to 1"),
        (10**400, Number(0), "w must be a number (0 or more)"),
        ({"a": [1]}, Table(CueList()), None),
        ([1], Table(CueList()), "w must be a mapping"),
    ],
)
def test_specs(value, spec, problem):
    v = Validator("f.yaml")
    spec.validate(value, (3, 4), "w", v)
    assert [p.message for p in v.problems] == ([problem] if problem else [])
    assert all(str(p).startswith("f.yaml:3:4: ") for p in v.problems)


def test_a_record_reports_unknown_and_missing_keys_together():
    from checker.inputs import yamlpos
    from checker.lexicon.schema import Field, Text

    raw = yamlpos.load("a: 1\nzz: 2\n", "f.yaml")
    v = Validator("f.yaml")
    Record({"a": Text(), "b": Field(Text(), "missing b")}).validate(raw, raw.mark, "thing", v)
    assert [str(p) for p in v.problems] == [
        "f.yaml:2:1: thing: unknown key 'zz' (expected one of: a, b)",
        "f.yaml:1:1: missing b",
    ]


def test_every_section_key_in_the_shipped_packs_is_known():
    lexicon = load([ARMED])
    assert re.search(r"rules/language/en/limits\.yaml", " ".join(lexicon.origin))


@pytest.mark.parametrize(
    "name, alias, named",
    [
        ("Hokuriku Electric Power", "hokuriku electric power", True),  # a plain name
        ("the city of Genoa", "city of genoa", True),  # as a sentence writes it
        ("the Interior Ministry of the east", "interior ministry of the east", True),
        ("the UN refugee agency (UNHCR)", "un refugee agency (unhcr)", False),  # for messages
        ("Paul Yip, a professor", "paul yip, a professor", False),
        ("a company-compiled analyst consensus", "company-compiled analyst consensus", False),
        # a capitalised "The" is part of a title: "an economist at the bank" is no source
        ("The Economist", "economist", False),
        ("The Economist", "the economist", True),
    ],
)
def test_a_sources_name_is_one_of_its_aliases_when_a_draft_may_write_it(name, alias, named):
    from checker.lexicon import Source

    lexicon = load().with_sources({"x": Source("x", ("Ex",), name=name)})
    assert (lexicon.alias_index.get(alias) == "x") is named


def test_a_particle_takes_its_longer_form_only_closing_a_longer_cue(tmp_path):
    """'unable to get in' finds 'unable to get into'; a cue that is the particle alone does not
    find 'into'."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources: {}\nfacts: []\n",
        pack="metrics:\n  locked-out: {cues: [unable to get in]}\n  inside: {cues: [in]}\n"
        "subjects:\n  s: {cues: [fans]}\n",
    )
    assert lexicon.names_metric("locked-out", "were unable to get into the ground")
    assert not lexicon.names_metric("inside", "walked into the ground")
