"""`numcheck refs init` and `refs show`, end to end on the seeds, and the skeleton's pieces."""

import datetime as dt

import pytest
import yaml
from click.testing import CliRunner

from checker import references
from checker.cli import main
from checker.curation.skeleton import Article, skeleton, slug
from tests.conftest import SEEDS, seed_lexicon
from tests.inputs.builders import html_page

SEED_003 = str(SEEDS / "003_7c06984ad44548c2.txt")


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)))


def facts_of(text: str) -> list[dict]:
    return yaml.safe_load(text)["facts"]


@pytest.fixture(scope="module")
def seed_skeleton(tmp_path_factory):
    out = tmp_path_factory.mktemp("refs") / "refs.yaml"
    result = run("refs", "init", SEED_003, "--source", "Associated Press",
                 "--refs", SEEDS / "reference.yaml", "--date", "2025-02-14", "-o", out)  # fmt: skip
    assert result.exit_code == 0, result.output
    return out


def test_the_skeleton_is_a_valid_reference_set_from_where_it_is_written(seed_skeleton):
    result = run("refs", "validate", seed_skeleton)
    assert result.exit_code == 0, result.output


def test_each_fact_has_what_the_curator_checks(seed_skeleton):
    facts = facts_of(seed_skeleton.read_text())
    nis = [f for f in facts if f["source"] == "NIS" and f["metric"] == "killed"]
    assert nis == [
        {
            "id": "nis-killed-2025-02-14",
            "metric": "killed",
            "value": 300,
            "hedge": "about",
            "source": "NIS",
            "cited_by": ["Associated Press"],
            "as_of": dt.date(2025, 2, 14),
            "quote": "The agency estimated that around 300 North Korean soldiers had been killed, "
            "with approximately 2,700 more wounded.",
            "url": SEED_003,
        }
    ]
    ranges = [f for f in facts if "range" in f]
    assert {"range": [1000, 3000], "source": "South-Korean-media"}.items() <= ranges[0].items()
    assert len({f["id"] for f in facts}) == len(facts)


def test_figures_left_out_are_listed_not_dropped(seed_skeleton):
    text = seed_skeleton.read_text()
    assert "# Figures left out" in text


def test_without_a_reference_set_sources_come_from_the_article_text(tmp_path):
    article = tmp_path / "flood.md"
    article.write_text(
        "Date: 2024-07-03\n\nAt least 12 people were killed, the Interior Ministry said.\n"
        "Rescuers said 40 people were missing.\n"
    )
    result = run("refs", "init", article, "--source", "Reuters", "--pack", "armed-conflict")
    assert result.exit_code == 0, result.output
    data = yaml.safe_load(result.output)
    assert data["sources"]["reuters"] == {"name": "Reuters", "aliases": ["Reuters"]}
    killed = [f for f in data["facts"] if f["metric"] == "killed"]
    assert [(f["value"], f["hedge"], f["source"], f["as_of"]) for f in killed] == [
        (12, "at-least", "interior-ministry", dt.date(2024, 7, 3))
    ]
    assert data["sources"]["interior-ministry"]["aliases"] == ["Interior Ministry"]


def test_an_html_article_gives_its_canonical_address(tmp_path):
    page = tmp_path / "a.html"
    page.write_text(
        html_page("About 300 soldiers were killed, the ministry said.").replace(
            "<title>", '<link rel="canonical" href="https://example.org/story"><title>'
        )
    )
    result = run("refs", "init", page, "--source", "AP", "--pack", "armed-conflict")
    assert result.exit_code == 0, result.output
    assert {f["url"] for f in facts_of(result.output)} == {"https://example.org/story"}


def test_a_bad_article_is_one_line_and_the_others_are_used(tmp_path):
    result = run("refs", "init", tmp_path / "missing.txt", SEED_003, "--source", "AP",
                 "--refs", SEEDS / "reference.yaml")  # fmt: skip
    assert result.exit_code == 2
    assert "missing.txt: no such file" in result.output and "facts:" in result.output


def test_init_never_writes_over_a_reference_set(tmp_path):
    refs = tmp_path / "refs.yaml"
    refs.write_text((SEEDS / "reference.yaml").read_text())
    result = run("refs", "init", SEED_003, "--source", "AP", "--refs", refs, "-o", refs)
    assert result.exit_code == 2 and refs.read_text() == (SEEDS / "reference.yaml").read_text()


def test_the_same_figure_from_the_same_source_is_written_once():
    lexicon = seed_lexicon()
    refs, _, _ = references.open_sets([SEEDS / "reference.yaml"])
    from checker.curation.articles import read_articles
    from checker.engine import known_from

    articles, problems = read_articles([SEED_003, SEED_003], lexicon, known_from(refs))
    assert not problems
    text = skeleton(articles, "AP", lexicon, [], dt.date(2026, 1, 1))
    once = skeleton(articles[:1], "AP", lexicon, [], dt.date(2026, 1, 1))
    assert len(facts_of(text)) == len(facts_of(once)) and "# also in" in text


def test_an_article_with_no_figures_gives_an_empty_skeleton(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Nothing to count here.\n")
    text = skeleton([Article(str(article), [])], "AP", seed_lexicon(), [], dt.date(2026, 1, 1))
    assert yaml.safe_load(text)["facts"] is None and "No subject was recognised" in text


@pytest.mark.parametrize(
    "name, expected",
    [("Associated Press", "associated-press"),
     ("South Korea's spy agency", "south-korea-s-spy-agency"),
     ("Ministère de l'Intérieur", "ministère-de-l-intérieur"), ("!!!", "source")],
)  # fmt: skip
def test_slug(name, expected):
    assert slug(name) == expected


def test_refs_show_groups_the_seed_set_and_shows_where_sources_disagree():
    result = run("refs", "show", SEEDS / "reference.yaml")
    assert result.exit_code == 0, result.output
    assert "killed — north korean troops" in result.output
    assert (
        "! sources disagree: National Intelligence Service (South Korea): about 300 (as of "
        "2025-01) vs Volodymyr Zelensky, President of Ukraine: 4,000 (as of 2025-02)"
    ) in result.output


def test_refs_show_on_a_bad_set_is_exit_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("facts: [1]\n")
    result = run("refs", "show", bad)
    assert result.exit_code == 2 and "bad.yaml:1:" in result.output


def test_init_never_replaces_an_existing_file_unless_forced(tmp_path):
    out = tmp_path / "curated.yaml"
    out.write_text("# hand-curated\n")
    refused = run("refs", "init", SEED_003, "--source", "AP", "--refs", SEEDS / "reference.yaml",
                  "-o", out)  # fmt: skip
    assert refused.exit_code == 2 and "use --force" in refused.output
    assert out.read_text() == "# hand-curated\n"
    forced = run("refs", "init", SEED_003, "--source", "AP", "--refs", SEEDS / "reference.yaml",
                 "-o", out, "--force")  # fmt: skip
    assert forced.exit_code == 0 and "facts:" in out.read_text()


def test_init_says_when_no_subject_was_recognised(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("About 300 people were killed, the ministry said.\n")
    result = run("refs", "init", article, "--source", "AP", "--pack", "armed-conflict")
    assert result.exit_code == 0 and "no subject recognised" in result.stderr
