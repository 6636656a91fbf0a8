"""The command line: wires the stages together, prints once, and sets the exit code.

    numcheck check PATH... [--refs FILE]... [--format text|json|line|github] [--fail-on LEVEL] [--date YYYY-MM-DD]
    numcheck extract PATH... [--format text|json] [--date YYYY-MM-DD]
    numcheck refs validate FILE...
    numcheck eval GOLD... [--json FILE] [--details]
    numcheck rules
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

import click

from checker import checks, evaluate, formatters, references
from checker import rules as rules_module
from checker.document import expand_paths
from checker.errors import ExitCode, InputError, Problem
from checker.findings import at_least
from checker.pipeline import check_file, enabled_checks, extract_file
from checker.references import ReferenceSet


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _report_problems(problems) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)


def _write(output: str | None, text: str) -> None:
    """Print, or write the file atomically (temporary file in the same directory, then rename)."""
    if output is None:
        if text is not None:  # a format with nothing to say prints nothing, not an empty line
            click.echo(text)
        return
    text = text or ""
    target = Path(output)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent if str(target.parent) else ".")
    except OSError as exc:
        click.echo(str(Problem(output, f"cannot write the report: {exc.strerror or exc}")), err=True)
        sys.exit(ExitCode.BAD_INPUT)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _load_rules(rule_dirs) -> rules_module.RulePack:
    return rules_module.load(rule_dirs) if rule_dirs else rules_module.default()


def _load_references(paths, rules) -> tuple[ReferenceSet, list[Problem]]:
    refs, problems = ReferenceSet(), []
    for path in paths:
        try:
            refs = refs.merged(references.load(path, rules))
        except InputError as exc:
            problems.extend(exc.problems)
    return refs, problems


def _guarded(path: str, work):
    """Run one file's work; an unexpected failure becomes a one-line problem, never a traceback."""
    try:
        return work()
    except InputError as exc:
        from checker.pipeline import FileResult

        return FileResult(path, problems=exc.problems)
    except Exception as exc:  # last resort: report, keep checking the other files
        if os.environ.get("NUMCHECK_DEBUG"):
            raise
        from checker.pipeline import FileResult

        return FileResult(path, problems=[_internal_error(path, "checking", exc, "this file")])


def _internal_error(path: str, doing: str, exc: Exception, what: str) -> Problem:
    """The one line a last-resort failure gets (NUMCHECK_DEBUG=1 re-raises instead)."""
    return Problem(path, f"internal error while {doing} ({type(exc).__name__}: {exc}); please report it with {what}")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="numcheck")
def main():
    """numcheck: find numeric-claim discrepancies in news drafts."""


_RULES_OPTION = click.option("--rules", "rule_dirs", multiple=True, type=click.Path(),
                             help="Extra rule pack (directory of YAML files, or one file), on top of the default rules/.")
_DATE_OPTION = click.option("--date", callback=_date, metavar="YYYY-MM-DD",
                            help="The draft's date, for 'last year' and friends (default: a date line in the draft).")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--refs", "ref_paths", multiple=True, type=click.Path(), help="Reference set YAML (repeatable).")
@click.option("--format", "fmt", type=click.Choice(list(formatters.CHECK_FORMATS)), default="text", show_default=True)
@click.option("--fail-on", type=click.Choice(["error", "warning", "info", "never"]), default="error", show_default=True,
              help="Exit 1 when a finding at or above this severity is reported.")
@click.option("--select", multiple=True, metavar="RULE", help="Run only these rules (repeatable).")
@click.option("--ignore", multiple=True, metavar="RULE", help="Skip these rules (repeatable).")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to this file (atomically).")
@_DATE_OPTION
@_RULES_OPTION
def check(paths, ref_paths, fmt, fail_on, select, ignore, output, date, rule_dirs):
    """Check drafts (files or directories of .txt/.md) against reference sets."""
    try:
        rules = _load_rules(rule_dirs)
        enabled = enabled_checks(select, ignore, have_references=bool(ref_paths))
    except InputError as exc:
        _report_problems(exc.problems)
        sys.exit(ExitCode.BAD_INPUT)
    except checks.UnknownRule as exc:
        raise click.UsageError(str(exc)) from None
    refs, problems = _load_references(ref_paths, rules)
    rules = rules.with_sources(refs.sources)
    files, path_problems = expand_paths(paths)
    problems += path_problems
    report = formatters.Report(problems=problems)
    for path in files:
        result = _guarded(path, lambda: check_file(path, refs, rules, date, enabled))
        report.problems += result.problems
        if result.claims or result.findings:
            report.files.append(path)
        report.claims += result.claims
        report.findings += result.findings
    _report_problems(report.problems)
    _write(output, formatters.CHECK_FORMATS[fmt](report))
    if report.problems:
        sys.exit(ExitCode.BAD_INPUT)
    sys.exit(ExitCode.FINDINGS if any(at_least(f.severity, fail_on) for f in report.findings) else ExitCode.CLEAN)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(list(formatters.EXTRACT_FORMATS)), default="text", show_default=True)
