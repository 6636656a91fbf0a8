"""Speakers on any story: named beside a cue whether or not the reference set knows them, each
figure credited to its own speaker, and what an earlier sentence said about who a name is."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker import references
from checker.inputs import Document
from checker.reading import extract, speakers
from tests.reading.lexicons import lexicon_of

FIXTURES = Path(__file__).parent.parent / "fixtures"


@pytest.fixture(scope="module")
def protest():
    refs, lexicon, problems = references.open_sets([FIXTURES / "protest_refs.yaml"])
    assert not problems
    return lexicon


def credits(lexicon, text):
    doc = Document.from_text(text, "draft.txt", dt.date(2023, 3, 8))
    return [(c.text, c.source, c.source_text) for c in extract(doc, lexicon, "france-protesters")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # speakers the reference set does not know keep their name
        (
            "About 1.3 million people marched, the mayor said.",
            [("1.3 million", None, "the mayor")],
        ),
        (
            "According to a US official, 5,000 demonstrators took part.",
            [("5,000", None, "a US official")],
        ),
        (
            "Some 80,000 people marched in Paris, said the organisers' collective.",
            [("80,000", None, "the organisers' collective")],
        ),
        # ...and after a quotation closed by a comma
        (
            '"Some 80,000 people marched," said a retired teacher in the crowd.',
            [("80,000", None, "a retired teacher")],
        ),
        (
            "“Some 80,000 people marched,” said Lucía, a law student.",
            [("80,000", None, "Lucía")],
        ),
        ("‘Some 80,000 people marched,’ said Lucía.", [("80,000", None, "Lucía")]),
        # coordinated pairs: each name owns its own figure, the verb left out the second time
        (
            "The police counted 87,000 marchers and Occurrence, an independent firm, 55,000.",
            [("87,000", "interior-ministry", "The police"), ("55,000", None, "Occurrence")],
        ),
        (
            "The ministry counted 1.28 million protesters and the CGT 3.5 million.",
            [
                ("1.28 million", "interior-ministry", "The ministry"),
                ("3.5 million", "cgt", "CGT"),
            ],
        ),
        # ... but a day before a figure is not a name: "and March 31, against 87,390"
        (
            "The Lyon prefecture said on Sunday that 1.28 million people marched between Jan. 1 "
            "and March 31, against 990,000 in the first quarter of 2022.",
            [
                ("1.28 million", None, "The Lyon prefecture"),
                ("990,000", None, "The Lyon prefecture"),
            ],
        ),
        # a verb of measuring credits the figure to who measured: "registered"
        (
            "The ministry registered 81,000 marchers in Paris.",
            [("81,000", "interior-ministry", "The ministry")],
        ),
        # "put ... at" with a few words between, after a name and its apposition
        (
            "The ministry, in a statement on Sunday, put the number of marchers at 1.28 million.",
            [("1.28 million", "interior-ministry", "The ministry")],
        ),
        # ... never with a figure between: "put 300 homes at risk" credits no one
        ("The storm put 300 protesters at risk.", [("300", None, "")]),
        # an owner's count heading the clause that gives the figure
        (
            "According to the ministry's tally, 1.28 million people marched.",
            [("1.28 million", "interior-ministry", "the ministry")],
        ),
        (
            "In the ministry's latest tally, 1.28 million people marched.",
            [("1.28 million", "interior-ministry", "the ministry")],
        ),
        # "warned ... that" reports; "warned the crew" does not
        (
            "The ministry warned in a letter that 1.28 million people would march.",
            [("1.28 million", "interior-ministry", "The ministry")],
        ),
        (
            "Stewards warned the crowd at 8:57 a.m., and 81,000 marched, the ministry said.",
            [("81,000", "interior-ministry", "the ministry")],
        ),
        # the longest known name wins: "the police prefecture" is not "the police"
        (
            "In Paris the police prefecture counted 81,000 marchers.",
            [("81,000", "paris-police", "police prefecture")],
        ),
        # a known name inside a speaker's name: the speaker speaks for it
        (
            "An Interior Ministry official said 1.28 million people marched.",
            [("1.28 million", "interior-ministry", "An Interior Ministry official")],
        ),
        # a name inside what another speaker said is not a speaker
        (
            "The CGT said Occurrence had counted 87,000 marchers.",
            [("87,000", "cgt", "CGT")],
        ),
        # a speech verb in its progressive form, with its auxiliary
        (
            "By Tuesday evening the CGT was reporting 3.5 million marchers.",
            [("3.5 million", "cgt", "CGT")],
        ),
        (
            "On March 7 the police prefecture was counting about 81,000 marchers.",
            [("81,000", "paris-police", "police prefecture")],
        ),
        (
            "On March 7 the police prefecture was estimating about 81,000 marchers.",
            [("81,000", "paris-police", "police prefecture")],
        ),
        # "as counted by" and "as measured by" name the source after them
        (
            "About 81,000 marchers, as counted by the police prefecture, crossed Paris.",
            [("81,000", "paris-police", "police prefecture")],
        ),
        (
            "About 81,000 marchers, as measured by the police prefecture, crossed Paris.",
            [("81,000", "paris-police", "police prefecture")],
        ),
        # a speech verb's noun ("lodged claims of") is no speech: the speaker is after the verb
        (
            "Creditors of the CGT have lodged claims of about 3.5 million euros against the "
            "union, the police prefecture said on Wednesday.",
            [("3.5 million euros", "paris-police", "police prefecture")],
        ),
        # "counting on" is relying, not counting
        (
            "The CGT is counting on 40,000 volunteers, the police prefecture said.",
            [("40,000", "paris-police", "police prefecture")],
        ),
        # a back-reference, its noun, an aside, then its verb
        (
            "The CGT said 800,000 had marched. Its survey, carried out between March 1 and "
            "March 8, gave Paris 81,000 marchers.",
            [("800,000", "cgt", "CGT"), ("81,000", "cgt", "CGT")],
        ),
        # a source moving its own figure
        (
            "The mayor said 800,000 had marched. On Tuesday union leaders raised that estimate "
            "to 3.5 million marchers.",
            [("800,000", None, "The mayor"), ("3.5 million", None, "union leaders")],
        ),
        # a back-reference before every figure, a name after them all that speaks of another thing
        (
            "The CGT said 800,000 had marched. On Tuesday it raised that estimate to 3.5 "
            "million, after the police prefecture, which counts separately, acknowledged that its "
            "count since 2019 was low.",
            [("800,000", "cgt", "CGT"), ("3.5 million", "cgt", "CGT")],
        ),
        # an owner's offer or proposal is the owner's figure
        (
            "The CGT's next offer, made on March 8, was 3.5 million.",
            [("3.5 million", "cgt", "CGT")],
        ),
        # an owner's document, linked to its figures by what it counted or found
        (
            "The CGT's last detailed report counted 3.5 million marchers.",
            [("3.5 million", "cgt", "CGT")],
        ),
        (
            "The police prefecture's last report, published on Tuesday, counted 81,000 marchers.",
            [("81,000", "paris-police", "police prefecture")],
        ),
        # a name in a relative clause is not the one speaking
        (
            "The prefecture, which reports to the ministry, counted 81,000 marchers.",
            [("81,000", "paris-police", "The prefecture")],
        ),
        # adverbs between a speaker and its verb are not part of its name
        (
            "The Paris police prefecture previously said 81,000 people marched.",
            [("81,000", "paris-police", "Paris police prefecture")],
        ),
        # a small word inside a capitalised name does not start the speaker
        (
            "The General Confederation of Labour said 3.5 million people marched.",
            [("3.5 million", "cgt", "General Confederation of Labour")],
        ),
        # a source in brackets after a figure credits it, in lists and fact boxes
        (
            "- Marchers in Paris: 81,000 (police prefecture); 700,000 (CGT)",
            [("81,000", "paris-police", "police prefecture"), ("700,000", "cgt", "CGT")],
        ),
        # "the prefecture" is the one source whose name has that word
        (
            "About 81,000 people marched in Paris, the prefecture said.",
            [("81,000", "paris-police", "the prefecture")],
        ),
        # a dateline names the outlet, not the source
        ("PARIS (AP) — About 1.28 million people marched.", [("1.28 million", None, "")]),
        # a cue word that is a noun here names no speaker: part of a name, or counted
        (
            "The United States sent 300 observers, according to AFP.",
            [("300", "afp", "AFP")],
        ),
        (
            "About 200 people marched in six states, according to the CGT.",
            [("200", "cgt", "CGT"), ("six", "cgt", "CGT")],
        ),
        # a cue word after a lower-case word that names no one is a noun ("patient records"), and
        # the clause before it no speaker; after a title or an organisation it is a verb
        (
            "The firm handles 90,000 claims and touches one in three U.S. patient records, "
            "according to the CGT.",
            [("90,000", "cgt", "CGT"), ("one in three", "cgt", "CGT")],
        ),
        (  # ... with a determiner before the lower-case word, or an adverb, it is a verb
            "The city morgue counts 5,000 people who marched.",
            [("5,000", None, "The city morgue")],
        ),
        (
            "The morgue now counts 5,000 people who marched.",
            [("5,000", None, "The morgue")],
        ),
        # ...after a preposition and one word it is that preposition's noun, also at the end of a
        # sentence: the speaker is the one before the verb
        (
            "The CGT, the country's largest union, had recorded 5,000 marchers by March 7, based "
            "on hospital records.",
            [("5,000", "cgt", "CGT")],
        ),
        # ...but a plural after the preposition is the verb's subject
        ("Surveys of voters show 40% support the strike.", [("40%", None, "Surveys of voters")]),
        # a name after "and" beside a figure speaks only after a speaker whose verb a figure
        # follows, not before one ("... and the DPP 51, according to the CEC")
        (
            "The KMT won 52 seats and Occurrence 51, according to the CGT.",
            [("52", "cgt", "CGT"), ("51", "cgt", "CGT")],
        ),
        # what a speaker expects is its figure
        (
            "The CGT expects 1.2 million people to march on Thursday.",
            [("1.2 million", "cgt", "CGT")],
        ),
        # ...but a number ending a name does not make the verb after it a noun
        (
            "A volunteer with the charity Utopia 56 said 300 people marched.",
            [("300", None, "A volunteer with the charity Utopia 56")],
        ),
        # a relative pronoun is not a speaker: the one it stands for is, with its defining clause
        (
            "The ministry, which also draws on hospital records, counted 1.28 million marchers.",
            [("1.28 million", "interior-ministry", "The ministry")],
        ),
        (
            "A marcher who came from Lyon said 300 people were on her street.",
            [("300", None, "A marcher who came from Lyon")],
        ),
        # a person by role, with no capital in the name
        (
            "An agent who worked on the march said 300 people came.",
            [("300", None, "An agent who worked on the march")],
        ),
        # "Its final estimate" refers back; a capital that only starts the sentence names no one
        (
            "The Interior Ministry gave a first count on Tuesday. Its final estimate, published"
            " on Wednesday, put the number at 1.28 million.",
            [("1.28 million", "interior-ministry", "Interior Ministry")],
        ),
        # what a source's document shows is the source's: "the prefecture's figures show"
        (
            "About 81,000 people marched, the prefecture's figures show.",
            [("81,000", "paris-police", "the prefecture's figures")],
        ),
        # a list after "show" is not a list of speakers: the verb is not followed by a figure
        (
            "The prefecture's figures show Paris drew 81,000, Lyon 20,000 and Marseille 15,000.",
            [
                ("81,000", "paris-police", "The prefecture's figures"),
                ("20,000", "paris-police", "The prefecture's figures"),
                ("15,000", "paris-police", "The prefecture's figures"),
            ],
        ),
        # a source's document then a verb: the owner is the speaker
        (
            "The Interior Ministry's final figures gave Paris 81,000 marchers.",
            [("81,000", "interior-ministry", "Interior Ministry")],
        ),
        # a number before a verb that is no noun, a name after an object relative pronoun, a
        # speaker by "according to" before a list, "The" before a noun (review of 2 December)
        (
            "Union leaders in 2023 said 3.5 million people marched.",
            [("3.5 million", None, "Union leaders in 2023")],
        ),
        # a cue word right after a number describes what it counts: no verb, no speaker before it
        (
            "The mayor told reporters that 63 confirmed and probable cases had been recorded.",
            [("63", None, "The mayor")],
        ),
        (
            "By Sept. 25, the mayor had 36 confirmed cases and 23 deaths.",
            [("36", None, ""), ("23", None, "")],
        ),
        # ...the speaker is the one the verb before the number names
        (
            "By Sept. 25, the mayor was reporting 36 confirmed cases and 23 deaths.",
            [("36", None, "the mayor"), ("23", None, "the mayor")],
        ),
        (
            "About 1.3 million people marched, a figure which Mayor Anne Hidalgo confirmed.",
            [("1.3 million", None, "Mayor Anne Hidalgo")],
        ),
        (
            "According to the mayor, 1.3 million people marched and Occurrence 55,000.",
            [("1.3 million", None, "the mayor"), ("55,000", None, "Occurrence")],
        ),
        ("The airline said 300 people marched.", [("300", None, "The airline")]),
        # more verbs that credit a figure: "tallied", "pointed to" (after an owner's count too)
        (
            "The Paris transport authority tallied 12,000 marchers.",
            [("12,000", None, "The Paris transport authority")],
        ),
        (
            "The Paris transport authority's tally pointed to 12,000 marchers.",
            [("12,000", None, "The Paris transport authority")],
        ),
        # an apposition with a place and its state in it
        (
            "Occurrence, a counting firm in East Lansing, Michigan, estimated 55,000 marched.",
            [("55,000", None, "Occurrence, a counting firm in East Lansing, Michigan")],
        ),
        # ...but not past a name after the apposition's comma
        (
            "On Friday, the group's director, Jane Doe, estimated 55,000 marched.",
            [("55,000", None, "the group's director, Jane Doe")],
        ),
        # after a plural, "show" is its verb
        ("Exit polls show 300 people marched.", [("300", None, "Exit polls")]),
        # a figure with a scale word is never in a name: "show" in "Rihanna's show" is no verb
        (
            "The march drew 1.3 million people, the mayor said, up from about 1.1 million for "
            "Macron's show last year.",
            [("1.3 million", None, "the mayor"), ("1.1 million", None, "the mayor")],
        ),
        # a noun that is also a cue, after a modifier and an owner: not the speaker's verb...
        (
            "Macron's halftime show drew 300 people, the mayor said.",
            [("300", None, "the mayor")],
        ),
        # ...but after one of the nouns a source's figures are, the verb
        (
            "The council's results show 300 people marched.",
            [("300", None, "The council's results")],
        ),
        # an alias that holds its own cue
        (
            "On Tuesday, the CGT's count was 3.5 million.",
            [("3.5 million", "cgt", "the CGT's count")],
        ),
        # an indefinite noun names no one in particular, and a month gives no name its capital
        (
            "Turnout was high: a poll released on March 3 had put the crowd at 300 people.",
            [("300", None, "")],
        ),
        (
            "Turnout was high: the poll released on March 3 had put the crowd at 300 people.",
            [("300", None, "")],
        ),
        # a weekday's short form without its full stop is a name ("the Sun")
        ("More than 300 people marched, the Sun reported.", [("300", None, "the Sun")]),
        # a word of a known name (not an organisation's noun) after "the" is a speaker; after
        # "a", no one in particular
        ("Turnout was high: the count put the crowd at 300 people.", [("300", "cgt", "the count")]),
        ("Turnout was high: a count put the crowd at 300 people.", [("300", None, "")]),
        # a cue word that does not speak here
        (
            "Arrests have added to the anger: 300 people marched on Sunday.",
            [("300", None, "")],
        ),
        (
            "Residents were told to leave after 300 people marched.",
            [("300", None, "")],
        ),
        # a time opening the clause is no part of a speaker's name
        (
            "A day earlier the union counter had put the crowd at 300 people.",
            [("300", None, "the union counter")],
        ),
        (
            "On Tuesday evening Marie Dupont said 300 people marched.",
            [("300", None, "Marie Dupont")],
        ),
        (
            "A week later the union counter had put the crowd at 300 people.",
            [("300", None, "the union counter")],
        ),
        # a cue after a passive auxiliary is no one's speech
        ("Only 300 of them had been counted by noon.", [("300", None, "")]),
        # ...an adverb between them too
        ("Two people were still listed as missing on Monday.", [("Two", None, "")]),
        ("Only 300 of them were formally counted by noon.", [("300", None, "")]),
        (
            "The figures must still be confirmed by the council, which approved 300 people.",
            [("300", None, "")],
        ),
        (
            "Lawyers named 300 people, asking for the case against the firm to be certified.",
            [("300", None, "")],
        ),
        # a name with its short name in brackets, then an apposition: the name speaks, not the
        # owner in the apposition
        (
            "On Tuesday, the General Confederation of Labour (CGT), France's largest union by "
            "some counts, said 300 people marched.",
            [("300", "cgt", "CGT")],
        ),
        (
            "On Tuesday, the Confédération Générale du Travail (CGT), the unions' largest "
            "federation, said 300 people marched.",
            [("300", "cgt", "CGT")],
        ),
        # a name after "compiled by" is the figure's source, with a word between them too
        # ("compiled separately by"); not a name after "released" and a word, which may mean freed
        (
            "Police detained 300 people, 250 of whom were released later by the police "
            "prefecture, the ministry said.",
            [
                ("300", "interior-ministry", "the ministry"),
                ("250", "interior-ministry", "the ministry"),
            ],
        ),
        (
            "Figures compiled separately by the CGT put the crowd at 300 people.",
            [("300", "cgt", "CGT")],
        ),
        # the name after such a cue ends at the speech verb that follows it...
        (
            "Figures compiled by the organisers' own counters put the crowd at 300 people.",
            [("300", None, "the organisers' own counters")],
        ),
        # ...but not at a speech word that is a noun there ("report from", "the CGT's claims")
        (
            "About 300 people marched, according to the CGT's claims.",
            [("300", "cgt", "the CGT's claims")],
        ),
        (
            "Some 300 people marched, according to the latest situation report from the CGT.",
            [("300", "cgt", "the latest situation report from the CGT")],
        ),
        # a speech word with a possessive before it is a noun: what comes before is a clause, no
        # speaker ("lowered its forecast")
        (
            "The march also lowered its forecast for the crowd this year to 300 marchers.",
            [("300", None, "")],
        ),
        # a speech word as a participle with its agent after it ("suggested by"): the agent is
        # the speaker, not the clause before it
        (
            "The turnout reversed the order suggested by the CGT, which had 300 marchers.",
            [("300", "cgt", "CGT")],
        ),
        # "by" and a time or a manner is no agent: the speaker stands before the verb
        (
            "Officials said by late Tuesday that 300 people had marched.",
            [("300", None, "Officials")],
        ),
        (
            "Officials said by Tuesday that 300 people had marched.",
            [("300", None, "Officials")],
        ),
        # a person's possessive may end a speaker's name as an object ("close to her")
        (
            "People close to her said about 300 people had marched.",
            [("300", None, "People close to her")],
        ),
        # ...and of no figure past a new clause after it (", and the crowd")
        (
            "Add the 300 marchers reported by the CGT, whose members marched from Bastille, and "
            "the crowd reached 4,000 people.",
            [("300", "cgt", "CGT"), ("4,000", None, "")],
        ),
        (
            "The CGT reported 300 marchers, and the crowd reached 4,000 people.",
            [("300", "cgt", "CGT"), ("4,000", "cgt", "CGT")],
        ),
        # ...unless the new clause has a speech cue of its own ("and it said"), or the agent is a
        # passive's, or no figure stands before the agent
        (
            "Some 300 marchers were counted, according to figures released by the CGT, and it "
            "said on Wednesday that 4,000 people had marched.",
            [("300", "cgt", "CGT"), ("4,000", "cgt", "CGT")],
        ),
        (
            "Some 300 marchers were counted by the CGT on Tuesday, and by Wednesday the crowd had "
            "passed 4,000.",
            [("300", "cgt", "CGT"), ("4,000", "cgt", "CGT")],
        ),
        (
            "Figures compiled by the CGT, and a second list, reached 4,000 marchers.",
            [("4,000", "cgt", "CGT")],
        ),
    ],
)
def test_credits(protest, text, expected):
    assert credits(protest, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a phrase right after a preposition is its object, not the subject of the verb after it
        (
            "The last CGT count before the march, for the daily Le Monde, put the crowd at "
            "4,000 marchers.",
            [("4,000", "cgt", "CGT")],
        ),
        (
            "A CGT tally after the rally, for Le Monde, put the crowd at 4,000 marchers.",
            [("4,000", "cgt", "CGT")],
        ),
        # ...while a name that is the subject still speaks
        (
            "The daily Le Monde put the crowd at 4,000 marchers.",
            [("4,000", None, "The daily Le Monde")],
        ),
        # ...and so does one after such a word that opens a clause, no apposition between
        (
            "Marchers left after the daily Le Monde put the crowd at 4,000 marchers.",
            [("4,000", None, "the daily Le Monde")],
        ),
    ],
)
def test_a_prepositions_object_is_no_speaker(protest, text, expected):
    assert credits(protest, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # an owner's possessive before a noun an alias writes with a determiner names that source
        ("Its prospectus puts the headcount at 3,422.", [("3,422", "f1", "Its prospectus")]),
        ("The prospectus puts the headcount at 3,422.", [("3,422", "f1", "The prospectus")]),
        # ...not a noun no alias writes
        ("Its chief puts the headcount at 3,422.", [("3,422", None, "Its chief")]),
        # ...and the name before a participle's apposition, however long, whatever it holds
        (
            "Its prospectus, filed with the regulator and made public on March 14, puts the "
            "headcount at 3,422.",
            [("3,422", "f1", "Its prospectus")],
        ),
    ],
)
def test_a_possessive_before_an_aliased_noun(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  f1: {name: the company's prospectus, aliases: [the prospectus]}\n"
        "facts: []\n",
        pack="metrics:\n  headcount:\n    cues: [headcount]\n"
        "subjects:\n  s:\n    cues: [company]\n",
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2025, 3, 20))
    assert [(c.text, c.source, c.source_text) for c in extract(doc, lexicon)] == expected


def test_a_speaker_after_a_figure_starts_at_its_determiner(protest):
    """'... than the more than 4,000 people the union reported': the union, not everything back to
    the comma, is the speaker of the figure before it."""
    text = (
        "The CGT union said on Monday it expected a big turnout. The ministry counted 300 "
        "marchers, far fewer than the more than 4,000 people the union reported."
    )
    assert credits(protest, text) == [
        ("300", "interior-ministry", "The ministry"),
        ("4,000", "cgt", "The CGT union"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a speaker described by an age: after the name, set off by commas...
        (
            "Hawa Abdallah, 34, said she had marched with 300 neighbours.",
            [("300", None, "Hawa Abdallah")],
        ),
        # ...or hyphened before the noun, after an inverted speech verb
        (
            '"We marched with 300 neighbours," said a 61-year-old retired teacher.',
            [("300", None, "a 61-year-old retired teacher")],
        ),
        (
            '"We marched with 300 neighbours," said a 52-year-old villager.',
            [("300", None, "a 52-year-old villager")],
        ),
        # ...while a count before a cue is no speaker
        ("His wife and his mother are among the 300 people still listed.", [("300", None, "")]),
    ],
)
def test_a_speaker_described_by_an_age(protest, text, expected):
    assert credits(protest, text) == expected


def test_an_outlet_citing_a_body_credits_the_body(protest):
    text = "AFP, citing the ministry, reported that 1.28 million people marched."
    assert credits(protest, text) == [("1.28 million", "interior-ministry", "the ministry")]


def test_a_body_citing_another_keeps_its_figure(protest):
    text = (
        "The prefecture counted 81,000 marchers on Monday. On Tuesday it revised its count to "
        "90,000 marchers, citing the CGT."
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2023, 3, 8))
    [_, revised] = extract(doc, protest, "france-protesters")
    assert (revised.source, revised.cited_by) == ("paris-police", ("cgt",))


def test_a_surname_is_the_source_of_the_person_met_earlier(protest):
    text = (
        "Reporters were briefed by CGT leader Sophie Binet on Wednesday. Lawmakers cited Binet as "
        "saying that 3.5 million people marched."
    )
    assert credits(protest, text) == [("3.5 million", "cgt", "Sophie Binet")]


def test_a_surname_of_nobody_met_stays_unknown(protest):
    text = "Lawmakers cited Binet as saying that 3.5 million people marched."
    assert credits(protest, text) == [("3.5 million", None, "Binet")]


def test_he_is_not_a_country(protest):
    text = "Belgium said little. He said 3.5 million people marched."
    assert credits(protest, text) == [("3.5 million", None, "")]


@pytest.mark.parametrize(
    "text, kind",
    [
        ("the mayor said", "person"),
        ("a spokeswoman for the ministry said", "person"),
        ("the prefecture said", "group"),
        ("Occurrence said", None),
        # a title before a name is a person's; a name ending in a group's noun is a group's
        ("County Sheriff Robert Luna said", "person"),
        ("the County Sheriff's Department said", "group"),
        ("the Paris prosecutor's office said", "group"),
    ],
)
def test_kinds(protest, text, kind):
    [mention] = [m for m in speakers.mentions(text, protest) if not m.problem]
    assert mention.kind == kind


def test_a_title_before_a_known_name_gives_its_kind(tmp_path):
    """'Gen. Amir Ali Hajizadeh': a person, so a later 'he' is him, not a person named before."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  irgc:\n    name: the Revolutionary Guards' general\n"
        "    aliases: [Amir Ali Hajizadeh]\n"
        "facts:\n  - {id: a, metric: killed, value: 300, source: irgc, as_of: 2022-11-28}\n",
        pack="metrics:\n  killed:\n    cues: [killed, died]\nsubjects:\n  s:\n    cues: [Iran]\n",
    )
    [mention] = [m for m in speakers.mentions("Gen. Amir Ali Hajizadeh spoke.", lexicon)]
    assert mention.kind == "person"
    text = (
        "An Iranian general has acknowledged that more than 300 people died. Gen. Amir Ali "
        'Hajizadeh gave the figure on Monday. "We have had more than 300 killed," he said.'
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2022, 11, 29))
    assert [c.source for c in extract(doc, lexicon)][-1] == "irgc"


