"""The command line: wires the stages together, prints once, and sets the exit code.

numcheck check PATH... [--refs FILE]... [--pack PACK]... [--format FMT] [--fail-on LEVEL]
               [--date YYYY-MM-DD] [--config FILE]
numcheck report PATH... [--refs FILE]... [-o report.html|report.md]
numcheck extract PATH... [--refs FILE]... [--pack PACK]... [--format text|json] [--date YYYY-MM-DD]
numcheck config
numcheck refs validate FILE... [--pack PACK]...
numcheck eval GOLD... [--json FILE] [--details] [--pack PACK]...
numcheck checks | numcheck lexicon [--refs FILE]... [--pack PACK]...

Settings come from the command line, else the project's config file (`checker.config`), else the
defaults. What only other commands need (curation, evaluation) is imported in those commands, and
tabulate where a table is drawn, so that `check`, the command run most, starts sooner.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import signal
import sys
from pathlib import Path

import click

from checker import config as settings
from checker import references, regex_cache
from checker.checks import REGISTRY, UnknownCheck
from checker.engine import baseline, extract_file, known_from
from checker.engine.run import Report, Run, default_jobs, guarded
from checker.errors import ExitCode, InputError, Problem, internal_error
from checker.lexicon import packs as pack_files
from checker.lexicon.notes import notes as lexicon_notes
from checker.model import NEVER, Severity
from checker.output import CHECK_FORMATS, EXTRACT_FORMATS, FORMATS, listing, plural, scores
from checker.output.write import write
from checker.references.notes import notes as reference_notes

AUTO = "auto"
_STDOUT = ("-", "/dev/stdout")
_PROGRESS_FROM = 20  # drafts: fewer feel instant, more get a progress bar on a terminal


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _format(name: str) -> str:
    """`auto`: GitHub annotations inside GitHub Actions, the text format elsewhere."""
    if name != AUTO:
        return name
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def _report_problems(problems) -> None:
    for problem in problems:
        click.echo(str(problem), err=True)


def _print(text: str) -> None:
    """The report on stdout, every byte or an error: a short write (a file-size limit, a full
    disk) is an error here, where Python's buffered stream would drop the rest silently."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, ValueError, io.UnsupportedOperation):  # not a real file (tests)
        click.echo(text)
        return
    data = (text + "\n").encode(sys.stdout.encoding or "utf-8", "backslashreplace")
    sys.stdout.flush()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _fail(problems) -> None:
    _report_problems(problems)
    sys.exit(ExitCode.BAD_INPUT)


def _write(output: str | None, text: str | None, inputs=()) -> None:
    """Print, or write the file atomically (never over an input: see `output.write`)."""
    if output is None or output in _STDOUT:
        if sys.stdout is None:
            _fail([Problem("-", "cannot write the output: standard output is closed")])
        if text is not None:  # a format with nothing to say prints nothing, not an empty line
            _print(text)
        return
    try:
        write(output, (text or "") + "\n", inputs)
    except InputError as exc:
        _fail(exc.problems)


def _open(ref_paths, packs):
    """Reference sets and the lexicon they need; a bad pack stops the run (exit 2)."""
    try:
        return references.open_sets(ref_paths, packs)
    except InputError as exc:
        _fail(exc.problems)


def _config(path: str | None, **given) -> settings.Config:
    """The project's settings (the file named, else the nearest found upward), with what the
    command line gave on top."""
    try:
        found = Path(path) if path else settings.find()
        config = settings.load(found, tuple(REGISTRY), tuple(FORMATS))
    except InputError as exc:
        _fail(exc.problems)
    for key, value in given.items():
        if value not in (None, ()):
            config.set(key, list(value) if isinstance(value, tuple) else value, "command line")
    return config


def _refs_and_packs(config: settings.Config) -> tuple[list[str], list[str]]:
    from_file = config.origin("refs") != "command line"
    refs = [config.resolve(r) if from_file else r for r in config["refs"]]
    packs_from_file = config.origin("packs") != "command line"
    packs = [config.resolve(p) if packs_from_file else p for p in config["packs"]]
    return refs, packs


