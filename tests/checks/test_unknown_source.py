"""The unknown-source check: hand-built claims and facts, table rows of drafts, and an inline-marked
draft."""

import difflib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.reading.sources import _closest, mentions
from tests.checks.drafts import assert_case, assert_marked, case, fixture_set

CHECK = "unknown-source"

CASES = [
    case(
        "zelesnky",
        "About 12,000 North Korean troops were sent to Russia, according to Zelesnky.",
        "unknown-source",
        True,
        at="Zelesnky",
        refs=(),
        says=("Zelesnky",),
        suggests=("Zelensky",),
    ),
    case(
        "president-zelesnky",
        "About 12,000 troops were sent, according to President Zelesnky.",
        "unknown-source",
        True,
        at="Zelesnky",
        refs=(),
        suggests=("Zelensky",),
    ),
    case(
        "national-intelligence-agency",
        "The National Intelligence Agency (NIS) said about 300 North Korean soldiers were killed.",
        "unknown-source",
        True,
        at="National Intelligence Agency",
        refs=(),
        says=("NIS",),
        suggests=("National Intelligence Service",),
    ),
    case(
        "national-security-service",
        "The National Security Service (NIS) said about 300 North Korean soldiers were killed.",
        "unknown-source",
        True,
        at="National Security Service",
        refs=(),
        suggests=("National Intelligence Service",),
    ),
    case(
        "zelenksyy",
        "Zelenksyy said 4,000 North Korean soldiers were killed.",
        "unknown-source",
        True,
        at="Zelenksyy",
        refs=(),
        suggests=("Zelenskyy",),
    ),
    case(
        "yonhop",
        "About 300 North Korean soldiers were killed, Yonhop reported.",
        "unknown-source",
        True,
        at="Yonhop",
        refs=(),
        suggests=("Yonhap",),
    ),
    case(
        "joint-chiefs-of-stuff",
        "The Joint Chiefs of Stuff (JCS) said about 4,000 North Korean soldiers were killed or "
        "wounded.",
        "unknown-source",
        True,
        at="Joint Chiefs of Stuff",
        refs=(),
    ),
    case(
        "misspelled-multiword-name",
        "About 300 North Korean soldiers were killed, according to the National Inteligence "
        "Service.",
        "unknown-source",
        True,
        at="National Inteligence Service",
    ),
    # the abbreviation first, the name in brackets
    case(
        "nis-then-wrong-name",
        "The NIS (National Intelligence Agency) said about 300 North Korean soldiers were killed.",
        "unknown-source",
        True,
        at="National Intelligence Agency",
        says=("not what NIS stands for",),
        suggests=("NIS stands for National Intelligence Service (South Korea)",),
    ),
    case(
        "nis-then-right-name",
        "The NIS (National Intelligence Service) said about 300 North Korean soldiers were killed.",
        "unknown-source",
        False,
    ),
    # a misspelt expansion is a misspelling, in either order
    case(
        "misspelt-expansion",
        "The National Inteligence Service (NIS) said about 300 North Korean soldiers were killed.",
        "unknown-source",
        True,
        at="National Inteligence Service",
        suggests=("did you mean 'National Intelligence Service'",),
    ),
    # a misspelt multi-word name holding a correct part of it
    case(
        "misspelt-around-a-known-word",
        "About 300 North Korean soldiers were killed, the Yonhap Nesw Agency reported.",
        "unknown-source",
        True,
        at="Yonhap Nesw Agency",
        suggests=("Yonhap News Agency",),
    ),
    # a short acronym with two letters swapped, used as a speaker
    case(
        "ohca",
        "OHCA said 12,000 North Korean troops were deployed.",
        "unknown-source",
        True,
        at="OHCA",
        suggests=("OCHA",),
    ),
    case(
        "ohca-not-a-speaker",
        "About 12,000 North Korean troops were deployed near the OHCA depot.",
        "unknown-source",
        False,
    ),
    case(
        "ocha",
        "OCHA said 12,000 North Korean troops were deployed.",
        "unknown-source",
        False,
    ),
    # real names that merely look like known ones
    case(
        "kim-yo-jong",
        "Kim Yo Jong said 12,000 North Korean troops were deployed.",
        "unknown-source",
        False,
    ),
    case(
        "the-name-with-words-around-it",
        "About 300 were killed, South Korean and Ukrainian President Volodymyr Zelenskyy said.",
        "unknown-source",
        False,
    ),
    case(
        "president-zelensky",
        "About 12,000 troops were sent, according to President Zelensky.",
        "unknown-source",
        False,
    ),
    case(
        "national-intelligence-service",
        "The National Intelligence Service (NIS) said about 300 North Korean soldiers were killed.",
        "unknown-source",
        False,
    ),
    case(
        "south-koreas-nis-expansion",
        "South Korea's National Intelligence Service (NIS) said about 300 North Korean soldiers "
        "were killed.",
        "unknown-source",
        False,
    ),
    case(
        "zelenskyy-spelling",
        "Zelenskyy said 4,000 North Korean soldiers were killed.",
        "unknown-source",
        False,
    ),
    case(
        "zelenskiy-spelling",
        "Zelenskiy said 4,000 North Korean soldiers were killed.",
        "unknown-source",
        False,
    ),
    case(
        "place-names",
        "Pyongyang has sent about 12,000 troops to the Kursk region, Zelensky said.",
        "unknown-source",
        False,
    ),
    case(
        "possessive",
        "Zelensky's office said 4,000 North Korean soldiers were killed.",
        "unknown-source",
        False,
    ),
]


@pytest.mark.parametrize(("draft", "check", "fire", "expect"), CASES)
def test_draft(draft, check, fire, expect):
    assert_case(draft, check, fire, expect)


def test_marked_draft():
    assert_marked(CHECK)


@pytest.mark.parametrize(
    "text, name",
    [
        ("According to President Zelesnky, 12,000 were sent.", "Zelesnky"),
        ("The National Intelligence Agency (NIS) said so.", "National Intelligence Agency"),
        ("The National Inteligence Service said so.", "National Inteligence Service"),
        # one kind of organisation swapped for another, in a name of three words or more
        ("The National Intelligence Agency said so.", "National Intelligence Agency"),
        ("The National Intelligence Office said so.", "National Intelligence Office"),
        ("The National Intelligence Agencies said so.", "National Intelligence Agencies"),
    ],
)
def test_near_misses_are_problems(text, name):
    _, lexicon = fixture_set()
    assert [m.text for m in mentions(text, lexicon) if m.problem] == [name]


