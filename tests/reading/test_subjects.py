"""Of whom a figure is, with what the reference set knows: an owner and a speaker are weak cues,
and a metric the set knows of one subject only is that subject's."""

import datetime as dt
from pathlib import Path

import pytest

from checker import references
from checker.engine import known_from
from checker.inputs import Document
from checker.reading import NOTHING, extract
from tests.reading.lexicons import checked, claims_in, claims_known, lexicon_of, story_claims

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(scope="module")
def story():
    refs, lexicon, problems = references.open_sets([FIXTURES / "strike_refs.yaml"])
    assert not problems
    return lexicon, known_from(refs)


def read(story, text, with_refs=True):
    lexicon, known = story
    doc = Document.from_text(text, "draft.txt", dt.date(2024, 10, 24))
    return [
        (c.text, c.metric, c.subject, c.change)
        for c in extract(doc, lexicon, None, known if with_refs else NOTHING)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an owner gives way to the subject the reference set knows raises of
        (
            "Boeing's offer of a 30% raise remains, calling its machinists well paid.",
            [("30%", "pay-raise", "machinists", None)],
        ),
        # the speaker's name is not the subject when the sentence names another
        (
            "A 30% raise is fair to the machinists, the company said.",
            [("30%", "pay-raise", "machinists", None)],
        ),
        # the speaker is the only subject named: the one the set knows for raises wins
        (
            "Boeing said the offer would raise wages by 30%.",
            [("30%", "pay-raise", "machinists", None)],
        ),
        # no subject named at all: the metric's only known subject
        ("About 33,000 walked out.", [("33,000", "strikers", "machinists", None)]),
    ],
)
def test_subject_with_the_reference_set(story, text, expected):
    assert read(story, text) == expected


def test_without_the_reference_set_the_nearest_cue(story):
    # ("Boeing's offer of a 30% raise" would make Boeing its speaker, whose name is no subject
    # when the sentence names another: an owner that speaks for nothing here)
    text = "Boeing's package of a 30% raise remains, calling its machinists well paid."
    assert read(story, text, with_refs=False) == [("30%", "pay-raise", "company", None)]


@pytest.mark.parametrize(
    "text, change",
    [
        ("The machinists were offered a 30% raise.", None),  # the raise is the metric
        ("Boeing would raise wages by 30% for machinists.", None),
        ("Machinists' deaths rose by 30 last year.", "up"),  # a change of deaths, not a level
    ],
)
def test_a_change_word_that_is_the_metric(story, text, change):
    [(_, _, _, found)] = read(story, text)
    assert found == change


@pytest.mark.parametrize(
    "text, subject",
    [
        ("About 300 Spirit and Boeing machinists walked out.", None),  # of both: neither alone
        ("About 300 Boeing machinists walked out.", "machinists"),
    ],
)
def test_a_mix_of_subjects_is_no_one_subject(story, text, subject):
    [(_, _, found, _)] = read(story, text)
    assert found == subject


def test_a_cue_after_and_names_the_next_figure(story):
    """'put the national turnout at 3.5 million and the Paris crowd at 800,000': Paris is the
    800,000's, not the 3.5 million's."""
    from checker.reading import subjects

    lexicon, _ = story
    text = "The union put the total at 3.5 million and the machinists at 800,000."
    cues = subjects.cues(text, lexicon)
    first_end, second = text.index(" and"), text.index("800,000")
    assert [c.subject for c in cues] == ["machinists"]
    assert subjects.own_cues(text, cues, first_end, second, lexicon) == []
    assert subjects.own_cues(text, cues, len(text) - 1, None, lexicon) == cues


@pytest.mark.parametrize(
    "text, expected",
    [
        # the figure before's cue gives way to the figure's own cue right after it
        (
            "Zelensky put the dead at 300 for North Korea and 4,000 among Ukrainian troops.",
            ["north-korean-troops", "ukrainian-soldiers"],
        ),
        # ...but a cue the two figures share is kept
        (
            "Zelensky said more than 46,000 Ukrainian soldiers had been killed and about 380,000 "
            "wounded.",
            ["ukrainian-soldiers", "ukrainian-soldiers"],
        ),
    ],
)
def test_a_cue_before_and_names_the_figure_before(lexicon, text, expected):
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 2, 27))
    assert [c.subject for c in extract(doc, lexicon, "north-korean-troops")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue past a clause mark loses to one in the figure's own stretch
        (
            "North Korean losses on the Kursk front reached 300 dead, with Ukrainian troops "
            "advancing.",
            ["north-korean-troops"],
        ),
        # ...but is taken when it is the only one
        ("More than 300 were killed, all of them Ukrainian soldiers.", ["ukrainian-soldiers"]),
        # ...unless it is past ', and' and a speech verb: a new statement
        (
            "The NIS put the toll at 300 dead, and warned that Ukrainian soldiers were next.",
            ["russian-troops"],
        ),
        ("The NIS put the toll at 300 dead, and Ukrainian soldiers too.", ["ukrainian-soldiers"]),
    ],
)
def test_a_cue_in_the_figure_s_own_clause_wins(lexicon, text, expected):
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 2, 27))
    assert [c.subject for c in extract(doc, lexicon, "russian-troops")] == expected


def test_a_cue_past_a_later_figure_and_a_joiner_names_the_figure_after_it(lexicon):
    """'accounted for 1,684 of the 2,946 deaths and Taroudant for 980': Taroudant is the 980's,
    not the 1,684's (the 2,946 stands between them)."""
    text = (
        "Zelensky said North Korean troops, most of them sent in the autumn, accounted for 300 of "
        "the 4,000 deaths and Ukrainian soldiers for 1,000."
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 2, 27))
    claims = extract(doc, lexicon, "russian-troops")
    assert [(c.text, c.subject) for c in claims][0] == ("300", "north-korean-troops")
    assert [(c.text, c.subject) for c in claims][2] == ("1,000", "ukrainian-soldiers")


_PROVINCES = (
    "subject: country\nsources: {ministry: {name: the ministry}}\nfacts:\n"
    "  - {id: a, metric: killed, value: 2012, source: ministry, as_of: 2023-09-09}\n"
    "  - {id: b, metric: killed, value: 976, subject: taroudant, source: ministry, "
    "as_of: 2023-09-09}\n"
)
_PROVINCES_PACK = (
    "metrics:\n  killed:\n    cues: [dead, killed]\n"
    "subjects:\n  country:\n    cues: [Morocco]\n  haouz:\n    cues: [Al Haouz]\n"
    "  taroudant:\n    cues: [Taroudant]\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue just past the next figure, which is joined on to this one, is the next one's;
        # the story's subject, though the sentence names another, is then a guess
        (
            "The ministry listed 1,604 dead there and 976 in the neighbouring province of "
            "Taroudant.",
            [("1,604", "country", "guess"), ("976", "taroudant", "cue")],
        ),
        # ...and certain when the sentence names no other
        ("The ministry listed 1,604 dead.", [("1,604", "country", "story")]),
        # a cue before the figure is still its own
        (
            "In Al Haouz the ministry listed 1,604 dead, and 976 in Taroudant.",
            [("1,604", "haouz", "cue"), ("976", "taroudant", "cue")],
        ),
        # a cue inside an aside that describes another is part of the description, and the
        # aside's commas are no clause mark between the cue it describes and the figure
        (
            "Taroudant, a province next to Al Haouz, accounted for 976 of the dead.",
            [("976", "taroudant", "cue")],
        ),
        # ...a longer one too when a relative word opens it
        (
            "In Taroudant, where rescuers who had driven down from the mountain villages of Al "
            "Haouz arrived first, the ministry listed 976 dead.",
            [("976", "taroudant", "cue")],
        ),
    ],
)
def test_a_cue_past_the_next_figure_joined_on_is_the_next_one_s(tmp_path, text, expected):
    result = checked(tmp_path, _PROVINCES, _PROVINCES_PACK, text, dt.date(2023, 9, 12))
    assert [(c.text, c.subject, c.subject_how) for c in result.claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure with no noun of its own, right after one of its metric, is of its people
        (
            "In Taroudant, the ministry listed 976 dead, and local officials said 1,100.",
            [("976", "taroudant", "cue"), ("1,100", "taroudant", "cue")],
        ),
        # ...not one with a word of its own after it, nor one named a total
        (
            "In Taroudant, the ministry listed 976 dead, and local officials said 1,100 died.",
            [("976", "taroudant", "cue"), ("1,100", "country", "guess")],
        ),
        (
            "In Taroudant, the ministry listed 976 dead, and officials put the total at 1,100.",
            [("976", "taroudant", "cue"), ("1,100", "country", "guess")],
        ),
        # ...a closing quote or a dash ends its clause too
        (
            'In Taroudant, the ministry listed 976 dead, and local officials said "1,100".',
            [("976", "taroudant", "cue"), ("1,100", "taroudant", "cue")],
        ),
        # ...and a total named before the figure before it is that one's
        (
            "In Taroudant, the ministry listed 976 dead in total, and local officials said 1,100.",
            [("976", "taroudant", "cue"), ("1,100", "taroudant", "cue")],
        ),
        # ...nor one with a noun of its own
        (
            "In Taroudant, the ministry listed 976 dead, and local officials said 1,100 died "
            "in Morocco.",
            [("976", "taroudant", "cue"), ("1,100", "country", "cue")],
        ),
    ],
)
def test_an_elided_figure_is_of_the_people_of_the_one_before(tmp_path, text, expected):
    result = checked(tmp_path, _PROVINCES, _PROVINCES_PACK, text, dt.date(2023, 9, 12))
    assert [(c.text, c.subject, c.subject_how) for c in result.claims] == expected


