"""Open a local page in a real headless Chromium (Debian's `chromium` package, driven by
playwright-core's Python API) and report what a reader's browser would see: console errors, every
network request, how many findings are marked, and a screenshot.

    python -m tests.browser.page build/report.html build/report.png
"""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path


def chromium() -> str | None:
    """The browser to drive: NUMCHECK_CHROMIUM, else chromium on PATH."""
    return (
        os.environ.get("NUMCHECK_CHROMIUM")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )


@dataclass
class PageVisit:
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    findings_marked: int = 0
    figures_marked: int = 0
    title: str = ""


def visit(page_path: Path, screenshot: Path | None = None) -> PageVisit:
    from playwright.sync_api import sync_playwright

    url = page_path.resolve().as_uri()
    seen = PageVisit()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        try:
            page = browser.new_page()
            page.on(
                "console",
                lambda m: seen.console_errors.append(m.text) if m.type == "error" else None,
            )
            page.on("pageerror", lambda e: seen.console_errors.append(str(e)))
            page.on("request", lambda r: seen.requests.append(r.url))
            page.goto(url, wait_until="load")
            seen.findings_marked = page.locator("sup.finding").count()
            seen.figures_marked = page.locator("mark.figure").count()
            seen.title = page.title()
            if screenshot is not None:
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    return seen


if __name__ == "__main__":
    found = visit(Path(sys.argv[1]), Path(sys.argv[2]))
    print(
        f"{found.findings_marked} findings marked, {found.figures_marked} figures, "
        f"{len(found.console_errors)} console errors, {len(found.requests)} requests; "
        f"screenshot {sys.argv[2]}"
    )