@pytest.mark.parametrize(
    "text",
    [
        "President Zelensky said so.",
        "The National Intelligence Service (NIS) said so.",
        "Zelenskyy and the NIS said so.",
        # a known name after an owner ("South Korea's National Intelligence Service" is an alias)
        "Korea's National Intelligence Service said so.",
        # another word swapped is another name ("National Security Service"), as is a kind of
        # organisation added or dropped
        "The National Security Service said so.",
        "The National Intelligence Service Agency said so.",
        # a kind of body of another group is another body ("National Security Council" and
        # "National Security Agency"), as is a kind outside every group (a ministry)
        "The National Intelligence Council said so.",
        "The National Intelligence Ministry said so.",
    ],
)
def test_real_names_are_not(text):
    _, lexicon = fixture_set()
    assert [m for m in mentions(text, lexicon) if m.problem] == []


def test_a_known_names_possessive_is_not_a_near_miss():
    """'the World Health Organization's Europe office': the name, owning the office."""
    from pathlib import Path

    from checker import references

    refs = Path(__file__).parents[1] / "stories" / "heatwave-europe-2022" / "reference.yaml"
    _, lexicon, problems = references.open_sets([refs])
    assert not problems
    text = "The World Health Organization's Europe office said 15,000 people died."
    assert [m.text for m in mentions(text, lexicon) if m.problem] == []


def test_a_known_name_before_and_is_not_a_near_miss(tmp_path):
    """'whether Acme Freight Services and Bolt had': a known name, then "and" and another name;
    "Acme Freight Services and" is no name, however close it is to "Acme Freight Services Inc"."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  acme: {name: Acme Freight Services,\n"
        "         aliases: [Acme Freight Services, Acme Freight Services Inc]}\n"
        "  bolt: {name: Bolt Logistics, aliases: [Bolt Logistics, Bolt]}\n"
        "facts:\n  - {id: a, metric: m, value: 1, source: acme, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [shipped]\nsubjects:\n  s:\n    cues: [parcels]\n",
    )
    text = "Regulators asked whether Acme Freight Services and Bolt had followed the rules."
    assert [m.text for m in mentions(text, lexicon) if m.problem] == []
    # ...while a misspelt one is still caught
    text = "Regulators asked whether Acme Frieght Services and Bolt had followed the rules."
    assert [m.text for m in mentions(text, lexicon) if m.problem] == ["Acme Frieght Services"]


def test_a_misspelt_name_with_a_comma_in_it(tmp_path):
    """'Ministry of Land, Infrastructure and Trasnport': a known name with a comma in it is compared
    across the comma; a plain list of places is not a name."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  molit:\n    name: the transport ministry\n"
        '    aliases: ["Ministry of Land, Infrastructure and Transport", transport ministry]\n'
        "facts:\n  - {id: a, metric: m, value: 1, source: molit, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [killed]\nsubjects:\n  s:\n    cues: [passengers]\n",
    )
    text = "The Ministry of Land, Infrastructure and Trasnport said 179 were killed."
    problems = [m.text for m in mentions(text, lexicon) if m.problem]
    assert problems == ["Ministry of Land, Infrastructure and Trasnport"]
    text = "The Ministry of Land, Infrastructure and Transport said 179 were killed."
    assert [m.text for m in mentions(text, lexicon) if m.problem] == []
    text = "Officials in Seoul, Busan and Daegu said 179 were killed."
    assert [m.text for m in mentions(text, lexicon) if m.problem] == []


@pytest.mark.parametrize(
    "text, problems",
    [
        # one word before the comma: the name is still read across it
        ("The train carried 72 cars, according to the Montreal, Main & Atlantic Railway.",
         ["Montreal, Main & Atlantic Railway"]),
        ("The train carried 72 cars, according to the Montreal, Maine & Atlantic Railway.", []),
        ("The train carried 72 cars, according to the Montreal Main & Atlantic Railway.",
         ["Montreal Main & Atlantic Railway"]),
        # "and" for "&" is the same name
        ("The train carried 72 cars, according to the Montreal, Maine and Atlantic Railway.", []),
        ("The train carried 72 cars, according to the Montreal, Main and Atlantic Railway.",
         ["Montreal, Main and Atlantic Railway"]),
        # a place before a comma and another name after it is no name with a comma
        ("In Montreal, Transport Canada said 72 cars were carried.", []),
        ("In Maine, Atlantic Railway said 72 cars were carried.", []),
    ],
)  # fmt: skip
def test_a_misspelt_name_with_a_comma_after_one_word(tmp_path, text, problems):
    sources = (
        '  mma:\n    name: the railway\n    aliases: ["Montreal, Maine & Atlantic Railway", MMA]\n'
    )
    assert _problems(tmp_path, sources, "mma", text) == problems