def test_no_unknown_speakers_in_a_shouted_headline(protest):
    """'ORGANISERS SAY 1.28 MILLION MARCHED': capitals everywhere, so no name can be told apart."""
    shouted = speakers.mentions("ORGANISERS SAY 1.28 MILLION MARCHED", protest)
    assert shouted == [] and speakers.mentions("Organisers say 1.28 million marched", protest)


def test_an_alias_in_capitals_names_its_source_only_in_capitals(tmp_path):
    """'A nurse who treated the wounded' does not speak for the WHO."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  who:\n    name: the World Health Organization\n"
        "    aliases: [WHO]\nfacts: []\n",
        pack="metrics:\n  hurt:\n    cues: [hurt]\nsubjects:\n  s:\n    cues: [people]\n",
    )
    doc = Document.from_text("A nurse who treated the wounded said 300 were hurt.", "d.txt", None)
    assert [(c.source, c.source_text) for c in extract(doc, lexicon)] == [
        (None, "A nurse who treated the wounded")
    ]


@pytest.mark.parametrize(
    "name, usable",
    [
        ("up from about 121 million for Rihanna", False),  # a figure with a scale word
        ("Channel 13", True),  # a number that ends a name
        ("the Interior Ministry", True),
        ("a 61-year-old retired teacher", True),  # an age
        ("two officials were among the 332 people", False),  # a clause with a count in it
        ("the WHO's COVID-19 technical lead", True),  # a number in a word
        ("Rescuers from 12 countries", True),  # a count in a name
        # a verb and its object: no name
        ("asked the TSE to annul the votes", False),
        ("urging the WHO to act", False),
        ("retired teachers from Lyon", True),  # a verb form that qualifies a name's noun
    ],
)
def test_a_speaker_s_name_holds_no_figure(protest, name, usable):
    assert speakers._usable(name, 0, len(name), protest) is usable


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name the topic pack knows as a subject, in a pair with its verb left out, is what the
        # figure is of, not who gave it
        (
            "The commission counted 80.23% for Lukashenko and Sviatlana Tsikhanouskaya 9.9%.",
            [("80.23%", "cec", "The commission"), ("9.9%", "cec", "The commission")],
        ),
        # ... while a name it does not know still speaks for its own figure
        (
            "The commission counted 80.23% for Lukashenko and Golos 9.9%.",
            [("80.23%", "cec", "The commission"), ("9.9%", None, "Golos")],
        ),
    ],
)
def test_a_subject_in_a_gapped_pair_is_no_speaker(tmp_path, text, expected):
    lexicon = lexicon_of(
        tmp_path,
        "subject: voters\nsources:\n  cec:\n    name: the Central Election Commission\n"
        "    aliases: [Central Election Commission, the commission]\n"
        "facts:\n  - {id: a, metric: share, value: 80.23, unit: '%', source: cec, "
        "as_of: 2020-08-10}\n",
        pack="metrics:\n  share:\n    cues: [vote]\n"
        "subjects:\n  voters:\n    cues: [voters]\n  lukashenko:\n    cues: [Lukashenko]\n"
        "  tsikhanouskaya:\n    cues: [Sviatlana Tsikhanouskaya, Tsikhanouskaya]\n",
    )
    doc = Document.from_text(text, "draft.txt", dt.date(2020, 8, 20))
    assert [(c.text, c.source, c.source_text) for c in extract(doc, lexicon)] == expected


_WORDS = ["the", "ministry", "said", "Red", "Crescent", "and", ",", "according", "to", "NIS", "of"]


@given(
    st.lists(st.sampled_from(_WORDS), min_size=1, max_size=400),
    st.integers(min_value=0, max_value=10_000),
)
@settings(max_examples=60, deadline=None)
def test_a_names_start_is_found_as_from_the_sentences_start(words_, at):
    """The start is looked for in the stretch before the name first: the same start as a search
    from the sentence's start."""
    from checker.lexicon import load

    lexicon = load()
    text = " ".join(words_).replace(" ,", ",")
    end = at % (len(text) + 1)
    full = speakers._last_start(text, 0, end, lexicon)
    while full < end and text[full].isspace():
        full += 1
    lead = speakers._patterns(lexicon)["time_lead"]
    found = lead.match(text, full, end) if lead else None
    assert speakers._name_start(text, end, lexicon) == (found.end() if found else full)


