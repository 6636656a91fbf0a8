"""Each check, firing and not firing, on short wire-copy drafts.

The drafts swap sources and numbers around a small reference set (tests/fixtures/ref_rules.yaml):

    nis-killed              NIS        about 300 killed, as of 2025-01
    nis-wounded             NIS        about 2,700 wounded, as of 2025-01
                                       (nis-killed+nis-wounded: about 3,000 casualties, derived)
    nis-casualties-2025-04  NIS        about 5,000 casualties, as of 2025-04 (supersedes the derived 3,000)
    zelensky-killed         Zelensky   4,000 killed, as of 2025-02, for 2024-10 to 2025-02
    zelensky-deployed       Zelensky   about 12,000 deployed, as of 2024-11
    nis-reinforcements      NIS        1,000–3,000 deployed (a range), as of 2025-02
    jcs-casualties          JCS        about 4,000 casualties, as of 2025-01

Every draft goes through the real command line (`numcheck check DRAFT --refs REF --format json`)
and the assertions read its JSON: rule, severity, line and column of the figure (or source name),
excerpt, `references` ids, and words of the message and suggestion.

A row marked xfail(strict=True) is a case numcheck gets wrong today: the expectation is the
right behaviour, not the current one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.checks import REGISTRY
from checker.cli import main

REF = Path(__file__).parent.parent / "fixtures" / "ref_rules.yaml"

# Default severities (rules/checks.yaml).
SEVERITY = {
    "contradiction": "error",
    "misattribution": "error",
    "overstatement": "warning",
    "unsupported": "warning",
    "inconsistent": "warning",
    "unknown-source": "warning",
    "unattributed": "info",
    "stale": "warning",
    "period-mismatch": "warning",
    "arithmetic": "warning",
}


# ------------------------------------------------------------------------- helpers

def check(tmp_path: Path, draft: str) -> dict:
    """Run `numcheck check` on one draft against the fixture reference set; the parsed JSON report."""
    path = tmp_path / "draft.txt"
    path.write_text(draft + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--refs", str(REF), "--format", "json"],
                                env={"NUMCHECK_DEBUG": "1"}, catch_exceptions=False)
    report = json.loads(result.stdout)
    assert report["errors"] == [], report["errors"]
    errors = any(f["severity"] == "error" for f in report["findings"])
    assert result.exit_code == (1 if errors else 0), (result.exit_code, result.output)
    return report


def position(draft: str, needle: str, nth: int = 1) -> tuple[int, int]:
    """1-based (line, column) of the nth occurrence of `needle` in `draft`."""
    at = -1
    for _ in range(nth):
        at = draft.index(needle, at + 1)
    line = draft.count("\n", 0, at) + 1
    column = at - (draft.rfind("\n", 0, at) + 1) + 1
    return line, column


def describe(findings: list[dict]) -> str:
    return "\n".join(f"  {f['rule']} {f['severity']} {f['line']}:{f['column']} {f['excerpt']!r} "
                     f"refs={f['references']} | {f['message']} | {f['suggestion']}" for f in findings) or "  (none)"


def case(id: str, draft: str, rule: str, fire: bool, *, bug: str | None = None, at: str | None = None,
         nth: int = 1, refs: tuple[str, ...] | None = None, says: tuple[str, ...] = (),
         suggests: tuple[str, ...] = ()):
    """One row of the table.

    at: the excerpt of the finding (the figure as written, or the source name); its first (nth)
        occurrence in the draft gives the expected line and column.
    refs: the finding's `references` ids, exactly (as a set).
    says / suggests: words that must appear in the message / the suggestion.
    bug: numcheck gets this row wrong today (strict xfail; the reason is reported).
    """
    expect = {"at": at, "nth": nth, "refs": refs, "says": says, "suggests": suggests}
    marks = [pytest.mark.xfail(reason=f"BUG: {bug}", strict=True)] if bug else []
    return pytest.param(draft, rule, fire, expect, id=f"{rule}-{'fires' if fire else 'quiet'}-{id}", marks=marks)


# ------------------------------------------------------------------------- the table

CASES = [
    # ---------------------------------------------------------------- contradiction
    case("nis-900", "The NIS said 900 North Korean soldiers were killed.", "contradiction", True,
         at="900", refs=("nis-killed",), says=("NIS", "about 300"), suggests=("about 300",)),
    case("zelensky-6000", "Zelensky said 6,000 North Korean soldiers were killed.", "contradiction", True,
         at="6,000", refs=("zelensky-killed",), suggests=("4,000",)),
    case("zelensky-5000-deployed", "About 5,000 North Korean troops were deployed, Zelensky said.", "contradiction", True,
         at="5,000", refs=("zelensky-deployed",), suggests=("about 12,000",)),
    case("spy-agency-alias-wounded", "South Korea's spy agency said about 1,000 North Korean soldiers were wounded.",
         "contradiction", True, at="1,000", refs=("nis-wounded",), says=("South Korea's spy agency", "about 2,700")),
    case("the-agency-carries-nis",
         "The NIS briefed lawmakers on Tuesday. The agency said 900 North Korean soldiers were killed.",
         "contradiction", True, at="900", refs=("nis-killed",)),
    case("nis-casualties-2000", "North Korea has suffered about 2,000 casualties, the NIS said.", "contradiction", True,
         at="2,000", refs=("nis-killed+nis-wounded", "nis-casualties-2025-04"),
         says=("about 3,000", "about 5,000"), suggests=("NIS's newest figure (about 5,000)",)),
    case("ukraines-president-10000", "Ukraine's president said 10,000 North Korean soldiers had been killed.",
         "contradiction", True, at="10,000", refs=("zelensky-killed",)),

    case("nis-about-300", "The NIS said about 300 North Korean soldiers were killed.", "contradiction", False),
    case("two-sources-one-sentence", "NIS counts about 300 killed; Zelensky says 4,000.", "contradiction", False),
    case("two-sources-one-sentence-long", "The NIS counts about 300 North Korean soldiers killed; Zelensky says 4,000.",
         "contradiction", False),
    case("two-sources-two-sentences",
         "About 300 North Korean soldiers were killed, the NIS said. Zelensky said 4,000 North Korean soldiers were killed.",
         "contradiction", False),
    case("casualties-derived", "North Korea has suffered about 3,000 casualties, the NIS said.", "contradiction", False),
    case("killed-or-wounded-derived", "About 3,000 North Korean soldiers have been killed or wounded, the NIS said.",
         "contradiction", False),
    case("more-than-100-compatible", "More than 100 North Korean soldiers were killed, the NIS said.", "contradiction", False),
    case("others-figure-is-misattribution", "The NIS said 4,000 North Korean soldiers were killed.", "contradiction", False),
    case("nis-range", "North Korea sent between 1,000 and 3,000 more troops, the NIS said.", "contradiction", False),

    # ---------------------------------------------------------------- misattribution
    case("nis-4000", "The NIS said 4,000 North Korean soldiers were killed.", "misattribution", True,
         at="4,000", refs=("zelensky-killed", "nis-killed"), says=("Zelensky", "zelensky-killed"),
         suggests=("Zelensky", "zelensky-killed")),
    case("4000-killed-the-nis-said", "In all, 4,000 North Korean soldiers have been killed, the NIS said.",
         "misattribution", True, at="4,000", refs=("zelensky-killed", "nis-killed"),
         suggests=("Zelensky", "zelensky-killed")),
    case("zelensky-300", "Zelensky said about 300 North Korean soldiers were killed.", "misattribution", True,
         at="300", refs=("nis-killed", "zelensky-killed"), suggests=("NIS", "nis-killed")),
    case("nis-12000", "About 12,000 North Korean troops have been deployed, the NIS said.", "misattribution", True,
         at="12,000", refs=("zelensky-deployed", "nis-reinforcements"), suggests=("Zelensky", "zelensky-deployed")),
    case("nis-4000-casualties-is-jcs", "North Korea has lost about 4,000 troops killed or wounded, the NIS said.",
         "misattribution", True, at="4,000",
         refs=("jcs-casualties", "nis-killed+nis-wounded", "nis-casualties-2025-04"),
         suggests=("JCS", "jcs-casualties")),
    case("zelensky-range", "Zelensky said 1,000 to 3,000 more North Korean troops were sent.", "misattribution", True,
         at="1,000 to 3,000", refs=("nis-reinforcements", "zelensky-deployed"), suggests=("NIS", "nis-reinforcements")),
    case("he-carries-zelensky", "Zelensky spoke on Sunday. He said about 300 North Korean soldiers had been killed.",
         "misattribution", True, at="300", refs=("nis-killed", "zelensky-killed"), suggests=("NIS", "nis-killed")),
    case("the-agency-carries-nis",
         "South Korea's spy agency briefed lawmakers on Monday. The agency said 4,000 North Korean soldiers had been killed.",
         "misattribution", True, at="4,000", refs=("zelensky-killed", "nis-killed"),
         suggests=("Zelensky", "zelensky-killed")),

    case("zelensky-4000", "Zelensky said 4,000 North Korean soldiers were killed.", "misattribution", False),
    case("two-sources-one-sentence", "NIS counts about 300 killed; Zelensky says 4,000.", "misattribution", False),
    case("two-sources-one-sentence-long", "The NIS counts about 300 North Korean soldiers killed; Zelensky says 4,000.",
         "misattribution", False),
    case("two-sources-while",
         "The NIS said about 300 North Korean soldiers were killed, while Zelensky said 4,000 were killed.",
         "misattribution", False),
    case("two-sources-two-sentences",
         "About 300 North Korean soldiers have been killed, the NIS said. Zelensky says 4,000 have died.",
         "misattribution", False),
    case("no-source", "4,000 North Korean soldiers were killed.", "misattribution", False),
    case("nobody-gave-900", "The NIS said 900 North Korean soldiers were killed.", "misattribution", False),
    case("breakdown-of-wounded", "The NIS said about 2,700 North Korean soldiers had been wounded, 500 of them seriously.",
         "contradiction", False),
    case("breakdown-of-killed", "Of the roughly 300 North Korean soldiers killed, 30 were officers, the NIS said.",
         "contradiction", False),
    case("seoul-owns-the-nis-figure", "About 300 North Korean soldiers were killed, according to Seoul.",
         "misattribution", False),
    case("casualties-derived", "North Korea has suffered about 3,000 casualties, the NIS said.", "misattribution", False),
    case("outlet-carries-nis", "About 300 North Korean soldiers were killed, the NIS said, as reported by Yonhap.",
         "misattribution", False),
    case("kremlin-denies", "The Kremlin has not confirmed that 12,000 North Korean troops were sent.",
         "misattribution", False),

    # ---------------------------------------------------------------- overstatement
    case("an-extra-3000", "North Korea sent an extra 3,000 troops, the NIS said.", "overstatement", True,
         at="3,000", refs=("nis-reinforcements",), says=("1,000–3,000", "upper bound"),
         suggests=("between 1,000 and 3,000", "up to 3,000")),
    case("deployed-3000-more", "North Korea has deployed 3,000 more troops, the NIS said.", "overstatement", True,
         at="3,000", refs=("nis-reinforcements",)),
    case("another-3000", "The NIS said North Korea dispatched another 3,000 soldiers.", "overstatement", True,
         at="3,000", refs=("nis-reinforcements",)),
    case("more-than-3000", "More than 3,000 North Korean reinforcements were sent, the NIS said.", "overstatement", True,
         at="3,000", refs=("nis-reinforcements",)),
    case("at-least-3000", "At least 3,000 more North Korean troops were sent, the NIS said.", "overstatement", True,
         at="3,000", refs=("nis-reinforcements",)),
    case("unsourced-3000", "North Korea sent 3,000 more troops in January.", "overstatement", True,
         at="3,000", refs=("nis-reinforcements",)),

    case("up-to-3000", "North Korea sent up to 3,000 more troops, the NIS said.", "overstatement", False),
    case("between-1000-and-3000", "North Korea sent between 1,000 and 3,000 more troops, the NIS said.",
         "overstatement", False),
    case("1000-to-3000", "North Korea sent 1,000 to 3,000 additional troops, the NIS said.", "overstatement", False),
    case("as-many-as-3000", "As many as 3,000 more North Korean troops were sent, the NIS said.", "overstatement", False),
    case("exact-fact-exact-claim", "Zelensky said 4,000 North Korean soldiers were killed.", "overstatement", False),
    case("about-12000", "About 12,000 North Korean troops were deployed, Zelensky said.", "overstatement", False),
    case("at-least-1000", "At least 1,000 more North Korean troops were sent, the NIS said.", "overstatement", False),

    # ---------------------------------------------------------------- unsupported
    case("about-25000", "About 25,000 North Korean troops were deployed.", "unsupported", True,
         at="25,000", refs=("zelensky-deployed", "nis-reinforcements"), says=("about 12,000", "1,000–3,000")),
    case("50000", "North Korea has sent 50,000 troops to Russia.", "unsupported", True,
         at="50,000", refs=("zelensky-deployed", "nis-reinforcements")),
    case("zelensky-7000-wounded", "Some 7,000 North Korean soldiers were wounded, Zelensky said.", "unsupported", True,
         at="7,000", refs=("nis-wounded",)),
    case("no-captured-facts", "About 500 North Korean soldiers have been captured, Zelensky said.", "unsupported", True,
         at="500", refs=()),
    case("nis-900", "The NIS said 900 North Korean soldiers were killed.", "unsupported", True,
         at="900", refs=("nis-killed", "zelensky-killed")),
    case("second-line", "North Korea has sent about 12,000 troops to Russia.\n"
                        "The deployment now stands at about 25,000 North Korean troops.", "unsupported", True,
         at="25,000", refs=("zelensky-deployed", "nis-reinforcements")),

    case("about-12000-zelensky", "About 12,000 North Korean troops were deployed, Zelensky said.", "unsupported", False),
    case("more-than-100-compatible", "More than 100 North Korean soldiers were killed, the NIS said.", "unsupported", False),
    case("others-figure", "The NIS said 4,000 North Korean soldiers were killed.", "unsupported", False),
    case("casualties-derived", "North Korea has suffered about 3,000 casualties, the NIS said.", "unsupported", False),
    case("two-sources-one-sentence", "NIS counts about 300 killed; Zelensky says 4,000.", "unsupported", False),
    case("brigades-not-people", "North Korea sent 20 brigades to Russia.", "unsupported", False),
    case("up-to-3000", "North Korea sent up to 3,000 more troops, the NIS said.", "unsupported", False),

    # ---------------------------------------------------------------- inconsistent
    case("12000-vs-up-to-15000", "About 12,000 North Korean troops were sent. Up to about 15,000 troops are being sent.",
         "inconsistent", True, at="15,000", refs=(), says=("about 12,000",)),
    case("same-source-twice",
         "Zelensky said 4,000 North Korean soldiers were killed. He later said 6,000 North Korean soldiers were killed.",
         "inconsistent", True, at="6,000", refs=()),
    case("nis-twice",
         "The NIS said about 300 North Korean soldiers were killed. The NIS later said 900 North Korean soldiers were killed.",
         "inconsistent", True, at="900", refs=()),
    case("unsourced-300-vs-900",
         "About 300 North Korean soldiers have been killed. In all, 900 North Korean soldiers have died.",
         "inconsistent", True, at="900", refs=(), says=("about 300",)),
    case("across-lines", "North Korea has sent about 12,000 troops to Russia.\n"
                         "The deployment now stands at about 25,000 North Korean troops.", "inconsistent", True,
         at="25,000", refs=(), says=("line 1:",)),
    case("20000-vs-30000", "North Korea sent 20,000 troops. North Korea sent 30,000 troops.", "inconsistent", True,
         at="30,000", refs=()),

    case("12000-twice", "About 12,000 North Korean troops were sent. Some 12,000 troops are being sent.",
         "inconsistent", False),
    case("two-sources-one-sentence", "NIS counts about 300 killed; Zelensky says 4,000.", "inconsistent", False),
    case("two-sources-two-sentences",
         "The NIS said about 300 North Korean soldiers had been killed. Zelensky said 4,000 had been killed.",
         "inconsistent", False),
    case("two-sources-deployed",
         "About 12,000 North Korean troops were sent, Zelensky said. The NIS says another 1,000 to 3,000 were sent this year.",
         "inconsistent", False),
    case("part-of-whole", "About 12,000 North Korean troops were sent. Of these, about 8,000 were deployed to Kursk.",
         "inconsistent", False),
    case("different-metrics", "About 300 North Korean soldiers were killed and about 2,700 wounded, the NIS said.",
         "inconsistent", False),
    case("within-tolerance", "About 12,000 North Korean troops were sent. Nearly 13,000 North Korean troops are now in Russia.",
         "inconsistent", False),
    case("different-subjects",
         "About 300 North Korean soldiers were killed, the NIS said. About 1,000 Russian soldiers were killed in the same battle.",
         "inconsistent", False),

    # ---------------------------------------------------------------- unknown-source
    case("zelesnky", "About 12,000 North Korean troops were sent to Russia, according to Zelesnky.", "unknown-source", True,
         at="Zelesnky", refs=(), says=("Zelesnky",), suggests=("Zelensky",)),
    case("president-zelesnky", "About 12,000 troops were sent, according to President Zelesnky.", "unknown-source", True,
         at="Zelesnky", refs=(), suggests=("Zelensky",)),
    case("national-intelligence-agency",
         "The National Intelligence Agency (NIS) said about 300 North Korean soldiers were killed.", "unknown-source", True,
         at="National Intelligence Agency", refs=(), says=("NIS",), suggests=("National Intelligence Service",)),
    case("national-security-service",
         "The National Security Service (NIS) said about 300 North Korean soldiers were killed.", "unknown-source", True,
         at="National Security Service", refs=(), suggests=("National Intelligence Service",)),
    case("zelenksyy", "Zelenksyy said 4,000 North Korean soldiers were killed.", "unknown-source", True,
         at="Zelenksyy", refs=(), suggests=("Zelenskyy",)),
    case("yonhop", "About 300 North Korean soldiers were killed, Yonhop reported.", "unknown-source", True,
         at="Yonhop", refs=(), suggests=("Yonhap",)),
    case("joint-chiefs-of-stuff",
         "The Joint Chiefs of Stuff (JCS) said about 4,000 North Korean soldiers were killed or wounded.",
         "unknown-source", True, at="Joint Chiefs of Stuff", refs=()),
    case("misspelled-multiword-name",
         "About 300 North Korean soldiers were killed, according to the National Inteligence Service.",
         "unknown-source", True, at="National Inteligence Service"),

    case("president-zelensky", "About 12,000 troops were sent, according to President Zelensky.", "unknown-source", False),
    case("national-intelligence-service",
         "The National Intelligence Service (NIS) said about 300 North Korean soldiers were killed.", "unknown-source", False),
    case("south-koreas-nis-expansion",
         "South Korea's National Intelligence Service (NIS) said about 300 North Korean soldiers were killed.",
         "unknown-source", False),
    case("zelenskyy-spelling", "Zelenskyy said 4,000 North Korean soldiers were killed.", "unknown-source", False),
    case("zelenskiy-spelling", "Zelenskiy said 4,000 North Korean soldiers were killed.", "unknown-source", False),
    case("place-names", "Pyongyang has sent about 12,000 troops to the Kursk region, Zelensky said.", "unknown-source", False),
    case("possessive", "Zelensky's office said 4,000 North Korean soldiers were killed.", "unknown-source", False),

    # ---------------------------------------------------------------- unattributed
    case("about-300", "About 300 North Korean soldiers were killed.", "unattributed", True,
         at="300", refs=("nis-killed",), suggests=("according to NIS",)),
    case("some-4000", "Some 4,000 North Korean soldiers have died in the fighting.", "unattributed", True,
         at="4,000", refs=("zelensky-killed",), suggests=("according to Zelensky",)),
    case("about-12000", "North Korea has deployed about 12,000 troops to Russia.", "unattributed", True,
         at="12,000", refs=("zelensky-deployed",), suggests=("according to Zelensky",)),
    case("reportedly-is-no-source", "About 2,700 North Korean soldiers were reportedly wounded.", "unattributed", True,
         at="2,700", refs=("nis-wounded",)),
    case("casualties-derived", "Roughly 3,000 North Korean soldiers have been killed or wounded.", "unattributed", True,
         at="3,000", refs=("nis-killed+nis-wounded",), suggests=("NIS",)),
    case("next-line-not-carried", "The NIS said about 300 North Korean soldiers were killed.\n"
                                  "About 2,700 more were wounded.", "unattributed", True,
         at="2,700", refs=("nis-wounded",)),
    case("beyond-carry-window",
         "The NIS briefed lawmakers. Fighting continued. Kursk was shelled. Russia said little. "
         "He said about 300 North Korean soldiers were killed.", "unattributed", True, at="300", refs=("nis-killed",)),

    case("nis-said", "About 300 North Korean soldiers were killed, the NIS said.", "unattributed", False),
    case("the-agency-said-leading",
         "South Korea's spy agency briefed lawmakers on Wednesday. "
         "The agency said about 300 North Korean soldiers had been killed.", "unattributed", False),
    case("the-agency-said-trailing",
         "South Korea's spy agency briefed lawmakers on Wednesday. "
         "About 300 North Korean soldiers had been killed, the agency said.", "unattributed", False),
    case("this-is-according-to",
         "About 12,000 North Korean troops have been sent to Russia. This is according to President Zelensky.",
         "unattributed", False),
    case("according-to-first", "According to Zelensky, 4,000 North Korean soldiers have been killed.", "unattributed", False),
    case("per-the-nis", "About 300 North Korean soldiers were killed, per the NIS.", "unattributed", False),
    case("nothing-fits", "About 25,000 North Korean troops were deployed.", "unattributed", False),
    case("wrote-on-telegram", "Some 4,000 North Korean soldiers have been killed, Zelensky wrote on Telegram.",
         "unattributed", False),

    # ---------------------------------------------------------------- stale
    case("nis-january-casualties", "North Korea has suffered about 3,000 casualties, the NIS said.", "stale", True,
         at="3,000", refs=("nis-killed+nis-wounded", "nis-casualties-2025-04"), says=("2025-01", "about 5,000"),
         suggests=("newer",)),
    case("killed-or-wounded", "About 3,000 North Korean soldiers have been killed or wounded, according to the NIS.",
         "stale", True, at="3,000"),
    case("unattributed-old-figure", "North Korea has suffered about 3,000 casualties.", "stale", True, at="3,000",
         refs=("nis-killed+nis-wounded", "nis-casualties-2025-04")),
    case("carried-agency", "South Korea's spy agency briefed lawmakers. "
                           "The agency said North Korea had suffered about 3,000 casualties.", "stale", True, at="3,000"),
    case("dated-to-its-month", "In January 2025, North Korea had suffered about 3,000 casualties, the NIS said.",
         "stale", False),
    case("dated-last-month", "date 2025-02-10\nAs of last month, North Korea had suffered about 3,000 casualties, "
                             "the NIS said.", "stale", False),
    case("newest-figure", "North Korea has suffered about 5,000 casualties, the NIS said.", "stale", False),
    case("killed-not-superseded", "About 300 North Korean soldiers were killed, the NIS said.", "stale", False),
    case("newer-figure-came-after-the-draft", "date 2025-02-27\nNorth Korea has suffered about 3,000 casualties, the NIS said.",
         "stale", False),
    case("jcs-has-no-newer", "North Korea has suffered about 4,000 casualties, South Korea's military said.",
         "stale", False),

    # ---------------------------------------------------------------- period-mismatch
    case("zelensky-june", "Zelensky said 4,000 North Korean soldiers were killed in June 2024.", "period-mismatch", True,
         at="4,000", refs=("zelensky-killed",), says=("2024-06", "2024-10/2025-02"), suggests=("2024-10/2025-02",)),
    case("last-summer", "date 2025-02-27\nLast summer, 4,000 North Korean soldiers were killed, Zelensky said.",
         "period-mismatch", True, at="4,000", says=("2024-06-01/2024-08-31",)),
    case("nis-2023", "About 300 North Korean soldiers were killed in 2023, the NIS said.", "period-mismatch", True,
         at="300", refs=("nis-killed",)),
    case("this-month-later", "date 2025-06-01\nAbout 300 North Korean soldiers were killed this month, the NIS said.",
         "period-mismatch", True, at="300"),
    case("zelensky-february", "Zelensky said in February 2025 that 4,000 North Korean soldiers were killed.",
         "period-mismatch", False),
    case("since-october", "date 2025-02-27\nSince October, 4,000 North Korean soldiers have been killed, Zelensky said.",
         "period-mismatch", False),
    case("nis-january", "About 300 North Korean soldiers were killed in January 2025, the NIS said.",
         "period-mismatch", False),
    case("undated", "About 300 North Korean soldiers were killed, the NIS said.", "period-mismatch", False),
    case("said-in-february", "date 2025-02-27\nOf the roughly 12,000 North Korean troops deployed to Russia, 4,000 have "
                             "been killed, Zelensky said in February.", "period-mismatch", False),
    case("other-clause", "date 2025-05-10\nEarlier this year, the NIS put North Korean casualties at about 3,000; in April "
                         "it raised the figure to about 5,000.", "period-mismatch", False),
    case("december-within-the-period", "date 2025-02-27\nThe NIS said 300 North Korean soldiers were killed in December.",
         "period-mismatch", False),
    case("deployed-in-2024", "In 2024, North Korea sent about 12,000 troops, Zelensky said.", "period-mismatch", False),

    # ---------------------------------------------------------------- arithmetic
    case("casualties-not-the-sum", "About 300 North Korean soldiers were killed and 2,700 wounded, a total of 5,000 "
                                   "casualties, the NIS said.", "arithmetic", True, at="5,000", says=("300", "2,700", "3,000")),
    case("casualties-across-sentences", "The NIS said about 300 North Korean soldiers were killed. The agency said "
                                        "2,700 were wounded. In all, the NIS counts 4,500 casualties.",
         "arithmetic", True, at="4,500"),
    case("part-larger-than-whole", "Zelensky said 14,000 out of 12,000 North Korean soldiers had been killed.",
         "arithmetic", True, at="14,000", says=("larger than the whole",)),
    case("parts-exceed-whole", "North Korea sent about 12,000 soldiers, Zelensky said. Of these, about 8,000 were "
                               "deployed to Kursk and 6,000 to Donetsk.", "arithmetic", True, at="6,000", says=("14,000",)),
    case("share-of-counts", "Zelensky says 4,000 of the 12,000 North Korean troops have been killed, or 40 percent.",
         "arithmetic", True, at="40 percent", says=("33%",)),
    case("count-of-share", "Some 40 percent of the 12,000 North Korean troops, or about 3,000, were killed.",
         "arithmetic", True, at="40 percent", says=("4,800",)),
    case("sum-adds-up", "About 300 North Korean soldiers were killed and 2,700 wounded, a total of 3,000 casualties, "
                        "the NIS said.", "arithmetic", False),
    case("other-sources-parts", "About 300 North Korean soldiers were killed, the NIS said. Zelensky said 2,700 were "
                                "wounded. Some 5,000 have been killed or wounded, according to South Korea's military.",
         "arithmetic", False),
    case("one-in-three", "Zelensky says 4,000 of the 12,000 North Korean troops have been killed, or one in three.",
         "arithmetic", False),
    case("parts-within-whole", "North Korea sent about 12,000 soldiers, Zelensky said. Of these, about 8,000 were "
                               "deployed to Kursk and 3,000 to Donetsk.", "arithmetic", False),
    case("share-matches", "Some 25 percent of the 12,000 North Korean troops, or about 3,000, were killed.",
         "arithmetic", False),
    case("different-times", "In January 2025, North Korea had suffered about 3,000 casualties, the NIS said. In April 2025, "
                            "the NIS said about 1,000 North Korean soldiers had been killed and 4,000 wounded.",
         "arithmetic", False),
    case("open-ended-parts", "At least 300 North Korean soldiers were killed and at least 2,700 wounded, more than 4,000 "
                             "casualties in all, the NIS said.", "arithmetic", False),
    case("share-of-another-metric", "Of the 12,000 North Korean troops sent, 30 percent were killed and 4,000 wounded.",
         "arithmetic", False),
    case("raised-estimate", "About 300 North Korean soldiers had been killed and about 2,700 wounded, the NIS said. The "
                            "agency later raised its estimate of North Korean casualties to about 5,000.", "arithmetic", False),
    case("vague-parts", "Hundreds of North Korean soldiers were killed and thousands wounded, with 3,000 casualties "
                        "in all, the NIS said.", "arithmetic", False),

    # ---------------------------------------------------------------- vague quantities
    case("tens-of-thousands-killed", "Tens of thousands of North Korean soldiers have been killed, the NIS said.",
         "contradiction", True, at="Tens of thousands of", refs=("nis-killed",)),
    case("thousands-killed-nis", "Thousands of North Korean soldiers were killed, the NIS said.", "contradiction", True,
         at="Thousands of", refs=("nis-killed",)),
    case("hundreds-killed-zelensky", "Hundreds of North Korean soldiers have been killed, Zelensky said.",
         "misattribution", False),
    case("hundreds-killed-unattributed", "Hundreds of North Korean soldiers have been killed.", "unattributed", False),
    case("thousands-deployed-overstatement", "Thousands of North Korean troops were sent, the NIS said.",
         "overstatement", False),
]


# ------------------------------------------------------------------------- tests

@pytest.mark.parametrize(("draft", "rule", "fire", "expect"), CASES)
def test_rule_on_draft(tmp_path, draft, rule, fire, expect):
    report = check(tmp_path, draft)
    findings = report["findings"]
    mine = [f for f in findings if f["rule"] == rule]
    if not fire:
        assert not mine, f"{rule} fired on {draft!r}:\n{describe(findings)}"
        return
    assert mine, f"{rule} did not fire on {draft!r}:\n{describe(findings)}"
    if expect["at"] is not None:
        line, column = position(draft, expect["at"], expect["nth"])
        here = [f for f in mine if (f["line"], f["column"], f["excerpt"]) == (line, column, expect["at"])]
        assert here, f"no {rule} at {line}:{column} {expect['at']!r} in {draft!r}:\n{describe(findings)}"
        mine = here
    finding = mine[0]
    assert finding["severity"] == SEVERITY[rule], describe(mine)
    if expect["refs"] is not None:
        assert set(finding["references"]) == set(expect["refs"]), describe(mine)
        assert len(finding["references"]) == len(set(finding["references"])), describe(mine)
    for word in expect["says"]:
        assert word in finding["message"], describe(mine)
    for word in expect["suggests"]:
        assert word in finding["suggestion"], describe(mine)


def test_misattribution_names_the_right_source_first(tmp_path):
    """'4,000 killed, the NIS said': the suggestion credits Zelensky's fact, listed first in references."""
    draft = "In all, 4,000 North Korean soldiers have been killed, the NIS said."
    [finding] = [f for f in check(tmp_path, draft)["findings"] if f["rule"] == "misattribution"]
    assert finding["references"][0] == "zelensky-killed"
    assert finding["suggestion"] == "credit it to Zelensky (zelensky-killed)"
    assert finding["claim"]["source"] == "NIS" and finding["claim"]["metric"] == "killed"


