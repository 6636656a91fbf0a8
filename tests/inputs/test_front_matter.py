import datetime as dt

import pytest

from checker.errors import InputError
from checker.inputs import front_matter, read


@pytest.mark.parametrize(
    "text, date, slug, settings",
    [
        ("---\ndate: 2024-11-03\nslug: flood-toll\n---\nBody", dt.date(2024, 11, 3), "flood-toll",
         None),
        ("---\ndate: 2024-11-03T08:30:00Z\n---\nBody", dt.date(2024, 11, 3), None, None),
        ("---\ndate: '2024-11-03'\n---\n", dt.date(2024, 11, 3), None, None),
        ("---\ntitle: x\n---\nBody", None, None, None),
        ("---\n---\nBody", None, None, None),
        ("---\nnumcheck:\n  checks: {stale: off}\n---\n", None, None, {"checks": {"stale": False}}),
        ("Body\n---\ndate: 2024-11-03\n---\n", None, None, None),  # not at the top
        ("No front matter", None, None, None),
    ],
)  # fmt: skip
def test_parse(text, date, slug, settings):
    found = front_matter.parse(text, "d.md")
    assert (found.date, found.slug, found.settings) == (date, slug, settings)


@pytest.mark.parametrize(
    "text, message, line, column",
    [
        ("---\ndate: soon\n---\n", "front matter: date: expected YYYY-MM-DD, not 'soon'", 2, 7),
        ("---\ndate: 2024-13-01\n---\n", "date: expected YYYY-MM-DD, not '2024-13-01'", 2, 7),
        ("---\ntitle: [unclosed\n---\n", "invalid YAML", 3, 1),
        ("---\n- a list\n---\n", "front matter: expected a mapping", 2, 1),
        ("---\nnumcheck: yes\n---\n", "front matter: numcheck: expected a mapping", 2, 11),
        ("---\nslug: [a]\n---\n", "front matter: slug: expected text", 2, 7),
    ],
)
def test_bad_front_matter_is_one_line_at_its_place(text, message, line, column):
    with pytest.raises(InputError) as caught:
        front_matter.parse(text, "d.md")
    [problem] = caught.value.problems
    assert message in problem.message
    assert (problem.line, problem.column) == (line, column)


def test_the_front_matter_date_is_the_drafts_and_the_command_line_wins(tmp_path):
    path = tmp_path / "d.md"
    path.write_text("---\ndate: 2024-11-03\nslug: s\n---\nDate: 2020-01-01\nAbout 300 died.\n")
    assert read(path).date == dt.date(2024, 11, 3)
    assert read(path).slug == "s"
    assert read(path, dt.date(2025, 1, 1)).date == dt.date(2025, 1, 1)