def test_what_runs_into_a_figure_after_said_is_no_speaker(protest):
    """'..., said the fund had received $21.5 million': what was said, not who said it."""
    text = (
        "In April, the CGT, an advocacy group that had lobbied brands for months to contribute, "
        "said the fund had received $21.5 million."
    )
    assert [m.text for m in speakers.mentions(text, protest)] == ["CGT"]


def test_a_participle_after_an_owner_is_no_speech_verb(protest):
    """'California's recorded history': no one recorded anything; the phrase before is no
    speaker."""
    text = "The CGT put the crowd at 300, the highest of any march in the city's recorded history."
    assert [m.text for m in speakers.mentions(text, protest)] == ["CGT"]


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a name ending in 's is still a speaker when a figure follows its verb
        ("Macy's said it would close 150 stores.", "Macy"),
        # a name in capitals is no passive auxiliary ("IS", not "is")
        ("IS said its fighters killed 143 people.", "IS"),
    ],
)
def test_names_that_look_like_other_words(protest, text, speaker):
    assert [m.text for m in speakers.mentions(text, protest)] == [speaker]


@pytest.mark.parametrize(
    "text, name",
    [
        # a clause word opening the sentence is no part of a name with the next one ("Since then
        # Sears": Sears)
        ("Since then Sears has said it would close 80 stores.", "Sears"),
        ("Since then, Sears has said it would close 80 stores.", "Sears"),
        # ...while a lowercase word between capitalised ones still is part of it
        (
            "The Food and Drug Administration said 80 stores had closed.",
            "The Food and Drug Administration",
        ),
    ],
)
def test_a_clause_word_opening_the_sentence_starts_no_name(tmp_path, text, name):
    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  sears: {name: Sears Holdings, aliases: [Sears]}\nfacts: []\n",
        pack="metrics:\n  closures:\n    cues: [close, closed]\n"
        "subjects:\n  s:\n    cues: [Ohio]\n",
    )
    [claim] = extract(Document.from_text(text, "d.txt", dt.date(2019, 2, 1)), lexicon)
    assert claim.source_text == name