def test_properly_attributed_story_is_clean_of_conflicts(tmp_path):
    """Two sources' own figures, each attributed, in one story: no rule about conflicts fires."""
    draft = ("About 300 North Korean soldiers have been killed and about 2,700 wounded, the NIS said.\n"
             "Zelensky said 4,000 North Korean soldiers had been killed.\n"
             "In January 2025, North Korea had suffered about 3,000 casualties, the NIS said.\n"
             "North Korea sent up to 3,000 more troops, the NIS said.")
    findings = check(tmp_path, draft)["findings"]
    assert findings == [], describe(findings)


def test_table_covers_every_rule_both_ways():
    counts = {(p.values[1], p.values[2]) for p in CASES}
    assert {rule for rule, _ in counts} == set(REGISTRY) == set(SEVERITY)
    for rule in REGISTRY:
        for fire in (True, False):
            rows = [p for p in CASES if p.values[1:3] == (rule, fire)]
            sound = [p for p in rows if not p.marks]
            assert len(sound) >= 4, (rule, fire, len(sound))
    ids = [p.id for p in CASES]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", list(REGISTRY))
def test_registry_examples(tmp_path, name):
    """Each check's documented failing example fires it; its passing example does not."""
    entry = REGISTRY[name]
    failing = check(tmp_path, entry.failing)["findings"]
    assert name in {f["rule"] for f in failing}, f"{name} failing example {entry.failing!r}:\n{describe(failing)}"
    passing = check(tmp_path, entry.passing)["findings"]
    assert name not in {f["rule"] for f in passing}, f"{name} passing example {entry.passing!r}:\n{describe(passing)}"