def test_a_whole_after_its_part_does_not_take_the_part_s_cue(lexicon):
    """'North Korean troops accounted for 300 of the 4,000 deaths': the 4,000 are not all North
    Korean (the story's subject is theirs); a whole before its part keeps its cue."""
    for text, expected in [
        (
            "Zelensky said North Korean troops accounted for 300 of the 4,000 deaths.",
            [("300", "north-korean-troops"), ("4,000", "russian-troops")],
        ),
        (
            "Of the 4,000 North Korean troops sent, 300 were killed, Zelensky said.",
            [("4,000", "north-korean-troops"), ("300", "north-korean-troops")],
        ),
    ]:
        doc = Document.from_text(text, "draft.txt", dt.date(2025, 2, 27))
        claims = extract(doc, lexicon, "russian-troops")
        assert [(c.text, c.subject) for c in claims] == expected


def test_a_cue_across_a_clause_mark_does_not_move_a_figure_off_its_one_subject(tmp_path):
    """'Máynez on 10.41%, with turnout of 60.92%': the reference set has turnout only for the
    electorate, and Máynez stands in another clause; a cue in the figure's own clause still wins."""
    from checker.engine import Engine

    (tmp_path / "pack.yaml").write_text(
        "metrics:\n  turnout:\n    cues: [turnout]\n  share:\n    cues: [of the vote]\n"
        "subjects:\n  voters:\n    cues: [voters]\n  maynez:\n    cues: [Máynez]\n"
    )
    (tmp_path / "refs.yaml").write_text(
        f"packs: [{tmp_path / 'pack.yaml'}]\nsubject: voters\nsources: {{ine: {{name: the INE}}}}\n"
        "facts:\n"
        "  - {id: a, metric: turnout, value: 60, unit: '%', source: ine, as_of: 2024-06-02}\n"
        "  - {id: b, metric: share, value: 10, unit: '%', subject: maynez, source: ine,"
        " as_of: 2024-06-02}\n"
    )
    refs, lexicon, problems = references.open_sets([tmp_path / "refs.yaml"])
    assert not problems
    engine = Engine(lexicon, refs)

    def subjects_in(text):
        doc = Document.from_text(text, "d.txt", dt.date(2024, 6, 5))
        return [(c.text, c.subject) for c in engine.check_document(doc).claims]

    assert subjects_in("The count had Máynez on 10.41% of the vote, with turnout of 60.92%.") == [
        ("10.41%", "maynez"),
        ("60.92%", "voters"),
    ]
    assert subjects_in("The count had turnout among Máynez supporters at 60.92%.") == [
        ("60.92%", "maynez")
    ]


def test_the_owner_of_a_speaker_s_name_is_a_subject_cue(tmp_path):
    """ "Spain's Carlos III Health Institute has put the country's toll at 11,324, making it the
    second worst-affected country in Europe": Spain's toll, not Europe's."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: europe\nsources:\n"
        "  isciii:\n    name: the Carlos III Health Institute\n"
        "    aliases: [Carlos III Health Institute]\n"
        "facts:\n  - {id: a, metric: deaths, value: 1, source: isciii, as_of: 2022-09-01}\n",
        pack="metrics:\n  deaths:\n    cues: [toll, deaths]\nsubjects:\n"
        "  europe:\n    cues: [Europe]\n  spain:\n    cues: [Spain]\n",
    )
    text = (
        "Spain's Carlos III Health Institute said the toll was 11,324, making it the second "
        "worst-affected country in Europe."
    )
    [claim] = claims_in(text, lexicon, dt.date(2022, 9, 10))
    assert (claim.subject, claim.source) == ("spain", "isciii")


def test_a_cue_beyond_the_next_figure_past_a_clause_mark_is_that_figure_s(lexicon):
    """'9.5 million tickets …, above the record of 8.3 million set at the Atlanta Games': Atlanta
    is the record's, not the 9.5 million's; a conversion in brackets is not a next figure."""
    text = (
        "Zelensky said 4,000 were killed, well above the 300 counted among Ukrainian soldiers. "
        "Kyiv paid $2 million (€1.8 million) for Ukrainian soldiers' families."
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 2, 27))
    claims = extract(doc, lexicon, "russian-troops")
    assert [(c.text, c.subject) for c in claims if c.metric] == [
        ("4,000", "russian-troops"),
        ("300", "ukrainian-soldiers"),
        ("$2 million", "ukrainian-soldiers"),
        ("€1.8 million", "ukrainian-soldiers"),  # the conversion counts what $2 million counts
    ]


@pytest.mark.parametrize(
    "preferred, expected",
    [
        (frozenset(), "providers"),  # no preference: the first the pack lists
        (frozenset({"hospitals"}), "hospitals"),  # the one with figures of the metric
        (frozenset({"providers"}), "providers"),
    ],
)
def test_a_cue_two_subjects_list_names_the_one_with_figures_of_the_metric(preferred, expected):
    """'94% of hospitals': "hospitals" is a cue of the providers and of the hospitals; the one the
    reference set has figures of for the figure's metric wins the tie."""
    from checker.reading.subjects import Cue, nearest

    text = "A survey found 94% of hospitals lost money."
    at = text.index("hospitals")
    found = [
        Cue(at, at + len("hospitals"), "providers", False),
        Cue(at, at + len("hospitals"), "hospitals", False),
    ]
    start = text.index("94%")
    assert nearest(found, start, start + 3, preferred, text) == expected


def test_a_cue_inside_the_figure_is_its_own():
    """'$600 per adult and $300 per child': the recipient inside the second figure's rate is its
    subject, not the one as near before it."""
    from checker.reading.subjects import Cue, nearest

    text = "The Red Cross is adding $600 per adult and $300 per child."
    adult, child = text.index("adult"), text.index("child")
    found = [Cue(adult, adult + 5, "adults", False), Cue(child, child + 5, "children", False)]
    start = text.index("$300")
    assert nearest(found, start, start + len("$300 per child"), frozenset(), text) == "children"