@click.option("--refs", "ref_paths", multiple=True, type=click.Path(),
              help="Reference set whose default subject and extra sources apply.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (atomically).")
@_DATE_OPTION
@_RULES_OPTION
def extract(paths, fmt, ref_paths, output, date, rule_dirs):
    """List every figure found, with value, hedge, metric, subject, source and position."""
    try:
        rules = _load_rules(rule_dirs)
    except InputError as exc:
        _report_problems(exc.problems)
        sys.exit(ExitCode.BAD_INPUT)
    refs, problems = _load_references(ref_paths, rules)
    rules = rules.with_sources(refs.sources)
    files, path_problems = expand_paths(paths)
    report = formatters.Report(problems=problems + path_problems)
    for path in files:
        result = _guarded(path, lambda: extract_file(path, rules, date, refs.subject))
        report.problems += result.problems
        report.files.append(path)
        report.claims += result.claims
    _report_problems(report.problems)
    _write(output, formatters.EXTRACT_FORMATS[fmt](report))
    sys.exit(ExitCode.BAD_INPUT if report.problems else ExitCode.CLEAN)


@main.group()
def refs():
    """Work with reference sets."""


@refs.command("validate")
@click.argument("files", nargs=-1, required=True)
@_RULES_OPTION
def refs_validate(files, rule_dirs):
    """Check reference sets; report every problem as FILE:LINE:COL: message."""
    try:
        rules = _load_rules(rule_dirs)
    except InputError as exc:
        _report_problems(exc.problems)
        sys.exit(ExitCode.BAD_INPUT)
    bad = False
    for path in files:
        try:
            loaded = references.load(path, rules)
        except InputError as exc:
            _report_problems(exc.problems)
            bad = True
            continue
        click.echo(f"{path}: ok, {formatters.plural(len(loaded.facts), 'fact')}")
    sys.exit(ExitCode.BAD_INPUT if bad else ExitCode.CLEAN)


@main.command("eval")
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "json_path", type=click.Path(dir_okay=False), help="Also write the scores as JSON (atomically).")
@click.option("--details", is_flag=True, help="List every missed claim and wrong field.")
@_RULES_OPTION
def evaluate_command(paths, json_path, details, rule_dirs):
    """Score numcheck's reading against gold-labelled drafts (files or directories of *.gold.yaml)."""
    try:
        rules = _load_rules(rule_dirs)
        scores = evaluate.evaluate(evaluate.find_gold(paths), rules)
    except InputError as exc:
        _report_problems(exc.problems)
        sys.exit(ExitCode.BAD_INPUT)
    except Exception as exc:  # last resort, as for check: one line, never a traceback
        if os.environ.get("NUMCHECK_DEBUG"):
            raise
        _report_problems([_internal_error(" ".join(paths), "evaluating", exc, "these files")])
        sys.exit(ExitCode.BAD_INPUT)
    click.echo(formatters.scores_text(scores, details))
    if json_path:
        _write(json_path, formatters.scores_json(scores))


@main.command("rules")
@_RULES_OPTION
def list_rules(rule_dirs):
    """List the checks (severity, what they catch) and the vocabulary: metrics, subjects, sources, hedges."""
    try:
        rules = _load_rules(rule_dirs)
    except InputError as exc:
        _report_problems(exc.problems)
        sys.exit(ExitCode.BAD_INPUT)
    click.echo(formatters.rules_text(rules, checks.REGISTRY))