def _progress(count: int):
    """A progress bar on stderr for many drafts on a terminal; nothing otherwise or in CI."""
    if count < _PROGRESS_FROM or os.environ.get("CI") or not sys.stderr.isatty():
        return None
    return click.progressbar(length=count, label="checking", file=sys.stderr)


def _run(
    config: settings.Config,
    paths,
    select=(),
    ignore=(),
    jobs: int = 1,
    force_exclude=False,
    fmt: str | None = None,
) -> Report:
    """Check every draft and gather one report (input problems printed on stderr)."""
    ref_paths, packs = _refs_and_packs(config)
    refs, lexicon, problems = _open(ref_paths, packs)
    try:
        run = Run(lexicon, refs if ref_paths else None, config, select, ignore)
        run.engine(".")  # names in the config's checks: are known, packs' checks: too
    except UnknownCheck as exc:
        raise click.UsageError(str(exc)) from None
    except InputError as exc:
        _fail(exc.problems)
    report = Report(
        problems=list(problems),
        references=refs if ref_paths else None,
        lexicon=lexicon,
        date=dt.date.today(),
        fail_on=config["fail-on"],
        keep_texts=fmt is None or FORMATS[fmt].needs_texts,
        keep_claims=fmt is None or FORMATS[fmt].needs_claims,
    )
    files, path_problems = run.drafts(paths, force_exclude)
    report.problems += path_problems
    bar = _progress(len(files))
    if bar is None:
        run.check(files, report, jobs=jobs)
    else:
        with bar:
            run.check(files, report, lambda path: bar.update(1), jobs=jobs)
    _report_problems(report.problems)
    return report


def _exit(report: Report, fail_on: str) -> None:
    if report.problems:
        sys.exit(ExitCode.BAD_INPUT)
    sys.exit(
        ExitCode.FINDINGS
        if any(f.severity.at_least(fail_on) for f in report.findings)
        else ExitCode.CLEAN
    )


def _inputs(report: Report, config: settings.Config) -> list[str]:
    """What a report must never be written over: the drafts and the reference sets."""
    return [*report.files, *_refs_and_packs(config)[0]]


class _Guarded(click.Group):
    """The last resort: whatever escapes a command is one line on stderr and exit 2, never a
    traceback (NUMCHECK_DEBUG=1 shows it). Output that cannot be written (a full disk, a closed
    pipe) is said the same way."""

    def invoke(self, ctx):
        _exit_on_signals()
        _forgiving_streams()
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full disk or a closed pipe shows up here, not at exit
            return result
        except (click.exceptions.Exit, click.ClickException, click.Abort, SystemExit):
            raise
        except BrokenPipeError:
            _quiet_stdout()
            sys.exit(ExitCode.BAD_INPUT)
        except OSError as exc:
            _quiet_stdout()
            _last_words(f"numcheck: cannot write the output: {exc.strerror or exc}")
        except Exception as exc:
            if os.environ.get("NUMCHECK_DEBUG"):
                raise
            _last_words(
                f"numcheck: internal error ({type(exc).__name__}: {exc}); please report it "
                "with the command line that caused it"
            )
        finally:
            regex_cache.save()  # what this run compiled, for the next run (see regex_cache)