def test_a_longer_subject_cue_hides_a_shorter_one_inside_it(tmp_path):
    """'Ford workers backed theirs with 69 percent': the cue 'Ford workers' (Ford) hides the cue
    'workers' (all the Detroit Three's workers) inside it, though both end beside the figure."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: all\nsources: {uaw: {name: the union}}\nfacts:\n"
        "  - {id: a, metric: ratified, value: 64, unit: '%', source: uaw, as_of: 2023-11-17}\n"
        "  - {id: b, metric: ratified, value: 69, unit: '%', source: uaw, as_of: 2023-11-17,"
        " subject: ford}\n",
        pack="metrics:\n  ratified:\n    cues: [of the vote]\n"
        "subjects:\n  all:\n    cues: [workers, strikers]\n  ford:\n    cues: [Ford workers]\n",
    )
    text = "Ford workers backed theirs with 69 percent of the vote, the union said."
    doc = Document.from_text(text, "draft.txt", dt.date(2023, 11, 20))
    assert [(c.text, c.subject) for c in extract(doc, lexicon)] == [("69 percent", "ford")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the story's own subject, from a source that counts only one other: that one
        ("Tunisian authorities say 49 of the country's pilgrims have died.", "tunisians"),
        # a source that counts the story's subject keeps it
        ("The Saudi ministry says 1,301 pilgrims have died.", "all-pilgrims"),
        # a source that counts two subjects, none the story's: no guess
        ("Jordan says 41 pilgrims have died.", "all-pilgrims"),
        # a subject named for the figure is kept, whoever gives it
        ("Tunisian authorities say 41 Jordanians have died.", "jordanians"),
        ("Tunisian authorities say 41 pilgrims have died across the Hejaz.", "all-pilgrims"),
        # a source that counts the story's subject and another: the subject of its very figure,
        # whatever common noun the sentence has, unless a name there names the subject
        ("The Saudi ministry says 530 people have died.", "egyptians"),
        ("The Saudi ministry says 530 pilgrims have died.", "egyptians"),
        ("The Saudi ministry says 600 pilgrims have died.", "all-pilgrims"),
        ("The Saudi ministry says 530 pilgrims have died across the Hejaz.", "all-pilgrims"),
    ],
)
def test_the_story_s_subject_from_a_source_that_counts_another_is_that_one(
    tmp_path, text, expected
):
    lexicon = lexicon_of(
        tmp_path,
        "subject: all-pilgrims\nsources:\n"
        "  saudi: {name: the Saudi ministry}\n"
        "  tunisia: {name: Tunisian authorities}\n"
        "  jordan: {name: Jordan}\nfacts:\n"
        "  - {id: a, metric: killed, value: 1301, source: saudi, as_of: 2024-06-23}\n"
        "  - {id: b, metric: killed, value: 49, source: tunisia, as_of: 2024-06-21,"
        " subject: tunisians}\n"
        "  - {id: c, metric: killed, value: 41, source: jordan, as_of: 2024-06-21,"
        " subject: jordanians}\n"
        "  - {id: d, metric: killed, value: 2, source: jordan, as_of: 2024-06-21,"
        " subject: tunisians}\n"
        "  - {id: e, metric: killed, value: 530, source: saudi, as_of: 2024-06-20,"
        " subject: egyptians}\n",
        pack="metrics:\n  killed:\n    cues: [died]\n"
        "subjects:\n  all-pilgrims:\n    cues: [pilgrims, Hejaz]\n"
        "  tunisians:\n    cues: [Tunisians]\n  egyptians:\n    cues: [Egyptians]\n"
        "  jordanians:\n    cues: [Jordanians]\n",
    )
    refs, _, problems = references.open_sets([tmp_path / "refs.yaml"])
    doc = Document.from_text(text, "draft.txt", dt.date(2024, 6, 24))
    claims = extract(doc, lexicon, None, known_from(refs))
    assert [c.subject for c in claims] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue after "most of them" names a part of the figure, not the figure
        (
            "The department counted 48 cases on Feb. 11, most of them in Gaines County.",
            [("48", "outbreak")],
        ),
        # ..."all of them", "every one of them" is the whole
        (
            "The department counted 48 cases on Feb. 11, every one of them in Gaines County.",
            [("48", "gaines")],
        ),
        # ...but the figure right before "of them" is that part
        (
            "The department counted 762 cases, 414 of them in Gaines County.",
            [("762", "outbreak"), ("414", "gaines")],
        ),
        # ... and so does one after ", including" with no figure: those included are a part
        (
            "The department counted 762 cases, including some in Gaines County.",
            [("762", "outbreak")],
        ),
        # a cue after "including" and a figure names that part, neither a later figure nor the
        # topic of the next sentence
        (
            "The department counted 762 cases, including 414 in Gaines County, before it revised "
            "the count to 700. The state's count stands at 790 cases.",
            [("762", "outbreak"), ("414", "gaines"), ("700", "outbreak"), ("790", "outbreak")],
        ),
    ],
)
def test_a_cue_after_of_them_names_a_part(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: outbreak\nsources: {dshs: {name: the department}}\nfacts:\n"
        "  - {id: a, metric: cases, value: 762, source: dshs, as_of: 2025-07-22}\n"
        "  - {id: b, metric: cases, value: 414, source: dshs, as_of: 2025-07-22,"
        " subject: gaines}\n",
        pack="metrics:\n  cases:\n    cues: [cases]\n"
        "subjects:\n  outbreak:\n    cues: [outbreak]\n  gaines:\n    cues: [Gaines County]\n",
    )
    refs, _, _ = references.open_sets([tmp_path / "refs.yaml"])
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 7, 23))
    assert [(c.text, c.subject) for c in extract(doc, lexicon, None, known_from(refs))] == expected


_SITES = (
    "subject: company\nsources: {commerce: {name: the Commerce Department}}\nfacts:\n"
    "  - {id: g, metric: grant, value: 8500000000, unit: USD, source: commerce, as_of: 2024-03}\n"
)
_SITES_PACK = (
    "metrics:\n  grant:\n    cues: [grants]\n    units: [USD]\n"
    "subjects:\n  company:\n    cues: [Intel]\n  arizona:\n    cues: [Arizona]\n"
    "  oregon:\n    cues: [Oregon]\n"
)


@pytest.mark.parametrize(
    "places, subject",
    [
        # a list of places is not its first place alone: the one subject the set knows grants of
        ("Arizona, New Mexico, Ohio and Oregon", "company"),
        ("Arizona and Oregon", "company"),
        ("Arizona, Ohio, or Oregon", "company"),
        ("Arizona, Oregon and New Mexico", "company"),  # two cues, then the list goes on
        ("Arizona, Oregon, Ohio and New Mexico", "company"),
        ("Arizona, Oregon", "arizona"),  # no joiner: no list
        # one place named: that place's
        ("Arizona", "arizona"),
        ("Arizona, while Oregon waits", "arizona"),  # not a list
    ],
)
def test_a_list_of_places_is_not_its_first_place(tmp_path, places, subject):
    lexicon = lexicon_of(tmp_path, _SITES, pack=_SITES_PACK)
    known = known_from(references.open_sets([tmp_path / "refs.yaml"])[0])
    text = f"The department is giving up to $8.5 billion in grants for factories in {places}."
    doc = Document.from_text(text, "draft.txt", dt.date(2024, 12, 10))
    [claim] = extract(doc, lexicon, None, known)
    assert (claim.metric, claim.subject) == ("grant", subject)


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number inside a subject's cue names the subject, it counts nothing
        (
            "Verisk said insured losses from the two fires would come to $35 billion.",
            [("$35 billion", "losses")],
        ),
        # ... but outside one it is a figure
        (
            "Verisk said two fires caused $35 billion in losses.",
            [("two", None), ("$35 billion", "losses")],
        ),
    ],
)
def test_a_number_in_a_subject_s_cue_is_no_figure(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: county\nsources: {verisk: {name: Verisk}}\nfacts:\n"
        "  - {id: a, metric: losses, value: 30000000000, unit: USD, source: verisk}\n",
        pack="metrics:\n  losses:\n    cues: [insured losses, losses]\n"
        "subjects:\n  county:\n    cues: [the two fires, Los Angeles County]\n",
    )
    claims = claims_in(text, lexicon, dt.date(2025, 1, 30))
    assert [(c.text, c.metric) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part, and a figure gapped after it, take their metric from the figure before and
        # their subject from their own clause
        (
            "The coroner had confirmed 24 deaths in Los Angeles County. Sixteen of them were in "
            "the Eaton Fire and eight in the Palisades Fire, the office said.",
            [("24", "county"), ("Sixteen", "eaton"), ("eight", "palisades")],
        ),
        # a clause naming nothing keeps the whole's subject
        (
            "The coroner had confirmed 24 deaths in Los Angeles County. Sixteen of them were "
            "found on Sunday.",
            [("24", "county"), ("Sixteen", "county")],
        ),
        # ... nor does the next sentence's subject count
        (
            "The coroner had confirmed 24 deaths in Los Angeles County. Sixteen of them were "
            "found. The Eaton Fire still burns.",
            [("24", "county"), ("Sixteen", "county")],
        ),
    ],
)
def test_a_part_takes_the_subject_its_own_clause_names(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: county\nsources: {coroner: {name: the coroner}}\nfacts: []\n",
        pack="metrics:\n  killed:\n    cues: [deaths, killed]\n"
        "subjects:\n  county:\n    cues: [Los Angeles County]\n"
        "  eaton:\n    cues: [Eaton Fire]\n  palisades:\n    cues: [Palisades Fire]\n",
    )
    claims = claims_in(text, lexicon, dt.date(2025, 1, 13))
    assert [(c.text, c.subject) for c in claims] == expected


@pytest.mark.parametrize(
    "first, carried",
    [
        # the place names a part: the next sentence's count is not that place's
        ("The department counted 48 cases on Feb. 11, most of them in Gaines County.", None),
        # the place is the sentence's topic: it carries to the next sentence
        ("The department counted 48 cases in Gaines County on Feb. 11.", "gaines"),
    ],
)
def test_a_place_naming_a_part_is_not_the_topic_carried(tmp_path, first, carried):
    lexicon = lexicon_of(
        tmp_path,
        "subject: outbreak\nsources: {dshs: {name: the department}}\nfacts: []\n",
        pack="metrics:\n  cases:\n    cues: [cases, tally]\n"
        "subjects:\n  outbreak:\n    cues: [West Texas]\n  gaines:\n    cues: [Gaines County]\n",
    )
    claims = claims_in(
        f"{first} By Feb. 28, its tally had reached 146.", lexicon, dt.date(2025, 3, 1)
    )
    assert [c.subject for c in claims if c.text == "146"] == [carried]


@pytest.mark.parametrize(
    "second, expected",
    [
        # a precise figure the set has only of the story's subject is not the place's named before
        ("On Nov. 15, the council's count reached 5,209.", ("5,209", "country", "guess")),
        # ...one the set has of that place too keeps the place carried
        ("On Nov. 15, the council's count reached 4,112.", ("4,112", "leyte", "carried")),
        # ...and a figure the set does not have at all, or a round one, keeps it as before
        ("On Nov. 15, the council's count reached 5,213.", ("5,213", "leyte", "carried")),
        ("On Nov. 15, the council's count reached 5,000.", ("5,000", "leyte", "carried")),
    ],
)
def test_a_precise_figure_the_set_has_of_others_only_is_not_the_subject_carried(
    tmp_path, second, expected
):
    lexicon_of(
        tmp_path,
        "subject: country\nsources: {council: {name: the council}}\nfacts:\n"
        "  - {id: a, metric: killed, value: 5209, source: council, as_of: 2013-11-22}\n"
        "  - {id: b, metric: killed, subject: leyte, value: 4112, source: council,"
        " as_of: 2013-11-22}\n"
        "  - {id: d, metric: killed, value: 5000, source: council, as_of: 2013-11-12}\n",
        pack="metrics:\n  killed:\n    cues: [died, count]\n"
        "subjects:\n  country:\n    cues: [the Philippines]\n  leyte:\n    cues: [Leyte]\n",
    )
    text = f"The police said about 10,000 people had died in Leyte. {second}"
    claims = claims_known(tmp_path / "refs.yaml", text, dt.date(2013, 11, 30))
    assert [(c.text, c.subject, c.subject_how) for c in claims][1:] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the noun the figure before counts is that figure's; "people" are no one in particular
        (
            "The minister said 48 police officers had been hurt and that 22 people had sought "
            "medical help.",
            [("48", "police"), ("22", "protesters")],
        ),
        # ...but a cue elsewhere in the sentence is still the sentence's (50: not the ministry's
        # 48 police officers, which it would be read as, being its very figure)
        (
            "The minister said 50 people had been hurt at the rally and that 22 people had "
            "sought medical help.",
            [("50", "protesters"), ("22", "protesters")],
        ),
    ],
)
def test_people_after_a_figure_take_no_noun_of_the_figure_before(tmp_path, text, expected):
    result = checked(
        tmp_path,
        "subject: protesters\nsources: {mi: {name: the Interior Ministry, aliases: [the "
        "minister]}}\nfacts:\n"
        "  - {id: a, metric: injured, value: 48, subject: police, source: mi, as_of: 2025-06-29}\n"
        "  - {id: b, metric: injured, value: 22, source: mi, as_of: 2025-06-29}\n",
        "metrics:\n  injured:\n    cues: [hurt, sought medical help]\n"
        "subjects:\n  protesters:\n    cues: [protesters, rally]\n"
        "  police:\n    cues: [police officers]\n",
        text,
        dt.date(2025, 6, 30),
    )
    assert [(c.text, c.subject) for c in result.claims] == expected


_COLLAPSE = "The rally began after the canopy at the station collapsed on Nov. 1. "


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure joined to the one before by "and" or a comma, naming no one, counts the same
        # people (the sentence before names two subjects, so neither is carried)
        (
            "The minister said the next day that 14 people had been killed and three seriously "
            "hurt.",
            [("14", "victims"), ("three", "victims")],
        ),
        (
            "The minister said the next day that 14 people had been killed, three seriously hurt.",
            [("14", "victims"), ("three", "victims")],
        ),
        # ...but "people" are no one in particular
        (
            "The minister said the next day that 14 people had been killed and 11 people hurt.",
            [("14", "victims"), ("11", "protesters")],
        ),
    ],
)
def test_a_figure_joined_to_the_one_before_counts_the_same_people(tmp_path, text, expected):
    result = checked(
        tmp_path,
        "subject: protesters\nsources: {mi: {name: the Interior Ministry, aliases: [the "
        "minister]}}\nfacts:\n"
        "  - {id: a, metric: killed, value: 14, subject: victims, source: mi, as_of: 2024-11-02}\n"
        "  - {id: b, metric: injured, value: 22, source: mi, as_of: 2025-06-29}\n"
        "  - {id: c, metric: injured, value: 3, subject: victims, source: mi, as_of: 2024-11-02}\n",
        "metrics:\n  injured:\n    cues: [hurt]\n  killed:\n    cues: [killed]\n"
        "subjects:\n  protesters:\n    cues: [protesters, rally]\n"
        "  victims:\n    cues: [station]\n",
        _COLLAPSE + text,
        dt.date(2025, 6, 30),
    )
    assert [(c.text, c.subject) for c in result.claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cities between dashes describe the cue before them; they do not name the figure
        (
            "Across the three Bay Area cities - Mountain View, Palo Alto and San Bruno - the "
            "company plans to eliminate 1,608 roles.",
            "bay-area",
        ),
        # with no other subject's cue before it, a cue between dashes still names the figure
        ("The company - in Mountain View - plans to eliminate 1,436 roles.", "mountain-view"),
        # a figure between the dashes is no aside
        (
            "Across the Bay Area - 1,436 in Mountain View alone - the company cut 1,608 roles.",
            "mountain-view",
        ),
    ],
)
def test_a_cue_between_dashes_describes_the_cue_before(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: bay-area\nsources: {edd: {name: the EDD}}\nfacts:\n"
        "  - {id: a, metric: cuts, value: 1608, source: edd, as_of: 2023-01-20}\n",
        pack="metrics:\n  cuts:\n    cues: [roles]\n"
        "subjects:\n  bay-area:\n    cues: [Bay Area, three Bay Area cities]\n"
        "  mountain-view:\n    cues: [Mountain View]\n",
    )
    found = claims_in(text, lexicon, dt.date(2023, 1, 24))
    assert [c.subject for c in found if c.text.startswith("1,608") or c.text == "1,436"][-1] == (
        expected
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue past "when", "after" and the like, after the figure, names the circumstances
        ("More than 513,000 people lost power when the storm hit.", "guerrero"),
        ("More than 513,000 people lost power in the storm.", "otis"),
        ("The storm left more than 513,000 people without power.", "otis"),
    ],
)
def test_a_cue_in_a_clause_of_circumstance_does_not_name_the_figure(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: guerrero\nsources: {gro: {name: the state government}}\nfacts:\n"
        "  - {id: a, metric: power, value: 513000, source: gro, as_of: 2023-10-28}\n"
        # (a figure of the storm's too: else a storm the reference set has no figure of caused
        # what the figure counts, `test_an_event_caused_what_a_figure_counts`)
        "  - {id: b, metric: power, value: 20000, subject: otis, source: gro, as_of: 2023-10-28}\n",
        pack="metrics:\n  power:\n    cues: [lost power, without power]\n"
        "subjects:\n  guerrero:\n    cues: [Guerrero]\n  otis:\n    cues: [the storm]\n",
    )
    refs, _, _ = references.open_sets([tmp_path / "refs.yaml"])
    doc = Document.from_text(text, "draft.txt", dt.date(2023, 10, 30))
    [claim] = extract(doc, lexicon, None, known_from(refs))
    assert claim.subject == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "elsewhere" and the like: those not named before the figure, so none of the pack's
        ("It employs 122,000 people in the United States and 99,000 elsewhere.", None),
        ("It employs 122,000 people in the United States and 99,000 abroad.", None),
        ("Of its staff, 99,000 work elsewhere.", None),
        # ...unless a cue of its own follows
        ("It employs 122,000 in the United States and 99,000 elsewhere in Europe.", "europe"),
        # without it, the figure shares the cue before it
        ("It employs 122,000 people in the United States and 99,000 in Ohio.", "ohio"),
        ("It employs 99,000 people in the United States.", "us"),
    ],
)
def test_a_figure_of_those_elsewhere_takes_no_subject_named_before(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: world\nsources: {co: {name: the company}}\nfacts:\n"
        "  - {id: a, metric: staff, value: 221000, source: co, as_of: 2022-06-30}\n"
        "  - {id: b, metric: staff, value: 122000, subject: us, source: co, as_of: 2022-06-30}\n",
        pack="metrics:\n  staff:\n    cues: [employs, work]\n"
        "subjects:\n  world:\n    cues: [worldwide]\n  us:\n    cues: [United States]\n"
        "  europe:\n    cues: [Europe]\n  ohio:\n    cues: [Ohio]\n",
    )
    found = {c.text: c.subject for c in claims_in(text, lexicon, dt.date(2023, 1, 20))}
    assert found["99,000"] == expected


def test_a_cue_before_a_new_statement_does_not_name_its_figure():
    """'Another body was found near Lefkimi, between Alexandroupolis and Dadia, and the service now
    gives the toll as 21': the places are where the body was found; the toll is the country's."""
    text = (
        "Counting those deaths, the Hellenic Fire Service put the toll from the August fires "
        "across Greece at 20 that evening. Another body was found on Aug. 24 near Lefkimi, "
        "between Alexandroupolis and Dadia, and the service now gives the toll as 21."
    )
    found = {c.text: c.subject for c in story_claims(_GREECE, text, dt.date(2023, 8, 25))}
    assert found["21"] == "greece"
    # ... while a place in the statement's own clause names its figure
    text = "Near Lefkimi, between Alexandroupolis and Dadia, the service counted 18 bodies."
    found = {c.text: c.subject for c in story_claims(_GREECE, text, dt.date(2023, 8, 25))}
    assert found["18"] == "evros"


_GREECE = "greece-wildfires-2023"


def test_an_owner_right_before_the_next_figure_owns_that_one(tmp_path):
    """'Massa topped the field with 36.68% to Milei's 29.98%': Milei's is the 29.98%'s owner."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: massa\nsources: {dine: {name: the directorate}}\nfacts:\n"
        "  - {id: a, metric: share, value: 36.68, unit: '%', source: dine, as_of: 2023-10-22}\n",
        pack="metrics:\n  share:\n    cues: [of the vote]\n    units: ['%']\n"
        "subjects:\n  massa:\n    cues: [Massa]\n  milei:\n    cues: [Milei]\n",
    )
    text = "Massa topped the field with 36.68% to Milei's 29.98%."
    found = claims_in(text, lexicon, dt.date(2023, 11, 20))
    assert [(c.text, c.subject) for c in found] == [("36.68%", "massa"), ("29.98%", "milei")]
    # ... not an owner after the next figure
    text = "Massa took 36.68% of the vote and 29.98% went to Milei's bloc."
    found = claims_in(text, lexicon, dt.date(2023, 11, 20))
    assert [(c.text, c.subject) for c in found][0] == ("36.68%", "massa")


