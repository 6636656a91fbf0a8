"""The pre-commit hook, run for real: the `pre-commit` package installs numcheck from this
checkout into its own environment and runs the hook on a temporary git repository of drafts."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.inputs.builders import docx_of

ROOT = Path(__file__).parents[2]
PRE_COMMIT = Path(sys.executable).with_name("pre-commit")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path):
    """A newsroom repository: a reference set, its pack, a config naming it, and two drafts."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for the pre-commit test")
    repo = tmp_path / "desk"
    repo.mkdir()
    shutil.copy(ROOT / "seeds" / "reference.yaml", repo / "refs.yaml")
    shutil.copytree(ROOT / "seeds" / "pack", repo / "pack")
    (repo / ".numcheck.yaml").write_text("refs: [refs.yaml]\n")
    (repo / "good.md").write_text("The NIS said about 300 North Korean soldiers were killed.\n")
    git(repo, "init", "-q")
    git(repo, "config", "user.email", "desk@example.org")
    git(repo, "config", "user.name", "Desk")
    return repo


def pre_commit(repo: Path, tmp_path: Path) -> subprocess.CompletedProcess:
    git(repo, "add", "-A")
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    return subprocess.run(
        [str(PRE_COMMIT), "try-repo", str(ROOT), "numcheck", "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_the_hook_passes_a_clean_draft_and_stops_a_wrong_one(repo, tmp_path):
    clean = pre_commit(repo, tmp_path)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "Passed" in clean.stdout
    (repo / "wrong.md").write_text("The NIS said 4,000 North Korean soldiers were killed.\n")
    (repo / "wrong.html").write_text(
        "<p>The NIS said 4,000 North Korean soldiers were killed.</p>\n"
    )
    (repo / "wrong.docx").write_bytes(
        docx_of("The NIS said 4,000 North Korean soldiers were killed.")
    )
    (repo / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    wrong = pre_commit(repo, tmp_path)
    assert wrong.returncode == 1, wrong.stdout + wrong.stderr
    assert "wrong.md:1:14  error  misattribution" in wrong.stdout
    assert "wrong.html:1:17  error  misattribution" in wrong.stdout
    assert "wrong.docx:1:14  error  misattribution" in wrong.stdout
    assert "refs.yaml" not in wrong.stdout  # YAML is no draft
    assert "photo.png" not in wrong.stdout