@pytest.mark.parametrize(
    "text, speaker",
    [
        # a month after an opener, a part of it before and a day after, is no part of the name
        ("By late January the mayor had confirmed 29 deaths.", "the mayor"),
        ("On March 3 the mayor said 29 people had died.", "the mayor"),
        ("In mid-August, 2023, the mayor said 29 people had died.", "the mayor"),
    ],
)
def test_a_month_opening_the_sentence_is_no_part_of_the_speaker(protest, text, speaker):
    assert [source_text for _, _, source_text in credits(protest, text)] == [speaker]


def test_a_participle_after_an_owners_determiner_is_no_speech_verb(protest):
    """'The bank also cut its proposed dividend to 0.10 francs': 'proposed' is what the bank
    owns, not a verb whose speaker is 'The bank also cut its'."""
    text = (
        "About 1.3 million marched on Tuesday. The union also cut its projected count to 900,000."
    )
    assert credits(protest, text)[1] == ("900,000", None, "")


@pytest.mark.parametrize(
    "text, source",
    [
        # a word before the name puts the body at another level: not the national department
        ("The state agriculture department confirmed three infected herds on Aug. 30.", None),
        ("The provincial Agriculture Department said three herds were infected.", None),
        ("The Agriculture Department confirmed three infected herds on Aug. 30.", "usda"),
        # ...unless the source's own names hold the word
        ("The regional health office said three herds were infected.", "health-office"),
        # ...and not before one word, an acronym or an outlet's name ("state" media)
        ("The state Xinhua news agency said three herds were infected.", "xinhua"),
        ("North Korea's state KCNA said three herds were infected.", "kcna"),
    ],
)
def test_a_name_at_another_level_of_government_is_another_body(tmp_path, text, source):
    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  usda: {name: the U.S. Department of Agriculture, aliases: [Agriculture Department]}\n"
        "  health-office: {name: the regional health office, aliases: [health office]}\n"
        "  xinhua: {name: Xinhua, aliases: [Xinhua, Xinhua news agency]}\n"
        "  kcna: {name: KCNA, aliases: [KCNA]}\n"
        "facts: []\n",
        pack="metrics:\n  herds:\n    cues: [herds]\nsubjects:\n  s:\n    cues: [cows]\n",
    )
    [claim] = extract(Document.from_text(text, "d.txt", dt.date(2024, 9, 1)), lexicon)
    assert claim.source == source