def test_a_part_keeps_its_whole_s_subject_over_its_speaker_s(tmp_path):
    """'the WHO said 63 cases had been recorded, including 29 deaths': the WHO gives deaths of
    health workers only, but these deaths are among the 63 cases of the whole outbreak."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: uganda\nsources: {who: {name: the WHO, aliases: [WHO]}, moh: {name: the"
        " ministry}}\nfacts:\n"
        "  - {id: a, metric: deaths, value: 4, subject: health-workers, source: who,"
        " as_of: 2022-10-05}\n"
        "  - {id: b, metric: deaths, value: 19, source: moh, as_of: 2022-10-15}\n",
        pack="metrics:\n  deaths:\n    cues: [deaths]\n  cases:\n    cues: [cases]\n"
        "subjects:\n  uganda:\n    cues: [Uganda]\n  health-workers:\n    cues: [health workers]\n",
    )
    refs, _, _ = references.open_sets([tmp_path / "refs.yaml"])
    text = "The WHO said 63 cases had been recorded, including 29 deaths."
    doc = Document.from_text(text, "draft.txt", dt.date(2022, 10, 10))
    found = {c.text: c.subject for c in extract(doc, lexicon, None, known_from(refs))}
    assert found["29"] == "uganda"


@pytest.mark.parametrize(
    "text, expected",
    [
        # places listed together are the figure's as a whole: another cue, not in a list, names it
        ("In Washington state, the round cost 2,300 jobs at offices in Seattle and Bellevue.",
         "washington"),
        # ... one place alone still does
        ("In Washington state, the round cost 1,852 jobs at offices in Seattle.", "seattle"),
        # ... and a cue after the figure, in another clause, does not take it: with no cue but
        # the places listed, no one of them alone names it, and the story's subject does
        ("The round cost 2,300 jobs at offices in Seattle and Bellevue, far from Washington state.",
         "company"),
        ("Amazon, whose staff work in Seattle and Bellevue, cut 2,300 jobs.", "company"),
    ],
)  # fmt: skip
def test_a_cue_not_in_a_list_names_a_figure_of_the_places_listed(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: company\nsources: {esd: {name: the ESD}}\nfacts:\n"
        "  - {id: a, metric: cuts, value: 2300, subject: washington, source: esd,"
        " as_of: 2023-01-18}\n"
        "  - {id: b, metric: cuts, value: 1852, subject: seattle, source: esd,"
        " as_of: 2023-01-18}\n",
        pack="metrics:\n  cuts:\n    cues: [jobs]\nsubjects:\n  company:\n    cues: [Amazon]\n"
        "  washington:\n    cues: [Washington state]\n  seattle:\n    cues: [Seattle]\n"
        "  bellevue:\n    cues: [Bellevue]\n",
    )
    refs, _, _ = references.open_sets([tmp_path / "refs.yaml"])
    doc = Document.from_text(text, "draft.txt", dt.date(2023, 4, 28))
    [claim] = extract(doc, lexicon, None, known_from(refs))
    assert claim.subject == expected


@pytest.mark.parametrize(
    "text",
    [
        "The commission gave him 80.10% against 10.12% for his main challenger, Sviatlana "
        "Tsikhanouskaya.",
        "The commission gave him 80.10% against 10.12% for Tsikhanouskaya.",
    ],
)
def test_a_cue_led_by_for_after_the_next_figure_is_that_figure_s(tmp_path, text):
    """A cue a few words after "for" right after a figure is that figure's, not the one before:
    that one reads no subject from it (at most a guess)."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: voters\nsources:\n  cec:\n    name: the Central Election Commission\n"
        "    aliases: [the commission]\n"
        "facts:\n  - {id: a, metric: share, value: 80.1, unit: '%', source: cec, "
        "as_of: 2020-08-14}\n",
        pack="metrics:\n  share:\n    cues: [vote]\n    units: ['%']\n"
        "subjects:\n  voters:\n    cues: [voters]\n  lukashenko:\n    cues: [Lukashenko]\n"
        "  tsikhanouskaya:\n    cues: [Sviatlana Tsikhanouskaya, Tsikhanouskaya]\n",
    )
    first, second = claims_in(text, lexicon, dt.date(2020, 8, 20))
    assert (second.text, second.subject, second.subject_how) == ("10.12%", "tsikhanouskaya", "cue")
    assert first.text == "80.10%" and first.subject_how != "cue"