def _forgiving_streams() -> None:
    """A character the terminal's encoding lacks (an undecodable byte in a file name, a dash
    under an ASCII-only locale) is written as its escape rather than ending the run."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def _exit_on_signals() -> None:
    """SIGTERM and SIGHUP end the run as an exception would, so a report being written removes its
    temporary file (SIGKILL cannot be caught: the old report stays whole, the hidden temporary
    file is never read as a draft)."""
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            try:
                signal.signal(number, lambda signum, frame: sys.exit(128 + signum))
            except ValueError:  # not the main thread (an embedding program)
                pass


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's own flush at exit cannot fail again."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _last_words(message: str) -> None:
    try:
        click.echo(message, err=True)
    finally:
        sys.exit(ExitCode.BAD_INPUT)


@click.group(cls=_Guarded, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="numcheck")
def main():
    """numcheck: find numeric-claim discrepancies in news drafts."""


_PACK_OPTION = click.option(
    "--pack",
    "packs",
    multiple=True,
    type=click.Path(),
    metavar="PACK",
    help="A topic pack (a shipped name such as armed-conflict, a directory of YAML files, or one "
    "file), added to the packs the reference sets name.",
)
_DATE_OPTION = click.option(
    "--date",
    callback=_date,
    metavar="YYYY-MM-DD",
    help="The draft's date, for 'last year' and friends (default: a date line in the draft).",
)
_JOBS_OPTION = click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    metavar="N",
    help="Check drafts in N processes (default: the cores available); the output is the same.",
)
_REFS_OPTION = click.option(
    "--refs", "ref_paths", multiple=True, type=click.Path(), help="Reference set YAML (repeatable)."
)
_CONFIG_OPTION = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    help="Settings file (default: .numcheck.yaml or pyproject.toml's [tool.numcheck], found "
    "upward from here).",
)
_FAIL_ON_OPTION = click.option(
    "--fail-on",
    type=click.Choice([*reversed(Severity.names()), NEVER]),
    help="Exit 1 when a finding at or above this severity is reported (default: error).",
)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_REFS_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice([*CHECK_FORMATS, AUTO]),
    help="Default: text. auto: github inside GitHub Actions (GITHUB_ACTIONS set), else text.",
)
@_FAIL_ON_OPTION
@click.option(
    "--select", multiple=True, metavar="CHECK", help="Run only these checks (repeatable)."
)
@click.option("--ignore", multiple=True, metavar="CHECK", help="Skip these checks (repeatable).")
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help="Write the report to this file (atomically; never over a draft or a reference set).",
)
@click.option(
    "--baseline",
    "baseline_path",
    type=click.Path(dir_okay=False),
    help="Report only findings this baseline file does not hold (accepted before).",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False),
    help="Record every finding as accepted in this file (then check with --baseline FILE).",
)
@_DATE_OPTION
@_PACK_OPTION
@_CONFIG_OPTION
@_JOBS_OPTION
@click.option(
    "--force-exclude",
    is_flag=True,
    help="Apply the config's exclude globs to files named on the command line too (pre-commit).",
)
def check(
    paths,
    ref_paths,
    fmt,
    fail_on,
    select,
    ignore,
    output,
    baseline_path,
    write_baseline,
    date,
    packs,
    config_path,
    jobs,
    force_exclude,
):
    """Check drafts (files, or folders of .txt, .md, .html, .docx drafts) against reference sets."""
    config = _config(
        config_path,
        refs=ref_paths,
        packs=packs,
        format=fmt,
        date=date,
        baseline=baseline_path,
        **{"fail-on": fail_on},
    )
    report = _run(
        config,
        paths,
        select,
        ignore,
        jobs or default_jobs(),
        force_exclude,
        None if write_baseline else _format(config["format"]),
    )
    if write_baseline:
        _write(
            write_baseline,
            baseline.render(report.findings, write_baseline),
            _inputs(report, config),
        )
        click.echo(
            f"{plural(len(report.findings), 'finding')} accepted in {write_baseline}", err=True
        )
        sys.exit(ExitCode.BAD_INPUT if report.problems else ExitCode.CLEAN)
    if config["baseline"]:
        _keep_new(report, config)
    _write(output, FORMATS[_format(config["format"])].check(report), _inputs(report, config))
    _exit(report, config["fail-on"])


def _keep_new(report: Report, config: settings.Config) -> None:
    """Drop the findings the baseline accepted; say how many, on stderr."""
    from_file = config.origin("baseline") != "command line"
    path = str(config.root / config["baseline"]) if from_file else config["baseline"]
    try:
        accepted = baseline.load(path)
    except InputError as exc:
        _fail(exc.problems)
    report.findings, dropped = baseline.new_only(report.findings, accepted, path)
    if dropped:
        click.echo(f"{plural(dropped, 'finding')} accepted by the baseline {path}", err=True)


_REPORT_FORMATS = {".html": "html", ".htm": "html", ".md": "markdown", ".markdown": "markdown"}


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_REFS_OPTION
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False),
    help="Write the report here; .html for a page, .md for Markdown (default: Markdown on stdout).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "markdown"]),
    help="Override the format the file name implies.",
)
@click.option(
    "--fail-on",
    type=click.Choice([*reversed(Severity.names()), NEVER]),
    default=NEVER,
    show_default=True,
    help="Exit 1 when a finding at or above this severity is reported.",
)
@_DATE_OPTION
@_PACK_OPTION
@_CONFIG_OPTION
@_JOBS_OPTION
def report(paths, ref_paths, output, fmt, fail_on, date, packs, config_path, jobs):
    """The desk's discrepancy report: every figure each source gave beside every figure the drafts
    state, and each draft with its figures marked."""
    config = _config(config_path, refs=ref_paths, packs=packs, date=date, **{"fail-on": fail_on})
    suffix = Path(output).suffix.lower() if output else ""
    fmt = fmt or _REPORT_FORMATS.get(suffix, "markdown")
    found = _run(config, paths, jobs=jobs or default_jobs())
    _write(output, FORMATS[fmt].check(found), _inputs(found, config))
    _exit(found, fail_on)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format", "fmt", type=click.Choice(EXTRACT_FORMATS), default="text", show_default=True
)
@click.option(
    "--refs",
    "ref_paths",
    multiple=True,
    type=click.Path(),
    help="Reference set whose packs, default subject and sources apply.",
)
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write to this file (atomically)."
)
@_DATE_OPTION
@_PACK_OPTION
@_CONFIG_OPTION
def extract(paths, fmt, ref_paths, output, date, packs, config_path):
    """List every figure found, with value, hedge, metric, subject, source and position."""
    config = _config(config_path, refs=ref_paths, packs=packs, date=date)
    ref_paths, packs = _refs_and_packs(config)
    refs, lexicon, problems = _open(ref_paths, packs)
    run = Run(lexicon, refs, config)
    files, path_problems = run.drafts(paths)
    report = Report(problems=problems + path_problems)
    for path in files:
        result = guarded(path, lambda path=path: extract_file(path, lexicon, run.date(path), refs))
        report.problems += result.problems
        report.files.append(path)
        report.claims += result.claims
    _report_problems(report.problems)
    _write(output, FORMATS[fmt].extract(report), [*report.files, *ref_paths])
    sys.exit(ExitCode.BAD_INPUT if report.problems else ExitCode.CLEAN)


@main.command("config")
@_CONFIG_OPTION
def show_config(config_path):
    """Print the settings in effect and where each comes from."""
    config = _config(config_path)
    click.echo(listing.config(config))


@main.group()
def refs():
    """Work with reference sets."""


@refs.command("validate")
@click.argument("files", nargs=-1, required=True)
@_PACK_OPTION
def refs_validate(files, packs):
    """Check reference sets; report every problem as FILE:LINE:COL: message."""
    bad = False
    for path in files:
        loaded, lexicon, problems = _open([path], packs)
        if problems:
            _report_problems(problems)
            bad = True
            continue
        click.echo(f"{path}: ok, {plural(len(loaded.facts), 'fact')}")
        from checker.curation import units

        for note in [*lexicon_notes(lexicon), *reference_notes(loaded), *units.notes(lexicon)]:
            click.echo(f"{path}: {note}")
    sys.exit(ExitCode.BAD_INPUT if bad else ExitCode.CLEAN)


@refs.command("show")
@click.argument("file")
@_PACK_OPTION
def refs_show(file, packs):
    """Print a reference set grouped by metric and subject, showing where sources disagree."""
    from checker import curation

    loaded, lexicon, problems = _open([file], packs)
    if problems:
        _fail(problems)
    click.echo(listing.reference_set(file, loaded, curation.groups(loaded, lexicon), lexicon))


@refs.command("init")
@click.argument("articles", nargs=-1, required=True)
@click.option(
    "--source", required=True, metavar="NAME", help="Who published the articles (e.g. Reuters)."
)
@click.option(
    "--refs",
    "ref_paths",
    multiple=True,
    type=click.Path(),
    help="A reference set whose packs and sources to start from.",
)
@_PACK_OPTION
@_DATE_OPTION
@click.option(
    "--output", "-o", type=click.Path(dir_okay=False), help="Write the skeleton to this file."
)
@click.option("--force", is_flag=True, help="Replace the --output file if it exists.")
def refs_init(articles, source, ref_paths, packs, date, output, force):
    """Write a reference-set skeleton from trusted articles, for an editor to curate: every figure
    with its metric, value or range, hedge, source, as_of, quote and the article's address."""
    from checker import curation

    if output and output not in _STDOUT and Path(output).exists() and not force:
        _fail([Problem(output, "exists; refs init never replaces a file (use --force to)")])
    loaded, lexicon, problems = _open(ref_paths, packs)
    if problems:
        _fail(problems)
    found, path_problems = curation.read_articles(articles, lexicon, known_from(loaded), date)
    _report_problems(path_problems)
    pack_paths = list(loaded.packs)  # the packs the reference sets name, already resolved
    pack_paths += [pack_files.resolve(str(p)) for p in packs]
    folder = Path(output).resolve().parent if output and output not in _STDOUT else Path.cwd()
    named = curation.pack_names(pack_paths, folder)
    text = curation.skeleton(found, source, lexicon, named, dt.date.today())
    if "\nsubject:" not in text:
        click.echo(
            "numcheck: no subject recognised; name a topic pack that defines subjects (--pack) or "
            "write `subject:` in the skeleton before validating it",
            err=True,
        )
    _write(output, text.rstrip("\n"), [*articles, *ref_paths])
    sys.exit(ExitCode.BAD_INPUT if path_problems else ExitCode.CLEAN)