@pytest.mark.parametrize(
    "template",
    [
        # a gapped clause's speaker ("... and Ólafur Group 55,000")
        "The police counted 87,000 and {name} Group 55,000.",
        "{name} Ragnarsson, the agency's chief, said 300 people were killed.",
        "The toll reached 300 on Monday, {name} Ragnarsson said.",
        "Police said 300 people were killed in {name} Town and 40 in Harbour City.",
    ],
)
def test_a_name_with_a_capital_of_another_latin_script_reads_like_an_ascii_one(tmp_path, template):
    """'Ólafur' reads as 'Olafur' does: names take capitals of any Latin script."""
    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources: {}\nfacts: []\n",
        pack="metrics:\n  killed:\n    cues: [killed, counted]\n"
        "subjects:\n  s:\n    cues: [people]\n",
    )

    def read(name):
        text = template.format(name=name)
        return [
            (c.text, c.metric, c.as_of, c.source_text.replace(name, "NAME"))
            for c in extract(Document.from_text(text, "d.txt", dt.date(2024, 9, 18)), lexicon)
        ]

    assert read("Ólafur") == read("Olafur")


@pytest.mark.parametrize(
    "text",
    [
        "Data compiled by Macy's show 150 stores closed.",
        "Figures released by Macy's put the crowd at 2,500.",
    ],
)
def test_a_name_ending_in_s_stops_before_its_verb(protest, text):
    """'Figures released by Macy's put the job cuts at 2,500': "put" is the verb of a name that
    ends in 's, not a thing it owns ("the CGT's claims")."""
    [(_, _, speaker)] = credits(protest, text)
    assert speaker.startswith("Macy") and not speaker.endswith(("put", "show", "crowd"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Officials", "say", "300", "Were", "Killed", "in", "Floods"])))
def test_a_headline_has_every_longer_word_capitalised(words):
    """`_title_case` stops at the first longer word in lower case; it answers as reading them all
    would."""
    text = " ".join(words)
    longer = [w for w in words if len(w) > 3 and w.isalpha()]
    assert speakers._title_case(text) == (bool(longer) and all(w[0].isupper() for w in longer))