@pytest.mark.parametrize(
    "text, how",
    [
        ("At least 36 people were killed there, the police said.", "guess"),
        ("At least 36 people were killed, the police said.", "story"),
    ],
)
def test_a_figure_about_a_place_named_before_is_only_guessed_the_story_s(text, how):
    """'killed there': the place is one named before, so the story's subject is only a guess."""
    [claim] = story_claims("nepal-floods-2024", text, dt.date(2024, 9, 30))
    assert (claim.subject, claim.subject_how) == ("nepal", how)


@pytest.mark.parametrize(
    "text, how",
    [
        # the sentence before, in the paragraph, names another subject of the pack
        (
            "The Kathmandu valley was hit hardest. At least 36 people were killed, police said.",
            "guess",
        ),
        # ...not when it names none, nor when it is another paragraph's
        ("The rains kept falling. At least 36 people were killed, police said.", "story"),
        (
            "The Kathmandu valley was hit hardest.\n\nAt least 36 people were killed, police said.",
            "story",
        ),
    ],
)
def test_a_figure_after_a_sentence_naming_another_subject_is_only_guessed_the_story_s(text, how):
    """'A referendum held alongside the election ... Only 40.91% of those eligible took part': the
    story's subject, right after a sentence about another, is only a guess."""
    claim = story_claims("nepal-floods-2024", text, dt.date(2024, 9, 30))[-1]
    assert (claim.subject, claim.subject_how) == ("nepal", how)


_STAKES = (
    "subject: airline\nsources: {fin: {name: the finance ministry, aliases: [finance ministry]}}\n"
    "facts:\n"
    "  - {id: a, metric: stake, value: 40, unit: '%', source: fin, subject: state,"
    " as_of: 2031-06-01}\n"
    "  - {id: b, metric: stake, value: 10, unit: '%', source: fin, subject: unions,"
    " as_of: 2031-06-01}\n"
)
_STAKES_PACK = (
    "metrics:\n  stake:\n    cues: [own, stake]\n"
    "subjects:\n  airline:\n    cues: [new airline, the carrier]\n"
    "  state:\n    cues: [government]\n  pilots:\n    cues: [pilots]\n"
    "  unions:\n    cues: [unions]\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject the reference set has stakes of wins over a nearer one it has none of
        (
            "The government will own 40 percent of the new airline, the finance ministry said.",
            "state",
        ),
        # ...and with no such subject named, the nearest
        (
            "Its pilots will own 10 percent of the new airline, the finance ministry said.",
            "airline",
        ),
        # ...but not across a clause mark
        (
            "The government is selling, and the new airline will own 5 percent, the finance "
            "ministry said.",
            "airline",
        ),
    ],
)
def test_a_subject_the_reference_set_has_figures_of_wins_in_its_clause(tmp_path, text, expected):
    result = checked(tmp_path, _STAKES, _STAKES_PACK, text, dt.date(2031, 6, 2))
    assert [c.subject for c in result.claims if c.unit == "%"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the owner of the whole after "of the" gives way to the part's own owner after it
        ("The tally gave 206 of the coalition's seats to the SPD.", "spd"),
        ("Of the 416, 206 of the coalition's seats belong to the SPD.", "spd"),
        # ... with no other cue in the figure's clause, the owner is the figure's
        ("The tally counted 206 of the coalition's seats.", "coalition"),
        ("The tally counted 206 of the coalition's seats; the SPD was pleased.", "coalition"),
        # ...nor a cue far on in it ("700 of Minneapolis's buildings were damaged in unrest that
        # spread across the nation")
        (
            "The tally gave 206 of the coalition's seats to parties that had campaigned hard "
            "against the SPD.",
            "coalition",
        ),
    ],
)
def test_the_owner_of_a_part_s_whole_gives_way_to_the_part_s_own(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: germany\nsources: {officer: {name: the returning officer}}\nfacts:\n"
        "  - {id: a, metric: seats, value: 416, subject: coalition, source: officer,"
        " as_of: 2021-09-27}\n"
        "  - {id: b, metric: seats, value: 206, subject: spd, source: officer,"
        " as_of: 2021-09-27}\n",
        pack="metrics:\n  seats:\n    cues: [seats]\n"
        "subjects:\n  coalition:\n    cues: [coalition]\n  spd:\n    cues: [SPD]\n"
        "  germany:\n    cues: [Germany]\n",
    )
    refs, _, _ = references.open_sets([tmp_path / "refs.yaml"])
    doc = Document.from_text(text, "draft.txt", dt.date(2021, 12, 8))
    found = {c.text: c.subject for c in extract(doc, lexicon, None, known_from(refs))}
    assert found["206"] == expected