def test_and_for_an_ampersand_names_the_source(tmp_path):
    """'the Montreal, Maine and Atlantic Railway said': the source its '&' alias names, and the
    other way round; neither a misspelling."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        '  mma: {name: the railway, aliases: ["Montreal, Maine & Atlantic Railway"]}\n'
        "  molit:\n    name: the ministry\n"
        '    aliases: ["Ministry of Land, Infrastructure and Transport"]\n'
        "facts:\n  - {id: a, metric: m, value: 1, source: mma, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [cars]\nsubjects:\n  s:\n    cues: [train]\n",
    )
    for text, source in [
        ("The train carried 70 cars, the Montreal, Maine and Atlantic Railway said.", "mma"),
        ("The Ministry of Land, Infrastructure & Transport said 72 cars were checked.", "molit"),
    ]:
        found = mentions(text, lexicon)
        assert [(m.source, m.problem) for m in found] == [(source, "")]


def _long_names(tmp_path):
    from tests.reading.lexicons import lexicon_of

    return lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  knchr:\n    name: the Kenya National Commission on Human Rights (KNCHR)\n"
        "    aliases: [Kenya National Commission on Human Rights, KNCHR]\n"
        "  ifrc:\n    name: the International Federation of Red Cross and Red Crescent Societies\n"
        "    aliases: [International Federation of Red Cross and Red Crescent Societies, IFRC]\n"
        "  amnesty-kenya:\n    name: Amnesty International Kenya\n"
        "    aliases: [Amnesty International Kenya, Amnesty Kenya]\n"
        "facts:\n  - {id: a, metric: m, value: 1, source: knchr, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [killed]\nsubjects:\n  s:\n    cues: [protesters]\n",
    )


@pytest.mark.parametrize(
    "text, problems",
    [
        # a name with a small word inside ("on") is read whole, right or wrong
        ("The Kenya National Commission on Human Rights (KNCHR) said 39 were killed.", []),
        (
            "The Kenya National Council on Human Rights (KNCHR) said 39 were killed.",
            ["Kenya National Council on Human Rights"],
        ),
        # a name longer than the pattern sees is not a wrong expansion for its cut-off end
        (
            "The International Federation of Red Cross and Red Crescent Societies (IFRC) said "
            "2,946 were killed.",
            [],
        ),
        # an owner and what it owns is not a misspelt name
        ("Amnesty's Kenya director, Irungu Houghton, said 23 were killed.", []),
        ("Amnesty Kenay said 23 were killed.", ["Amnesty Kenay"]),
    ],
)
def test_long_names_small_words_and_owners(tmp_path, text, problems):
    lexicon = _long_names(tmp_path)
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # "Minister" in a title is another form of the alias "ministers", not a misspelling of it
        ("Prime Minister Rishi Sunak announced a 6% rise.", []),
        ("The ministers agreed a 6% rise.", []),
        ("Minsters agreed a 6% rise.", ["Minsters"]),
    ],
)
def test_another_form_of_an_alias_is_no_misspelling(tmp_path, text, problems):
    sources = (
        "  government:\n    name: the government\n    aliases: [the government, ministers, Sunak]\n"
    )
    assert _problems(tmp_path, sources, "government", text) == problems


def _glossed_names(tmp_path):
    from tests.reading.lexicons import lexicon_of

    return lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  sedena:\n    name: the Defense Ministry (Sedena)\n"
        "    aliases: [Sedena, Defense Ministry, Secretariat of National Defense]\n"
        "  komnas-ham:\n    name: the National Commission on Human Rights (Komnas HAM)\n"
        "    aliases: [Komnas HAM, National Commission on Human Rights]\n"
        "  ocha:\n    name: the UN humanitarian office (OCHA)\n"
        "    aliases: [OCHA, UN Office for the Coordination of Humanitarian Affairs]\n"
        "  nato:\n    name: NATO\n    aliases: [NATO]\n"
        "  unicef:\n    name: UNICEF\n    aliases: [UNICEF, United Nations Children's Fund]\n"
        "  obi:\n    name: Peter Obi\n    aliases: [Obi, Peter Obi]\n"
        "  labour:\n    name: the Labour Party\n    aliases: [Labour Party]\n"
        "  awu:\n    name: the Alphabet Workers Union\n    aliases: [Alphabet Workers Union]\n"
        "  alphabet:\n    name: Alphabet\n    aliases: [Alphabet, Google]\n"
        "  idc:\n    name: IDC\n    aliases: [IDC, International Data Corp]\n"
        "  invs:\n    name: the InVS\n"
        "    aliases: [InVS, Institut de veille sanitaire, Réunion's surveillance institute]\n"
        "  dpr:\n    name: the House (DPR)\n    aliases: [DPR, House of Representatives]\n"
        "  cdc:\n    name: the CDC\n"
        "    aliases: [CDC, Centers for Disease Control and Prevention]\n"
        "facts:\n  - {id: a, metric: m, value: 1, source: ocha, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [killed]\nsubjects:\n  s:\n    cues: [people]\n",
    )


@pytest.mark.parametrize(
    "text, problems",
    [
        # a short name of any form, then a wrong name in brackets after "the"
        ("Sedena (the Secretariat of the Navy) said 8,391 troops were sent.",
         ["Secretariat of the Navy"]),
        ("Sedena (the Secretariat of National Defense) said 8,391 troops were sent.", []),
        ("Komnas HAM (the National Commission on Human Resources) counted 45 rounds.",
         ["National Commission on Human Resources"]),
        ("Komnas HAM (the National Commission on Human Rights) counted 45 rounds.", []),
        # an acronym, then its name between commas: read as its expansion only when the acronym's
        # letters are the name's initials
        ("OCHA, the UN Office for Coordinated Humanitarian Aid, says 24.7 million need help.",
         ["UN Office for Coordinated Humanitarian Aid"]),
        ("OCHA, the UN Office for the Coordination of Humanitarian Affairs, says 24.7 million "
         "need help.", []),
        ("NATO, the Western Alliance, says 300 were killed.", []),
        # ...or when the name is one word off one of its source's names ("Refugee Affairs" for
        # "Humanitarian Affairs", as "OHCHR, the Office of the UN High Commissioner for Refugees,")
        ("OCHA, the UN Office for the Coordination of Refugee Affairs, says 24.7 million need "
         "help.", ["UN Office for the Coordination of Refugee Affairs"]),
        # ...and after a gloss word ("or"); an abbreviation's last period is no difference
        ("OCHA, or UN Office for Coordinated Humanitarian Aid, says 24.7 million need help.",
         ["UN Office for Coordinated Humanitarian Aid"]),
        ("OCHA, or the UN Office for the Coordination of Humanitarian Affairs, says 24.7 million "
         "need help.", []),
        ("IDC, or International Data Center, said HP had 15.9 percent.",
         ["International Data Center"]),
        ("IDC, or International Data Corp., said HP had 15.9 percent.", []),
        # a name after "or" whose initials are not the acronym's is another body
        ("IDC, or Gartner Research, said HP had 15.9 percent.", []),
        ("IDC, the International Data Corp., said HP had 15.9 percent.", []),
        # an owner inside the name is kept when the name is nearer the source's with it
        ("UNICEF (the United Nations Children's Education Fund) said 188 children had died.",
         ["United Nations Children's Education Fund"]),
        # another known body in brackets is an affiliation, not an expansion
        ("Obi (Labour Party) won 25% in 12 states.", []),
        # a misspelt name holding another source's name ("Alphabet") is still a near-miss
        ("More than 1,000 were told, the Alphabet Wokers Union said.", ["Alphabet Wokers Union"]),
        ("More than 1,000 were told, the Alphabet Workers Union said.", []),
        # a name in sentence case before its known abbreviation, read from a word that opens one
        # of its names
        ("About 266,000 were infected, the Institut national de veille sanitaire (InVS) said.",
         ["Institut national de veille sanitaire"]),
        ("About 266,000 were infected, the Institut de veille sanitaire (InVS) said.", []),
        ("About 266,000 were infected, said the French Institut de veille sanitaire (InVS).", []),
        ("About 266,000 were infected, the island's health survey (InVS) said.", []),
        # ...but not a description before it, nor a clause that happens to start with such a
        # word, nor a name with capitals inside
        ("About 266,000 were infected, the Institut's own survey team (InVS) said.", []),
        ("Institut officials said the national surveillance agency (InVS) counted 266,000.", []),
        ("The United Nations children's agency (UNICEF) said 188 children had died.", []),
        ("About 266,000 were infected, Réunion's surveillance institutes (InVS) said.", []),
        ("The Centers for Disease Control and Prevention (CDC) said 812 were ill.", []),
        # a known name beside an abbreviation one letter off another of its source's is left
        # alone: it may be another body ("the provincial Disaster Management Authority (PDMA)",
        # "the Red Cross (ICRC)")
        ("The House of Representatives (DPD) said it runs to 812 pages.", []),
    ],
)  # fmt: skip
def test_glossed_names(tmp_path, text, problems):
    lexicon = _glossed_names(tmp_path)
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a hyphened name a letter off, though a known name stands inside it
        ("Cleaveland-Cliffs offered $35 a share.", ["Cleaveland-Cliffs"]),
        ("Cleveland-Cliffs offered $35 a share.", []),
        ("Cleveland-Cliffs's offer was $35 a share.", []),
        # a source's id is no name: "California" is not a misspelt "california-edd"
        ("California said 3,933 jobs would go.", []),
        # a long name with one word another is another body's, not a misnamed known one
        ("The Ministry of Land, Infrastructure and Transport said 101 planes would be checked.",
         []),
        ("The U.S. Department of State said 101 planes would be checked.", []),
        ("South Korean Intelligence Reports say 101 planes would be checked.", []),
    ],
)  # fmt: skip
def test_hyphened_and_renamed_names(tmp_path, text, problems):
    sources = (
        "  cleveland-cliffs: {name: Cleveland-Cliffs, aliases: [Cleveland-Cliffs, Cliffs]}\n"
        "  california-edd: {name: the EDD, aliases: [EDD]}\n"
        "  molit:\n    name: the transport ministry\n"
        '    aliases: ["Ministry of Land, Infrastructure and Transport", transport ministry]\n'
        "  dod: {name: the Pentagon, aliases: [U.S. Department of Defense]}\n"
        "  nis: {name: the NIS, aliases: [NIS, South Korean intelligence officials]}\n"
    )
    assert _problems(tmp_path, sources, "molit", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a name written with other letters is the same name, not a misspelling of it
        ("Thorsten Groeger said 35,000 jobs would go.", []),
        ("Lopez Obrador said 35,000 jobs would go.", []),
        ("Groeger said 35,000 jobs would go.", []),
        # ...and so is a British or American spelling of it
        ("Organisers said 35,000 people marched.", []),
        ("The Organisation of Petroleum Exporting Countries said 35,000 jobs would go.", []),
        # ... while a letter off still is one
        ("Thorsten Grueger said 35,000 jobs would go.", ["Thorsten Grueger"]),
        ("Organisors said 35,000 people marched.", ["Organisors"]),
    ],
)
def test_names_respelled_are_no_misspellings(tmp_path, text, problems):
    sources = (
        "  igm: {name: IG Metall, aliases: [IG Metall, Thorsten Gröger, Gröger]}\n"
        "  amlo: {name: the president, aliases: [Andrés Manuel López Obrador, López Obrador]}\n"
        "  mpl: {name: the movement, aliases: [organizers]}\n"
        "  opec: {name: OPEC, aliases: [Organization of Petroleum Exporting Countries]}\n"
    )
    assert _problems(tmp_path, sources, "igm", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a place's word beside its name's alias is no misspelling of it
        ("The dead included German and British holidaymakers.", []),
        ("Kenyan officials said 35,000 jobs would go.", []),
        ("The Haitian toll rose to 3,000.", []),
        ("German officials pledged 500 million euros.", []),
        # ...while a letter off the name still is one, and so is the name short of its last
        # letter used as a name ("Ukrain said", "President Zelensk")
        ("Germny pledged 500 million euros.", ["Germny"]),
        ("German said it pledged 500 million euros.", ["German"]),
        ("Chancellor German pledged 500 million euros.", ["German"]),
        # ...and so is the name with a vowel more, used as an adjective or not
        ("Analysts polled by Refinitive had expected $1.43 billion.", ["Refinitive"]),
        ("Refinitive analysts had expected $1.43 billion.", ["Refinitive"]),
    ],
)
def test_a_place_word_is_no_misspelt_name(tmp_path, text, problems):
    sources = (
        "  germany: {name: the German government, aliases: [Germany, Berlin]}\n"
        "  kenya: {name: the Kenyan government, aliases: [Kenya]}\n"
        "  haiti: {name: Haiti's government, aliases: [Haiti]}\n"
        "  refinitiv: {name: Refinitiv, aliases: [Refinitiv]}\n"
    )
    assert _problems(tmp_path, sources, "germany", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a word that opens a clause, capitalised at the sentence's start, is no misspelt name
        ("After the award, the union said 130 factories had closed.", []),
        # ...while a letter off the name still is one
        ("Akterr said 130 factories had closed.", ["Akterr"]),
    ],
)
def test_a_word_opening_a_clause_is_no_misspelt_name(tmp_path, text, problems):
    sources = "  akter: {name: Kalpona Akter, kind: person, aliases: [Kalpona Akter, Akter]}\n"
    assert _problems(tmp_path, sources, "akter", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a common word capitalised only as the sentence's first, before a noun, is no misspelt
        # name (held-out Denmark: "Opinion polls had underestimated the Social Democrats",
        # beside the pollster Epinion)
        ("Opinion polls had the party at 25%.", []),
        ('"Opinion polls had the party at 25%," he said.', []),
        # ...past a dateline or a list mark too (a review of the round)
        ("COPENHAGEN, Nov 1 (Reuters) - Opinion polls had the party at 25%.", []),
        ("- Opinion polls had the party at 25%.", []),
        # ...while a letter off the name, before its verb, inside the sentence, or the same from
        # its first letter, still is one
        ("Epinon said the party was at 25%.", ["Epinon"]),
        ("Polls by Opinion had the party at 25%.", ["Opinion"]),
        ("Epinon polls had the party at 25%.", ["Epinon"]),
        # a person's title is no misspelt name (held-out Omicron: "President Cyril Ramaphosa",
        # beside the Presidency)
        ("President Cyril Ramaphosa said 25% had tested positive.", []),
        ("The Presidecy said 25% had tested positive.", ["Presidecy"]),
    ],
)
def test_a_common_word_is_no_misspelt_name(tmp_path, text, problems):
    sources = (
        "  epinion: {name: Epinion, aliases: [Epinion]}\n"
        "  presidency: {name: the Presidency, aliases: [Presidency]}\n"
    )
    assert _problems(tmp_path, sources, "epinion", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a month's or a weekday's name is no misspelt name, a letter off one though it be
        ("The lifts were kept up until the end of August, at 5,910 euros a month.", []),
        ("On Sunday, officials said 12 people died.", []),
        # ...while a letter off the name still is one
        ("Agusto said 12 people died.", ["Agusto"]),
    ],
)
def test_a_time_s_name_is_no_misspelt_name(tmp_path, text, problems):
    sources = (
        "  augusto: {name: Tiago Augusto, kind: person, aliases: [Tiago Augusto, Augusto]}\n"
        "  sunda: {name: Sundar, kind: person, aliases: [Sundar, Sundax]}\n"
    )
    assert _problems(tmp_path, sources, "augusto", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a speaker a letter off a body's short multi-word name (shorter than
        # phrase_alias_min_chars) is a misspelling of it...
        ("About 200 cars took part, according to IG Metal.", ["IG Metal"]),
        # ...not a person's ("Tom Rice" beside "Tom Price")...
        ("About 200 cars took part, according to Tom Rice.", []),
        # ...nor such a name that speaks for no figure (only longer names are read everywhere)
        ("IG Metal members marched through Berlin.", []),
        # the name before an apposition the speaker's words run on into
        ("About 200 cars took part, IG Metal, the biggest union, said.", ["IG Metal"]),
        ("About 200 cars took part, IG Metall, the biggest union, said.", []),
        ("About 200 cars took part, Tom Rice, a union official, said.", []),
    ],
)
def test_a_speaker_off_a_bodys_short_name(tmp_path, text, problems):
    from checker.reading import speakers
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  ig-metall: {name: IG Metall, aliases: [IG Metall]}\n"
        "  price: {name: Tom Price, kind: person, aliases: [Tom Price]}\n"
        "facts: []\n",
        pack="metrics:\n  m:\n    cues: [cars]\nsubjects:\n  s:\n    cues: [people]\n",
    )
    assert [m.text for m in speakers.mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a known name without its first words is another body's name, or a short form: no
        # misspelling
        ("The U.S. Centers for Disease Control and Prevention has advised against travel.", []),
        ("The Centers for Disease Control and Prevention has advised against travel.", []),
        # a letter off is
        (
            "The Africa Centers for Disease Contol and Prevention has advised against travel.",
            ["Africa Centers for Disease Contol and Prevention"],
        ),
    ],
)
def test_a_known_name_without_its_first_words_is_no_misspelling(tmp_path, text, problems):
    sources = (
        "  acdc:\n    name: the Africa CDC\n"
        "    aliases: [Africa CDC, Africa Centers for Disease Control and Prevention]\n"
    )
    assert _problems(tmp_path, sources, "acdc", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a person's title (the language pack's) is no misspelt organisation
        ("Interior Minister Lee Sang-min said 153 had died.", []),
        ("The Interior Minstry said 153 had died.", ["Interior Minstry"]),
    ],
)
def test_a_title_is_no_misspelt_name(tmp_path, text, problems):
    sources = (
        "  mois:\n    name: the Interior Ministry\n"
        "    aliases: [Interior Ministry, Ministry of the Interior and Safety]\n"
    )
    assert _problems(tmp_path, sources, "mois", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a name opening with an accented capital is a name like any other, right or wrong
        ("Òmnium Cultural says more than 1,400 people could benefit.", []),
        ("Òmnium Cultral says more than 1,400 people could benefit.", ["Òmnium Cultral"]),
        ("Élysée Palace officials said 1,400 people could benefit.", []),
        ("The Élysée Palce said 1,400 people could benefit.", ["Élysée Palce"]),
        ("The Élysée said 1,400 people could benefit.", []),
    ],
)
def test_names_opening_with_an_accented_capital(tmp_path, text, problems):
    sources = (
        "  omnium:\n    name: Òmnium Cultural\n    aliases: [Òmnium Cultural, Òmnium]\n"
        "  elysee:\n    name: the Élysée\n    aliases: [Élysée Palace, Élysée]\n"
    )
    assert _problems(tmp_path, sources, "omnium", text) == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a name the topic pack's subjects know is no misspelt source, however close
        ("Bassirou Diomaye Faye won 54.28% of the vote.", []),
        ("Diomaye won 54.28% of the vote.", []),
        # ... while a word a letter off a source's name still is one
        ("Diomey won 54.28% of the vote.", ["Diomey"]),
    ],
)
def test_a_subjects_name_is_no_misspelt_source(tmp_path, text, problems):
    sources = (
        "  interior:\n    name: the Interior Ministry\n    aliases: [Interior Ministry, Diome]\n"
    )
    subjects = "  faye:\n    cues: [Bassirou Diomaye Faye, Diomaye, Faye]\n"
    assert _problems(tmp_path, sources, "interior", text, subjects) == problems


def _problems(tmp_path, sources: str, source: str, text: str, subjects: str = "") -> list[str]:
    """The near-miss names `mentions` reports in `text`, read with a story of these sources (YAML
    under `sources:`), one fact of `source`'s, and these subjects (YAML under `subjects:`) beside
    one of people."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        f"subject: s\nsources:\n{sources}"
        f"facts:\n  - {{id: a, metric: m, value: 1, source: {source}, as_of: 2024-01-01}}\n",
        pack="metrics:\n  m:\n    cues: [died]\nsubjects:\n  s:\n    cues: [people]\n" + subjects,
    )
    return [m.text for m in mentions(text, lexicon) if m.problem]


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet="abcde -", min_size=1, max_size=24),
    st.lists(st.text(alphabet="abcde -", min_size=1, max_size=30), max_size=20, unique=True),
    st.sampled_from([0.8, 0.9]),
)
def test_the_closest_name_is_difflibs(word, candidates, cutoff):
    """Comparing only names of a length that can reach the cutoff finds what difflib finds among
    them all."""
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
    assert _closest(word, tuple(candidates), cutoff) == (close[0] if close else None)