@main.command("eval")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--json",
    "json_path",
    type=click.Path(dir_okay=False),
    help="Also write the scores as JSON (atomically).",
)
@click.option("--details", is_flag=True, help="List every missed claim and wrong field.")
@_PACK_OPTION
def evaluate_command(paths, json_path, details, packs):
    """Score numcheck's reading against gold-labelled drafts (*.gold.yaml) and general-news figure
    sets (YAML with `sentences:`), given as files or directories."""
    from checker import evaluation

    try:
        story_paths, paths = evaluation.story_paths(list(paths))
        claims_paths, figure_paths = (
            evaluation.split(evaluation.find_gold(paths)) if paths else ([], [])
        )
        claim_scores = evaluation.evaluate(claims_paths, packs) if claims_paths else None
        figure_scores = evaluation.evaluate_figures(figure_paths, packs) if figure_paths else None
        story_scores, story_problems = (
            evaluation.stories.evaluate_stories(story_paths, packs) if story_paths else (None, [])
        )
    except InputError as exc:
        _fail(exc.problems)
    except Exception as exc:  # last resort, as for check: one line, never a traceback
        if os.environ.get("NUMCHECK_DEBUG"):
            raise
        _fail([internal_error(" ".join(paths), "evaluating", exc, "these files")])
    texts = []
    if claim_scores is not None:
        texts.append(scores.text(claim_scores, details))
    if figure_scores is not None:
        texts.append(scores.figures_text(figure_scores, details))
    if story_scores is not None and (story_scores or not story_problems):
        texts.append(scores.stories_text(story_scores, details))
    if texts:
        click.echo("\n\n".join(texts))
    if json_path:
        _write(json_path, scores.as_json(claim_scores, figure_scores, story_scores))
    if story_problems:  # the stories that could not be scored, after the others' scores
        _report_problems(story_problems)
        sys.exit(ExitCode.BAD_INPUT)


@main.command("checks")
@_REFS_OPTION
@_PACK_OPTION
def list_checks(ref_paths, packs):
    """List the checks: id, severity (after the packs' settings),
    whether they need a reference set."""
    _, lexicon, problems = _open(ref_paths, packs)
    if problems:
        _fail(problems)
    click.echo(listing.checks(REGISTRY, lexicon.severities))


@main.command("lexicon")
@_REFS_OPTION
@_PACK_OPTION
def list_lexicon(ref_paths, packs):
    """List the metric, subject, source and hedge ids a reference set may use,
    and the packs they come from."""
    _, lexicon, problems = _open(ref_paths, packs)
    if problems:
        _fail(problems)
    click.echo(listing.lexicon(lexicon))