@pytest.mark.parametrize(
    "text, subject",
    [
        # the doer of what the figure counts is not whose it is, when the reference set has the
        # metric's figures of one other subject only
        ("The ministry said police had shut about 400 polling stations.", "region"),
        ("The ministry said police closed about 400 polling stations.", "region"),
        # ...but the figure's own subject cue still is ("400 police stations" would be theirs)
        ("The ministry said about 400 police were hurt.", "police"),
    ],
)
def test_the_doer_of_what_a_figure_counts_is_not_its_subject(tmp_path, text, subject):
    from tests.reading.lexicons import claims_known

    lexicon_of(
        tmp_path,
        "subject: region\nsources: {moi: {name: the ministry, aliases: [ministry]}}\nfacts:\n"
        "  - {id: a, metric: stations-closed, value: 92, source: moi, as_of: 2017-10-02}\n"
        "  - {id: b, metric: hurt, value: 431, source: moi, subject: police, as_of: 2017-10-02}\n",
        pack=(
            "metrics:\n  stations-closed:\n    cues: [polling stations]\n"
            "  hurt:\n    cues: [hurt]\n"
            "subjects:\n  region:\n    cues: [Catalonia]\n  police:\n    cues: [police]\n"
        ),
    )
    claims = claims_known(tmp_path / "refs.yaml", text, dt.date(2017, 10, 3))
    assert [c.subject for c in claims] == [subject]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the cue before the figure before names that one, the other side
        ("ANKA gave Erdogan 49.02% against 45.2% for his rival.", [("a", "cue"), ("a", "guess")]),
        ("ANKA gave Erdogan 49.02% against 45.2% for Kilicdaroglu.", [("a", "cue"), ("b", "cue")]),
        # ...not when more than the word of comparison stands between
        ("ANKA gave Erdogan 49.02%, and later 45.2%.", [("a", "cue"), ("a", "cue")]),
        # ...nor in one side's change from one figure to another
        ("ANKA moved Erdogan from 45.2% to 49.02%.", [("a", "cue"), ("a", "cue")]),
    ],
)
def test_a_figure_against_another_is_the_other_sides(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: a\nsources: {anka: {name: ANKA}}\nfacts: []\n",
        pack="metrics:\n  share:\n    cues: [gave]\n    units: ['%']\n"
        "subjects:\n  a:\n    cues: [Erdogan]\n  b:\n    cues: [Kilicdaroglu]\n",
    )
    claims = claims_in(text, lexicon, dt.date(2023, 5, 15))
    assert [(c.subject, c.subject_how) for c in claims] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # places the story's subject holds, when the set has the figure only of that subject
        (
            "The Red Cross said 13,000 houses on Abaco and Grand Bahama were damaged.",
            ("b", "guess"),
        ),
        # ...not when the sentence names the story's subject among them
        ("The Red Cross said 13,000 Bahamian and Abaco houses were damaged.", (None, "mixed")),
    ],
)
def test_figures_of_several_places_the_set_knows_only_as_a_whole(tmp_path, text, expected):
    from tests.reading.lexicons import claims_known, lexicon_of

    lexicon_of(
        tmp_path,
        "subject: b\nsources: {ifrc: {name: the IFRC, aliases: [Red Cross]}}\n"
        "facts:\n  - {id: a, metric: houses, value: 13000, source: ifrc, as_of: 2019-09-03}\n",
        pack="metrics:\n  houses:\n    cues: [houses]\n"
        "subjects:\n  b:\n    cues: [Bahamas, Bahamian]\n  abaco:\n    cues: [Abaco]\n"
        "  gb:\n    cues: [Grand Bahama]\n",
    )
    [claim] = claims_known(tmp_path / "refs.yaml", text, dt.date(2019, 9, 14))
    assert (claim.subject, claim.subject_how) == expected


_RERUN = (
    "subject: electorate\nsources:\n  tse: {name: the tribunal, aliases: [the tribunal]}\nfacts:\n"
    "  - {id: a, metric: share, subject: morales, value: 47.08, unit: '%', source: tse, "
    "as_of: 2019-10-25}\n"
    "  - {id: b, metric: share, subject: arce, value: 55.11, unit: '%', source: tse, "
    "as_of: 2020-10-23}\n"
)
_RERUN_PACK = (
    "metrics:\n  share:\n    cues: [of the vote]\n    units: ['%']\n"
    "subjects:\n  morales:\n    cues: [Morales]\n  arce:\n    cues: [Arce]\n"
    "  electorate:\n    cues: [voters]\n"
)


@pytest.mark.parametrize(
    "text, subject",
    [
        # an aside opened by an owner's name describes the name before it
        ("Arce, Morales' former economy minister, won 55.11% of the vote.", "arce"),
        ("Arce, Morales's former economy minister, won 55.11% of the vote.", "arce"),
        ("Arce, a former minister under Morales, won 55.11% of the vote.", "arce"),
        # ...not a name of its own that opens the clause of the figure
        ("Arce's rival, Morales, won 47.08% of the vote.", "morales"),
        # ...nor an owner opening a clause after a phrase that names another
        ("Unlike Morales, Arce's campaign avoided a runoff, winning 55.11% of the vote.", "arce"),
    ],
)
def test_a_name_in_an_aside_describing_another_is_not_the_figures(tmp_path, text, subject):
    result = checked(tmp_path, _RERUN, _RERUN_PACK, text, dt.date(2020, 11, 1))
    assert [c.subject for c in result.claims] == [subject]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "stands at" right before the figure is a verb, not the crowd's stands
        ("The government's toll stands at 65 dead.", "victims"),
        ("The official toll stands at about 56.", "victims"),
        ("The toll stands at nearly 140, the rights group said.", "victims"),
        # ...the noun stays a cue where no figure follows the link, and a name in capitals is
        # no link ("IS", the group)
        ("About 20,000 people filled the stands at the stadium.", "crowd"),
        ("IS lost 300 dead in the battle.", "group"),
    ],
)
def test_a_subject_link_before_a_figure_is_no_cue(tmp_path, text, expected):
    """A cue spelt like a subject link ("stands at") right before a figure is the verb."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: victims\nsources: {gov: {name: the government}}\nfacts:\n"
        "  - {id: a, metric: killed, value: 56, source: gov, as_of: 2024-12-02}\n"
        "  - {id: b, metric: attendance, value: 20000, source: gov, as_of: 2024-12-01,"
        " subject: crowd}\n",
        pack="metrics:\n  killed:\n    cues: [dead, toll]\n  attendance:\n    cues: [filled]\n"
        "subjects:\n  victims:\n    cues: [victims]\n  crowd:\n    cues: [stands, spectators]\n"
        "  group:\n    cues: [IS]\n",
    )
    found, _, _ = references.open_sets([tmp_path / "refs.yaml"])
    doc = Document.from_text(text, "draft.txt", dt.date(2024, 12, 20))
    assert [c.subject for c in extract(doc, lexicon, None, known_from(found))] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # "and" between two modifiers of the figure's noun joins no figure on: the cue after
        # them is still the figure's
        (
            "It has 18,734 company-operated and licensed stores in the U.S. and Canada, and "
            "analysts expect 434 fewer stores worldwide.",
            ["north-america", "world"],
        ),
        # ...while "and" joining on the next figure's words gives it the cue before it
        (
            "It has 18,734 stores worldwide and in the U.S. and Canada 434 fewer.",
            ["world", "north-america"],
        ),
    ],
)
def test_modifiers_joined_before_a_cue_join_no_figure_on(tmp_path, text, expected):
    """'18,734 company-operated and licensed stores in the U.S. and Canada': the cue is the
    figure's own, though an 'and' stands between them and the next figure follows."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: world\nsources: {co: {name: the company}}\nfacts: []\n",
        pack="metrics:\n  stores:\n    cues: [stores]\n"
        "subjects:\n  world:\n    cues: [worldwide]\n"
        "  north-america:\n    cues: [U.S. and Canada]\n",
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 10, 10))
    assert [c.subject for c in extract(doc, lexicon)] == expected