@pytest.mark.parametrize(
    "text, problem, suggestion",
    [
        # a plain name that is none of the aliases is a name the draft may misspell too (one word,
        # several words, an acronym): the suggestion writes it as the name does
        ("Fronteks said 380,000 crossed.", "Fronteks", "Frontex"),
        (
            "President Emanuel Macron said 282,000 marched.",
            "President Emanuel Macron",
            "President Emmanuel Macron",
        ),
        ("NTAO said 4,000 were deployed.", "NTAO", "NATO"),
    ],
)
def test_a_misspelt_plain_name_that_is_no_alias(tmp_path, text, problem, suggestion):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  frontex: {name: Frontex, aliases: [the agency]}\n"
        "  macron: {name: President Emmanuel Macron, aliases: [the president]}\n"
        "  nato: {name: NATO, aliases: [the alliance]}\n"
        "facts:\n  - {id: a, metric: m, value: 1, source: frontex, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [crossed]\nsubjects:\n  s:\n    cues: [migrants]\n",
    )
    [found] = [m for m in mentions(text, lexicon) if m.problem]
    assert (found.text, found.suggestion) == (problem, f"did you mean '{suggestion}'?")


@pytest.mark.parametrize(
    "text",
    [
        # a name does not go on past a small word into a date: not "... and Prevention on Jan"
        "The U.S. Centers for Disease Control and Prevention on Jan. 22 listed 22 countries.",
        "The Centers for Disease Control and Prevention on Monday listed 22 countries.",
    ],
)
def test_a_name_before_a_date_is_no_misspelling(tmp_path, text):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n  cdc:\n"
        "    name: the U.S. Centers for Disease Control and Prevention\n"
        "    aliases: [Centers for Disease Control and Prevention,"
        " U.S. Centers for Disease Control and Prevention, CDC]\n"
        "facts:\n  - {id: a, metric: m, value: 22, source: cdc, as_of: 2016-01-22}\n",
        pack="metrics:\n  m:\n    cues: [countries]\nsubjects:\n  s:\n    cues: [travellers]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == []


