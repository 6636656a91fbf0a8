"""What a numeral measures: scale, money before or after, percent, points, units, precision."""

import pytest

from checker.reading import numerals, units


def _dress(text, lexicon):
    return [
        (text[d.start : d.end], d.value, d.unit)
        for d in (units.dress(text, n, lexicon) for n in numerals.find(text, lexicon))
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("US$58.24", ("US$58.24", 58.24, "USD")),
        ("US $2,950.10", ("US $2,950.10", 2950.10, "USD")),
        ("RM150,000", ("RM150,000", 150000, "MYR")),
        ("USD1,700", ("USD1,700", 1700, "USD")),
        ("AUD1.5m", ("AUD1.5m", 1.5e6, "AUD")),
        ("$4.2b", ("$4.2b", 4.2e9, "USD")),
        ("R2.3bn", ("R2.3bn", 2.3e9, "ZAR")),
        ("€3bn", ("€3bn", 3e9, "EUR")),
        ("250k subscribers", ("250k", 250000, "count")),
        ("1.27 million people", ("1.27 million", 1.27e6, "count")),
        # South Asian English: lakh (100,000) and crore (10 million)
        ("₹2,219 crore", ("₹2,219 crore", 2.219e10, "INR")),
        ("1.5 lakh people", ("1.5 lakh", 1.5e5, "count")),
        ("eight million bottles", ("eight million", 8e6, "count")),
        ("90 million yen", ("90 million yen", 9e7, "JPY")),
        ("18 shekels", ("18 shekels", 18, "ILS")),
        ("40 trillion dong", ("40 trillion dong", 40e12, "VND")),
        ("500 million kyat", ("500 million kyat", 500e6, "MMK")),
        ("5 billion kwacha", ("5 billion kwacha", 5e9, "ZMW")),
        # (held-out batch 87's Madagascar and Guatemala stories)
        ("187 billion ariary", ("187 billion ariary", 1.87e11, "MGA")),
        ("10 million quetzales", ("10 million quetzales", 1e7, "GTQ")),
        ("500 USD", ("500 USD", 500, "USD")),
        ("rose 19 cents", ("19 cents", 0.19, "USD")),
        ("down 12p", ("12p", 0.12, "GBP")),
        ("4.7 percent", ("4.7 percent", 4.7, "%")),
        ("3 percentage points", ("3 percentage points", 3, "pp")),
        ("17kHz", ("17kHz", 17, "kHz")),
        ("300 km away", ("300 km", 300, "km")),
        ("a 12-year sentence", ("12-year", 12, "year")),
        ("a 1,200-tonne ship", ("1,200-tonne", 1200, "t")),
        ("15 degrees", ("15 degrees", 15, "°C")),
        ("1.3m shells", ("1.3m", 1.3e6, "count")),
        ("cleared 4.85m to win", ("4.85m", 4.85, "m")),
        ("half a mile", ("half a mile", 0.5, "mi")),
        # a fraction of a point is points, not a share
        ("half a percentage point", ("half a percentage point", 0.5, "pp")),
        ("a quarter of a percentage point", ("a quarter of a percentage point", 0.25, "pp")),
        # a unit counted in another: decades and centuries are years
        ("for four decades", ("four decades", 40, "year")),
        ("in half a century", ("half a century", 50, "year")),
        # a storm's pressure: millibars are hectopascals, "mb" is not megabytes
        ("fell to 931 mb", ("931 mb", 931, "hPa")),
        ("a record 931.6 hPa", ("931.6 hPa", 931.6, "hPa")),
        ("931.6 millibars", ("931.6 millibars", 931.6, "hPa")),
        ("27.5 inches of mercury", ("27.5 inches of mercury", 27.5, "inHg")),
        ("a 12 MB file", ("12 MB", 12, "MB")),
    ],
)
def test_dress(lexicon, text, expected):
    [(span, value, unit)] = _dress(text, lexicon)
    assert (span, unit) == (expected[0], expected[2]) and value == pytest.approx(expected[1])


@pytest.mark.parametrize(
    "text, precision",
    [
        ("1.3 million", 50000),
        ("4.7%", 0.05),
        ("300", 0),
        ("3 million", 5e5),
        # a share written whole is rounded to the point ("78%" for 78.33%); a count is exact
        ("78%", 0.5),
        ("five percent", 0.5),
        ("12 percentage points", 0.5),
        ("$270,000", 0),
    ],
)
def test_precision_is_half_the_last_written_step(lexicon, text, precision):
    [n] = numerals.find(text, lexicon)
    assert units.dress(text, n, lexicon).precision == pytest.approx(precision)


def test_a_unit_the_pack_gives_no_factor_for_stays_itself():
    """A unit in `unit_multiple_of` but not in `unit_multiples` is not turned into its base at a
    factor of 1 ("four decades" as 4 years)."""
    from dataclasses import replace

    from checker.lexicon import load

    base = load()
    numbers = replace(base.numbers, unit_multiples={"century": 100.0})
    lexicon = replace(base, numbers=numbers, cache={})
    [(span, value, unit)] = _dress("for four decades", lexicon)
    assert (span, value, unit) == ("four decades", 4, "decade")


@pytest.mark.parametrize(
    "value, step",
    [
        # a whole number ending in the zeros of a thousand or more, that step a hundredth of it or
        # less, is rounded to that step ("481,000" deaths for 481,486)...
        (481_000, 1000),
        (1_250_000, 10_000),
        # ...not when the step is a larger share of it, nor to the ten, nor past what a float keeps
        (12_000, 0),
        (2_280, 0),
        (481_500, 0),
        (481_000.5, 0),
        (float("inf"), 0),
        (1e20, 0),
    ],
)
def test_the_step_a_whole_number_is_rounded_to(lexicon, value, step):
    assert units.round_step(value, lexicon) == step