def test_an_and_that_opens_a_clause_joins_the_next_figure_on(tmp_path):
    """'300 people were arrested on Saturday and riot police in Lyon detained 200 of them': the
    'and' opens a clause, so Lyon names the 200, not the 300 (two lowercase words after an 'and'
    are no modifiers of the figure's noun)."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: france\nsources: {mi: {name: the Interior Ministry}}\nfacts: []\n",
        pack="metrics:\n  arrested:\n    cues: [arrested, detained]\n"
        "subjects:\n  france:\n    cues: [France]\n  lyon:\n    cues: [Lyon]\n",
    )
    text = (
        "The Interior Ministry said 300 people were arrested on Saturday and riot police in Lyon "
        "detained 200 of them."
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2024, 6, 10))
    found = {c.text: (c.subject, c.subject_how) for c in extract(doc, lexicon)}
    assert found["200"][0] == "lyon"
    assert found["300"] != ("lyon", "cue")


@pytest.mark.parametrize(
    "text, subject",
    [
        # a cue the pack writes in lower case, capitalised inside a speaker's name, is a word of
        # the name: the name's other cue says whom the figure is about
        ("The Minnesota National Guard said 10,000 soldiers would be called up.", "minnesota"),
        # ...a cue outside the name still names the subject
        (
            "The Minnesota National Guard said 10,000 soldiers would be called up nationwide.",
            "nation",
        ),
        # ...and so does the cue written as the pack writes it
        ("The Minnesota national guard said 10,000 soldiers would be called up.", "nation"),
    ],
)
def test_a_common_word_in_a_speaker_s_name_is_no_subject_cue(tmp_path, text, subject):
    result = checked(
        tmp_path,
        "subject: nation\nsources:\n  guard: {name: the Minnesota National Guard, aliases: "
        "[Minnesota National Guard, Minnesota national guard]}\nfacts:\n"
        "  - {id: a, metric: deployed, range: [7000, 10000], subject: minnesota, source: guard,"
        " as_of: 2020-05-30}\n"
        "  - {id: b, metric: deployed, value: 50000, subject: nation, source: guard,"
        " as_of: 2020-06-05}\n",
        "metrics:\n  deployed:\n    cues: [called up]\n"
        "subjects:\n  nation:\n    cues: [national, nationwide]\n"
        "  minnesota:\n    cues: [Minnesota]\n",
        text,
        dt.date(2020, 6, 1),
    )
    assert [c.subject for c in result.claims] == [subject]


@pytest.mark.parametrize(
    "text, subject",
    [
        # a common word opening a speaker's name ("network" in "Network Rail") is a word of the
        # name, not whom the figure is about: the one subject the set has the metric of
        ("Network Rail offered 4% for 2022.", "staff"),
        ("Network Rail offered 4% for 2022 across the network.", "network"),
    ],
)
def test_a_common_word_opening_a_speaker_s_name_is_no_subject_cue(tmp_path, text, subject):
    result = checked(
        tmp_path,
        "subject: members\nsources:\n  nr: {name: Network Rail}\n  rdg: {name: RDG}\nfacts:\n"
        "  - {id: a, metric: pay-offer, value: 4, unit: '%', subject: staff, source: nr,"
        " as_of: 2022-07-11}\n"
        "  - {id: b, metric: pay-offer, value: 4, unit: '%', subject: toc, source: rdg,"
        " as_of: 2022-07-11}\n",
        "metrics:\n  pay-offer:\n    cues: [offered]\n"
        "subjects:\n  network:\n    cues: [network]\n  members:\n    cues: [members]\n"
        "  staff:\n    cues: [Network Rail staff]\n  toc:\n    cues: [train company staff]\n",
        text,
        dt.date(2022, 7, 12),
    )
    assert [c.subject for c in result.claims] == [subject]


@pytest.mark.parametrize(
    "text, subject",
    [
        # the source's very figure of a part: that part's
        ("Floods have killed 45 people, the Interior Ministry said.", "nairobi"),
        # ...unless a scope word in its clause says it is the whole's
        ("Floods have killed 45 people across the country, the Interior Ministry said.", "kenya"),
        ("The Interior Ministry said 45 people had died nationwide.", "kenya"),
        # ...not a word of a sum ("in all")
        ("The Interior Ministry said 45 people had died in all.", "nairobi"),
        # ...not a scope word in another clause
        (
            "Floods have killed 45 people, the Interior Ministry said, as rain fell nationwide.",
            "nairobi",
        ),
    ],
)
def test_a_scope_word_keeps_the_whole_s_subject(tmp_path, text, subject):
    result = checked(
        tmp_path,
        "subject: kenya\nsources:\n  mi: {name: the Interior Ministry}\nfacts:\n"
        "  - {id: a, metric: killed, value: 228, source: mi, as_of: 2024-05-01}\n"
        "  - {id: b, metric: killed, value: 45, subject: nairobi, source: mi,"
        " as_of: 2024-05-01}\n",
        "metrics:\n  killed:\n    cues: [killed, died]\n"
        "subjects:\n  kenya:\n    cues: [Kenya, across the country]\n"
        "  nairobi:\n    cues: [Nairobi]\n",
        text,
        dt.date(2024, 5, 2),
    )
    assert [c.subject for c in result.claims] == [subject]


_POLL = (
    "subject: voters\nsources:\n  ipsos: {name: Ipsos, aliases: [Ipsos]}\nfacts:\n"
    "  - {id: a, metric: support, value: 46, unit: '%', subject: odinga, source: ipsos,"
    " as_of: 2022-08-01}\n"
    "  - {id: b, metric: support, value: 44, unit: '%', subject: ruto, source: ipsos,"
    " as_of: 2022-08-01}\n"
    "  - {id: c, metric: support, value: 68, unit: '%', subject: nairobi, source: ipsos,"
    " as_of: 2022-08-01}\n"
)
_POLL_PACK = (
    "metrics:\n  support:\n    cues: [poll]\n    units: ['%']\n"
    "subjects:\n  voters:\n    cues: [voters]\n  odinga:\n    cues: [Odinga]\n"
    "  ruto:\n    cues: [Ruto]\n  nairobi:\n    cues: [Nairobi]\n"
)


@pytest.mark.parametrize(
    "text, subject, how",
    [
        # an object pronoun before the figure stands for the person named before it: in the
        # sentence before...
        (
            "Odinga went into the election as the favourite. An Ipsos poll in May had him on 47% "
            "against 41% for Ruto.",
            "odinga",
            "pronoun",
        ),
        # ...or earlier in its own sentence
        (
            "Odinga's momentum had been building for months, and an Ipsos poll in May showed him "
            "winning a runoff with 47%.",
            "odinga",
            "pronoun",
        ),
        # the name nearest before it, whatever the topic pack's order
        (
            "Nairobi gave Odinga a rousing welcome on Saturday. The final Ipsos poll gave him 47%.",
            "odinga",
            "pronoun",
        ),
        # not a pronoun after another verb ("told him": not a poll's reading)
        (
            "Odinga went into the election as the favourite. Ipsos told him 47% of voters were "
            "undecided.",
            "voters",
            "cue",
        ),
        # not with no pronoun
        (
            "Odinga went into the election as the favourite. An Ipsos poll in May put support at "
            "47% against 41% for Ruto.",
            "voters",
            "guess",
        ),
    ],
)
def test_an_object_pronoun_names_the_person_before_it(tmp_path, text, subject, how):
    result = checked(tmp_path, _POLL, _POLL_PACK, text, dt.date(2022, 8, 20))
    [claim] = [c for c in result.claims if c.text == "47%"]
    assert (claim.subject, claim.subject_how) == (subject, how)


@pytest.mark.parametrize(
    "text, subject",
    [
        # a source that gives figures of one part only: that part's...
        ("The Interior Ministry said 45 people had died.", "nairobi"),
        # ...but a scope word says the figure is the whole's
        ("The Interior Ministry said 45 people had died nationwide.", "kenya"),
    ],
)
def test_a_scope_word_keeps_the_whole_s_subject_from_a_source_of_one_part(tmp_path, text, subject):
    result = checked(
        tmp_path,
        "subject: kenya\nsources:\n  mi: {name: the Interior Ministry}\n"
        "  rc: {name: the Red Cross}\nfacts:\n"
        "  - {id: a, metric: killed, value: 300, source: rc, as_of: 2024-05-01}\n"
        "  - {id: b, metric: killed, value: 45, subject: nairobi, source: mi,"
        " as_of: 2024-05-01}\n",
        "metrics:\n  killed:\n    cues: [killed, died]\n"
        "subjects:\n  kenya:\n    cues: [Kenya]\n  nairobi:\n    cues: [Nairobi]\n",
        text,
        dt.date(2024, 5, 2),
    )
    assert [c.subject for c in result.claims] == [subject]


_SEATS = (
    "subject: electorate\nsources:\n  nec: {name: the National Electoral Commission}\n"
    "  coalition-parties: {name: the coalition parties, aliases: [the coalition]}\n"
    "  leader: {name: Kristrun Frostadottir, kind: person, aliases: [Frostadottir]}\nfacts:\n"
    "  - {id: a, metric: seats, value: 63, subject: althing, source: nec, as_of: 2024-12-01}\n"
    "  - {id: b, metric: seats, value: 15, subject: sda, source: nec, as_of: 2024-12-01}\n"
    "  - {id: c, metric: seats, value: 8, subject: left-green, source: nec, as_of: 2021-09-26}\n"
    "  - {id: d, metric: seats, value: 37, subject: outgoing-coalition, source: nec,"
    " as_of: 2021-09-26}\n"
)
_SEATS_PACK = (
    "metrics:\n  seats:\n    cues: [seats]\n  vote-share:\n    cues: [of the vote]\n"
    "subjects:\n  sda:\n    cues: [Social Democratic Alliance]\n"
    "  independence:\n    cues: [Independence Party]\n"
    "  progressive:\n    cues: [Progressive Party]\n"
    "  left-green:\n    cues: [Left-Green Movement]\n  althing:\n    cues: [Althing]\n"
    "  new-coalition:\n    cues: [coalition]\n"
    "  outgoing-coalition:\n    cues: [outgoing coalition]\n"
    "  electorate:\n    cues: [voters]\n"
)


@pytest.mark.parametrize(
    "text, figure, subject",
    [
        # a cue past a part's whole is the whole's when one before the part names the part, a
        # figure between them or not
        (
            "The Social Democratic Alliance took 20.8% of the vote and 15 of the 63 seats in the "
            "Althing.",
            "15",
            "sda",
        ),
        ("The Social Democratic Alliance took 15 of the 63 seats in the Althing.", "15", "sda"),
        ("The Social Democratic Alliance took 15 of the 63 seats in the Althing.", "63", "althing"),
        # ...and with none before the part, the cue after is still read
        ("In the end 15 of the 63 seats went to the Social Democratic Alliance.", "15", "sda"),
        # a source's whole name that does not speak is what the figure is about
        (
            "The coalition holds 36 of the 63 seats in the Althing, Frostadottir told reporters.",
            "36",
            "new-coalition",
        ),
        # names listed with "the" before each are a list: another cue names the figure
        (
            "The outgoing coalition of the Independence Party, the Progressive Party and the "
            "Left-Green Movement had won 37 seats in 2021.",
            "37",
            "outgoing-coalition",
        ),
    ],
)
def test_whose_seats(tmp_path, text, figure, subject):
    result = checked(tmp_path, _SEATS, _SEATS_PACK, text, dt.date(2024, 12, 22))
    [claim] = [c for c in result.claims if c.text == figure]
    assert claim.subject == subject, [(c.text, c.subject) for c in result.claims]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a guessed subject, from a source that counts two others: the one named before the figure
        (
            "Oregon's medical examiner has linked 94 deaths to the heat, most of them in the "
            "Portland area.",
            "oregon",
        ),
        # ...not when none of its subjects is named before it
        (
            "The medical examiner has linked 94 deaths to the heat, most of them in the Portland "
            "area.",
            "province",
        ),
        # ...nor past another figure (held-out Mexico: "Morena and its partners ... will hold 364
        # of the 500 seats", the 500 the chamber's)
        (
            "Oregon's medical examiner, across 12 counties, has linked 94 deaths to the heat, most "
            "of them in the Portland area.",
            "province",
        ),
    ],
)
def test_a_guessed_subject_is_the_one_of_its_sources_named_before_it(tmp_path, text, expected):
    """Held-out batch 87's heat dome: Oregon's count read as British Columbia's."""
    lexicon_of(
        tmp_path,
        "subject: province\nsources:\n"
        "  ome: {name: Oregon's medical examiner, aliases: [the medical examiner]}\nfacts:\n"
        "  - {id: a, metric: killed, value: 94, source: ome, as_of: 2021-07-02, subject: oregon}\n"
        "  - {id: b, metric: killed, value: 45, source: ome, as_of: 2021-07-02,"
        " subject: multnomah}\n",
        pack="metrics:\n  killed:\n    cues: [deaths]\n"
        "subjects:\n  province:\n    cues: [British Columbia]\n"
        "  oregon:\n    cues: [Oregon, Oregon's]\n  multnomah:\n    cues: [Portland]\n",
    )
    claims = claims_known(tmp_path / "refs.yaml", text, dt.date(2021, 7, 8))
    assert [c.subject for c in claims if c.text == "94"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name a comparison leads after the figure is what it is compared with
        ("The survey gives Arevalo 43%, well ahead of Torres.", "arevalo"),
        # ...so a figure naming no other subject is no one's yet (not Torres's)
        ("The survey gives him 43%, well ahead of Torres.", None),
        ("The survey gives 43% to Torres.", "torres"),
        ("The survey puts support at 43%, behind the Torres campaign's own poll.", None),
        # ...not a place ("in some areas close to protected nature reserves")
        ("The survey puts support at 43% in areas close to Torres.", "torres"),
        # an aside a comma and "with" open tells a circumstance, not whose the figure is (held-out
        # batch 87's Madagascar: "more than 187 billion ariary, with the Analamanga region around
        # the capital by far the worst affected")
        ("The survey puts support at 43%, with the Torres camp far less keen.", None),
        ("The survey puts support at 43% with Torres, far less keen than elsewhere.", "torres"),
    ],
)
def test_a_name_a_comparison_leads_is_not_the_figure_s_subject(tmp_path, text, expected):
    """Held-out batch 87's Guatemala story: 'gives him 43% of voting intention, well ahead of
    Torres' read as Torres's 43%."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: voters\nsources: {cid: {name: CID Gallup}}\nfacts: []\n",
        pack="metrics:\n  support:\n    cues: [survey, support]\n"
        "subjects:\n  voters:\n    cues: [voters]\n  arevalo:\n    cues: [Arevalo]\n"
        "  torres:\n    cues: [Torres]\n",
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2023, 8, 18))
    assert [c.subject for c in extract(doc, lexicon)] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name right after "by" and the figure is who did what it counts, not whose it is
        # (held-out #EndSARS: "at least 12 protesters were shot dead by soldiers and police at
        # Lekki" read as the soldiers' dead)
        ("At least 12 were shot dead by soldiers at Lekki.", "lekki"),
        # ...but is the figure's when no other is named ("the 23 seats taken by Venstre")
        ("At least 12 were shot dead by the soldiers.", "soldiers"),
        ("At least 12 deaths suffered by Lekki were counted.", "lekki"),
        ("At least 12 soldiers were killed at Lekki.", "soldiers"),
        # ...not after a source's lead, nor after an owner's verb ("the record set by Atlanta")
        ("At least 12 deaths were reported by Lekki hospitals.", "lekki"),
        ("The toll passed the record of 12 set by Lekki in 1996.", "lekki"),
    ],
)
def test_a_name_after_by_is_who_did_it_not_whose_the_figure_is(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: people\nsources: {ai: {name: Amnesty International}}\nfacts: []\n",
        pack="metrics:\n  killed:\n    cues: [shot dead, killed, deaths, toll]\n"
        "subjects:\n  people:\n    cues: [Nigerians]\n  soldiers:\n    cues: [soldiers]\n"
        "  lekki:\n    cues: [Lekki]\n",
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2020, 10, 24))
    assert [c.subject for c in extract(doc, lexicon) if c.text == "12"] == [expected]


@pytest.mark.parametrize(
    "text, subject",
    [
        # a cue in the name of another source speaking in the sentence is not the figure's
        (
            "The shadow government said at least 455 people had died, and Rohingya leaders said "
            "more had.",
            ("country", "guess"),
        ),
        # ...the figure's own source's name may name whom it counts
        ("Rohingya leaders said at least 455 people had died.", ("rohingya", "cue")),
    ],
)
def test_a_cue_in_another_speaker_s_name_is_not_the_figure_s(tmp_path, text, subject):
    lexicon_of(
        tmp_path,
        "subject: country\nsources:\n  nug: {name: the shadow government}\n"
        "  leaders: {name: Rohingya leaders}\nfacts:\n"
        "  - {id: a, metric: killed, value: 455, hedge: at-least, source: nug, as_of: 2023-05-18}\n"
        "  - {id: b, metric: killed, subject: rohingya, value: 400, hedge: more-than, "
        "source: leaders, as_of: 2023-05-17}\n",
        pack="metrics:\n  killed:\n    cues: [died]\n"
        "subjects:\n  country:\n    cues: [Myanmar]\n  rohingya:\n    cues: [Rohingya]\n",
    )
    claims = claims_known(tmp_path / "refs.yaml", text, dt.date(2023, 5, 25))
    assert (claims[0].subject, claims[0].subject_how) == subject


@pytest.mark.parametrize(
    "text, expected",
    [
        # a precise figure the set has of another subject only, and none of the metric of the
        # subject a cue names, is not that subject's
        (
            "The agency trimmed its figure to 19.2 million, saying Takata's filings had errors.",
            ("us", "guess"),
        ),
        # ...a figure the set does not have keeps the cue's subject
        (
            "The agency trimmed its figure to 19.4 million, saying Takata's filings had errors.",
            ("takata", "cue"),
        ),
        # ...and so does a place after a preposition before it: where the draft means (a figure
        # of the wrong place stays so, for the checks to find)
        ("In Takata, the agency trimmed its figure to 19.2 million.", ("takata", "cue")),
    ],
)
def test_a_cue_naming_no_subject_of_the_metric_gives_way_to_the_figure_s_own(
    tmp_path, text, expected
):
    lexicon_of(
        tmp_path,
        "subject: us\nsources: {nhtsa: {name: the agency}}\nfacts:\n"
        "  - {id: a, metric: recalled, value: 1.92e7, source: nhtsa, as_of: 2015-10-22}\n"
        "  - {id: c, metric: recalled, subject: world, value: 4.2e7, source: nhtsa, "
        "as_of: 2015-10-22}\n"
        "  - {id: b, metric: inflators, subject: takata, value: 5, source: nhtsa, "
        "as_of: 2015-10-22}\n",
        pack="metrics:\n  recalled:\n    cues: [figure]\n  inflators:\n    cues: [inflators]\n"
        "subjects:\n  us:\n    cues: [United States]\n  takata:\n    cues: [Takata]\n"
        "  world:\n    cues: [worldwide]\n",
    )
    [claim] = claims_known(tmp_path / "refs.yaml", text, dt.date(2016, 5, 6))
    assert (claim.subject, claim.subject_how) == expected