@pytest.mark.parametrize(
    "text, problems",
    [
        # a speaker a letter or two off a multi-word alias, lower-case words and all
        ("The Paris police prefecure said 412 were arrested.", ["Paris police prefecure"]),
        ("Later the Paris police prefecture said 412 were arrested.", []),
        # ...another form of its words is the same name
        (
            "412 were arrested, according to Andy Dietderich, a lawyer for FTX, who told the "
            "court.",
            [],
        ),
        # ...a shorter name is no misspelling of a longer one
        ("The Paris police said 412 were arrested.", []),
    ],
)
def test_a_misspelt_speaker_in_lower_case(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  prefecture:\n    name: the Paris police prefecture\n"
        "    aliases: [Paris police prefecture]\n"
        "  debtors:\n    name: FTX's lawyers\n    aliases: [lawyers for FTX, Andy Dietderich]\n"
        "facts:\n  - {id: a, metric: m, value: 412, source: prefecture, as_of: 2018-12-01}\n",
        pack="metrics:\n  m:\n    cues: [arrested]\nsubjects:\n  s:\n    cues: [protesters]\n",
    )
    from checker.reading.speakers import mentions as speakers

    assert [m.text for m in speakers(text, lexicon) if m.problem] == problems


@pytest.fixture
def atomic(tmp_path):
    from tests.reading.lexicons import lexicon_of

    return lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  iaea:\n    name: the IAEA\n"
        "    aliases: [International Atomic Energy Agency, IAEA]\n"
        "facts:\n  - {id: a, metric: m, value: 3, source: iaea, as_of: 2011-03-14}\n",
        pack="metrics:\n  m:\n    cues: [reactors]\nsubjects:\n  s:\n    cues: [Japan]\n",
    )


@pytest.mark.parametrize("asked", [1, 2])  # the second time from the per-lexicon memo
def test_a_name_with_another_kind_of_body_is_a_misspelling(atomic, asked):
    text = "The International Atomic Energy Authority said 3 reactors were damaged."
    for _ in range(asked):
        found = [(m.text, m.suggestion) for m in mentions(text, atomic) if m.problem]
    assert found == [
        (
            "International Atomic Energy Authority",
            "did you mean 'International Atomic Energy Agency'?",
        )
    ]


def test_the_memo_of_retyped_names_is_bounded(atomic):
    from checker.reading import sources

    memo = sources._retyped_memo(atomic)
    for i in range(sources._MEMO_ENTRIES + 50):
        sources._retyped(f"Atomic Energy Authority Number{i}", atomic)
    assert 0 < len(memo) <= sources._MEMO_ENTRIES
    assert sources._retyped("International Atomic Energy Authority", atomic) == (
        "international atomic energy agency"
    )


@pytest.mark.parametrize(
    "text, problems",
    [
        # a name joined by an ampersand is one name, misspelt as a whole, speaker or not
        ("Ernest & Young, Wirecard's auditor, refused to sign off.", ["Ernest & Young"]),
        ("Ernst & Young, Wirecard's auditor, refused to sign off.", []),
        ("Ernest & Young said 1.9 billion euros were missing.", ["Ernest & Young"]),
    ],
)
def test_a_name_joined_by_an_ampersand(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  ey:\n    name: EY\n    aliases: [EY, Ernst & Young, Wirecard's auditor]\n"
        "facts:\n  - {id: a, metric: m, value: 1.9, source: ey, as_of: 2020-06-18}\n",
        pack="metrics:\n  m:\n    cues: [missing]\nsubjects:\n  s:\n    cues: [Wirecard]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    "text, problems",
    [
        # a kind of body of another group, in a name of four words or more
        (
            "The Federal Deposit Insurance Commission said 3 banks failed.",
            ["Federal Deposit Insurance Commission"],
        ),
        ("The Insurance Board of Canada said 3 banks failed.", ["Insurance Board of Canada"]),
        # ...not in a shorter one: "National Security Council" is no "National Security Agency"
        ("The National Security Council said 3 banks failed.", []),
        # the name itself
        ("The Federal Deposit Insurance Corporation said 3 banks failed.", []),
    ],
)
def test_a_longer_name_with_a_kind_of_body_of_another_group(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  fdic:\n    name: the FDIC\n    aliases: [Federal Deposit Insurance Corporation, FDIC]\n"
        "  ibc:\n    name: the IBC\n    aliases: [Insurance Bureau of Canada, IBC]\n"
        "  nsa:\n    name: the NSA\n    aliases: [National Security Agency, NSA]\n"
        "facts:\n  - {id: a, metric: m, value: 3, source: fdic, as_of: 2023-05-01}\n",
        pack="metrics:\n  m:\n    cues: [banks failed]\nsubjects:\n  s:\n    cues: [US]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        # one word of a long name swapped for another opening with the same two letters
        (
            "The National Disaster Relief Force said 41 teams were out.",
            ["National Disaster Relief Force"],
        ),
        # ...not another word altogether, nor one with only its initial kept (real bodies: the
        # Royal College of Pathologists beside the Royal College of Physicians), nor in a shorter
        # name, nor a short word
        ("The National Disaster Management Force said 41 teams were out.", []),
        ("The National Disaster Rapid Force said 41 teams were out.", []),
        ("The National Emergency Response Force said 41 teams were out.", []),
        ("The Disaster Relief Force said 41 teams were out.", []),
        ("The National Disaster Response Unit said 41 teams were out.", []),
        # the name itself
        ("The National Disaster Response Force said 41 teams were out.", []),
    ],
)
def test_a_long_name_with_one_word_half_remembered(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  ndrf:\n    name: the NDRF\n    aliases: [National Disaster Response Force, NDRF]\n"
        "facts:\n  - {id: a, metric: m, value: 41, source: ndrf, as_of: 2020-05-19}\n",
        pack="metrics:\n  m:\n    cues: [teams]\nsubjects:\n  s:\n    cues: [India]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


def test_a_possessive_form_of_an_alias_is_no_misspelling(tmp_path):
    """'the European Union's observers noted' beside the alias 'European Union observers'."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  eu:\n    name: the EU mission\n    aliases: [European Union observers, EU mission]\n"
        "facts:\n  - {id: a, metric: m, value: 3, source: eu, as_of: 2021-08-16}\n",
        pack="metrics:\n  m:\n    cues: [rallies]\nsubjects:\n  s:\n    cues: [Zambia]\n",
    )
    from checker.reading.speakers import mentions as speakers

    text = "The European Union's observers noted 3 rallies were banned."
    assert [m.text for m in speakers(text, lexicon) if m.problem] == []
    text = "The European Unoin observers noted 3 rallies were banned."
    assert [m.text for m in speakers(text, lexicon) if m.problem] == ["European Unoin observers"]


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        # a misspelt name listed before a known one
        (
            "Kohlberg Kravis Robert & Co. and Bain Capital each put $10 million into the fund.",
            ["Kohlberg Kravis Robert & Co."],
        ),
        ("Kohlberg Kravis Roberts & Co. and Bain Capital put $20 million into the fund.", []),
        # ...not a title of the known name after it
        ("KKR Chairman Henry Kravis said $20 million went into the fund.", []),
        ("K.K.R. Co-Chairman Henry Kravis said $20 million went into the fund.", []),
    ],
)
def test_a_misspelt_name_listed_before_a_known_one(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  kkr:\n    name: KKR and Bain Capital\n"
        "    aliases: [KKR, K.K.R., Kohlberg Kravis Roberts & Co., KKR Co-Chairman, Bain Capital,"
        " Henry Kravis]\n"
        "facts:\n  - {id: a, metric: m, value: 20000000, unit: USD, source: kkr,"
        " as_of: 2018-11-20}\n",
        pack="metrics:\n  m:\n    cues: [fund]\nsubjects:\n  s:\n    cues: [workers]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        # a short two-word name is not compared: one letter off a nine-letter alias is as often
        # another real name ("Tom Rice" beside "Tom Price") as a misspelling ("Munch Re")
        ("The floods caused losses of 33 billion euros, Tom Rice said.", []),
        ("The floods caused losses of 33 billion euros, Munch Re said.", []),
        ("The floods caused losses of 33 billion euros, Munich Re said.", []),
    ],
)
def test_a_short_two_word_name_is_not_compared(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  munich-re:\n    name: Munich Re\n    aliases: [Munich Re, Munich Reinsurance]\n"
        "  price:\n    name: Tom Price\n    aliases: [Tom Price]\n"
        "facts:\n  - {id: a, metric: m, value: 33000000000, unit: EUR, source: munich-re,"
        " as_of: 2022-01-10}\n",
        pack="metrics:\n  m:\n    cues: [losses]\nsubjects:\n  s:\n    cues: [floods]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    ("text", "problems"),
    [
        # a known name listed before another is two names, not a misspelt one
        (
            "The University of Hawaii's Pacific Disaster Center and FEMA counted 2,207 homes.",
            [],
        ),
        (
            "The University of Hawai's Pacific Disaster Center and FEMA counted 2,207 homes.",
            ["University of Hawai's Pacific Disaster Center and FEMA"],
        ),
    ],
)
def test_a_known_name_listed_before_another(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  pdc:\n    name: the Pacific Disaster Center\n"
        '    aliases: [Pacific Disaster Center, "University of Hawaii\'s Pacific Disaster Center",'
        " Pacific Disaster Center and FEMA]\n"
        "facts:\n  - {id: a, metric: m, value: 2207, source: pdc, as_of: 2023-08-12}\n",
        pack="metrics:\n  m:\n    cues: [homes]\nsubjects:\n  s:\n    cues: [Lahaina]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    "text",
    [
        # a long name with one later word swapped is another real body, not a misspelling
        "The Ministry of Health and Social Welfare said 40 clinics had closed.",
        "The Missouri Department of Health and Senior Services said 40 clinics had closed.",
    ],
)
def test_a_long_name_with_one_word_swapped_is_another_body(tmp_path, text):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  mohss:\n    name: the ministry\n"
        "    aliases: [Ministry of Health and Social Services, Department of Health and Human "
        "Services]\n"
        "facts:\n  - {id: a, metric: m, value: 40, source: mohss, as_of: 2024-12-01}\n",
        pack="metrics:\n  m:\n    cues: [clinics]\nsubjects:\n  s:\n    cues: [Namibia]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == []


def test_a_name_with_an_elided_particle_is_read_whole_before_its_short_name(tmp_path):
    """'the Centre d'Estudis d'Opinió (CEO)': a name starts at a word's start, so "Opinió (CEO)" is
    no wrong expansion of CEO."""
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  ceo:\n    name: the CEO\n    aliases: [Centre d'Estudis d'Opinió, CEO]\n"
        "facts:\n  - {id: a, metric: m, value: 57, unit: '%', source: ceo, as_of: 2012-10-01}\n",
        pack="metrics:\n  m:\n    cues: [independence]\nsubjects:\n  s:\n    cues: [Catalans]\n",
    )
    text = "The Centre d'Estudis d'Opinió (CEO) found 57% of Catalans backed independence."
    assert [m.text for m in mentions(text, lexicon) if m.problem] == []


@pytest.mark.parametrize(
    "text, problems",
    [
        # a word a compound name starts with is no misspelling of it
        ("Malaysia counted 21 million voters, Malaysiakini said.", []),
        # ...a letter or two off the name is
        ("Malaysiakinni counted 21 million voters.", ["Malaysiakinni"]),
    ],
)
def test_a_word_a_compound_name_starts_with_is_no_misspelling(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  mkini:\n    name: Malaysiakini\n    aliases: [Malaysiakini]\n"
        "facts:\n  - {id: a, metric: m, value: 21000000, source: mkini, as_of: 2022-11-20}\n",
        pack="metrics:\n  m:\n    cues: [voters]\nsubjects:\n  s:\n    cues: [Malaysians]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


_LIKE_NAMES = (
    "subject: s\nsources:\n"
    "  cbp:\n    name: U.S. Customs and Border Protection\n"
    "    aliases: [Customs and Border Protection, CBP]\n"
    "  hrf:\n    name: Human Rights First\n    aliases: [Human Rights First]\n"
    "  who:\n    name: the World Health Organization\n    aliases: [World Health Organization]\n"
    "  tusk:\n    name: Prime Minister Donald Tusk\n"
    "    aliases: [Prime Minister Donald Tusk, Tusk]\n"
    "facts:\n  - {id: a, metric: m, value: 2000, source: cbp, as_of: 2018-11-20}\n"
)
_LIKE_PACK = "metrics:\n  m:\n    cues: [migrants]\nsubjects:\n  s:\n    cues: [Tijuana]\n"


@pytest.mark.parametrize(
    "text, problems",
    [
        # one word or two swapped in a long name, two telling words shared: a near-miss
        (
            "Customs and Border Patrol said 2,000 migrants had reached Tijuana.",
            [("Customs and Border Patrol", "did you mean 'Customs and Border Protection'?")],
        ),
        (
            "Human Rights Forum said 2,000 migrants had reached Tijuana.",
            [("Human Rights Forum", "did you mean 'Human Rights First'?")],
        ),
        # ...its swapped words opening with the same letter, as a half-remembered word does
        ("Human Rights Watch said 2,000 migrants had reached Tijuana.", []),
        ("The Customs and Border Times said 2,000 migrants had reached Tijuana.", []),
        # ...but a kind of body or a person's title tells no two names apart
        ("The World Meteorological Organization said 2,000 migrants had reached Tijuana.", []),
        ("Prime Minister Petr Fiala said 2,000 migrants had reached Tijuana.", []),
        # ...nor an owner's phrase in lower case, nor a name with a word added
        ("Human rights watchers said 2,000 migrants had reached Tijuana.", []),
        ("Customs and Border Protection agents said 2,000 migrants had reached Tijuana.", []),
    ],
)
def test_a_name_one_word_off_a_known_one(tmp_path, text, problems):
    from checker.reading.speakers import mentions as speakers
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(tmp_path, _LIKE_NAMES, pack=_LIKE_PACK)
    found = [m for m in speakers(text, lexicon) if m.problem]
    assert [(m.text, m.suggestion) for m in found] == problems
    assert all(m.unsure for m in found)  # it may be another body: its doubt is kept


def test_a_name_one_word_off_is_a_note_with_its_doubt(tmp_path):
    import datetime as dt

    from tests.reading.lexicons import checked

    text = "Customs and Border Patrol said 2,000 migrants had reached Tijuana.\n"
    result = checked(tmp_path, _LIKE_NAMES, _LIKE_PACK, text, dt.date(2018, 11, 21))
    found = [f for f in result.findings if f.check == CHECK]
    assert [(f.severity.value, f.excerpt) for f in found] == [("info", "Customs and Border Patrol")]
    assert "not certain: it may be another body of a like name" in found[0].message
    # ...and its figure is credited to no known source, so no other check is sure of it
    assert [(c.text, c.source) for c in result.claims] == [("2,000", None)]
    assert {f.check for f in result.findings} == {CHECK}
    # a name a letter off stays a warning, with no doubt said
    text = "Customs and Border Protectoin said 2,000 migrants had reached Tijuana.\n"
    result = checked(tmp_path, _LIKE_NAMES, _LIKE_PACK, text, dt.date(2018, 11, 21))
    found = [f for f in result.findings if f.check == CHECK]
    assert [(f.severity.value, "not certain" in f.message) for f in found] == [("warning", False)]


@pytest.mark.parametrize(
    "text, problems",
    [
        # an acronym with two letters swapped, named as a body by the noun after it, whatever its
        # verb; the acronym also written otherwise ("Uilm") is still an acronym
        ("In March, the UIML union signed an agreement on 1,520 exits.", ["UIML"]),
        ("The UIML union says 1,520 workers will leave.", ["UIML"]),
        ("UIML said 1,520 workers will leave.", ["UIML"]),
        # not a body: no noun after it, no speech; or the noun after a comma
        ("In March, UIML signed an agreement on 1,520 exits.", []),
        ("In March, the plants of UIML, union officials said, cut 1,520 jobs.", []),
        ("The UILM union signed an agreement on 1,520 exits.", []),
    ],
)  # fmt: skip
def test_a_misspelt_acronym_named_as_a_body(tmp_path, text, problems):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  uilm:\n    name: the UILM union\n    aliases: [UILM, Uilm, UILM-UIL]\n"
        "facts:\n  - {id: a, metric: m, value: 1, source: uilm, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [exits]\nsubjects:\n  s:\n    cues: [workers]\n",
    )
    assert [m.text for m in mentions(text, lexicon) if m.problem] == problems


@pytest.mark.parametrize(
    "text, unsure",
    [
        # a body named, not speaking, may be another body of a like name ("ICRC staff" beside a
        # known IRCC): the finding is a note; a speaker is not
        ("ICRC staff delivered aid to 9,000 refugees.", True),
        ("ICRC said it delivered aid to 9,000 refugees.", False),
    ],
)
def test_a_swapped_acronym_that_only_names_a_body_is_unsure(tmp_path, text, unsure):
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  ircc:\n    name: Immigration, Refugees and Citizenship Canada\n    aliases: [IRCC]\n"
        "facts:\n  - {id: a, metric: m, value: 1, source: ircc, as_of: 2024-01-01}\n",
        pack="metrics:\n  m:\n    cues: [refugees]\nsubjects:\n  s:\n    cues: [aid]\n",
    )
    (found,) = [m for m in mentions(text, lexicon) if m.problem]
    assert bool(found.unsure) is unsure and (found.source is None) is unsure


@pytest.mark.parametrize(
    "text, problems",
    [
        # an owner's pronoun is no word of a name (held-out batch 83's Nigeria story: "Her
        # ministry counted" was taken for a misspelt "the ministry")
        ("Her ministry counted 82,053 houses destroyed.", []),
        ("Their ministry counted 82,053 houses destroyed.", []),
    ],
)
def test_an_owners_pronoun_is_no_word_of_a_name(tmp_path, text, problems):
    from checker.reading.speakers import mentions as speakers
    from tests.reading.lexicons import lexicon_of

    lexicon = lexicon_of(
        tmp_path,
        "subject: s\nsources:\n"
        "  humanitarian-ministry:\n"
        "    name: the Federal Ministry of Humanitarian Affairs, Disaster Management\n"
        "      and Social Development\n"
        "    aliases:\n"
        "      - Ministry of Humanitarian Affairs\n"
        "      - Federal Ministry of Humanitarian Affairs\n"
        '      - "Ministry of Humanitarian Affairs, Disaster Management and Social Development"\n'
        "      - humanitarian affairs ministry\n      - humanitarian ministry\n"
        "      - the ministry\n      - Sadiya Umar Farouq\n      - Umar Farouq\n      - Farouq\n"
        "      - humanitarian affairs minister\n      - minister of humanitarian affairs\n"
        "      - Nasir Sani-Gwarzo\n      - Sani-Gwarzo\n"
        "      - the ministry's permanent secretary\n"
        "facts:\n"
        "  - {id: a, metric: m, value: 1, source: humanitarian-ministry, as_of: 2022-10-16}\n",
        pack="metrics:\n  m:\n    cues: [houses]\nsubjects:\n  s:\n    cues: [Kogi]\n",
    )
    assert [m.text for m in speakers(text, lexicon) if m.problem] == problems
