"""The report tests' browser: one headless Chromium for the whole run (see `browser.py`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.chromium import SKIP_REASON, find_chromium
from tests.reports.browser import ReportBrowser


@pytest.fixture(scope="session")
def report_browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ReportBrowser]:
    executable = find_chromium()
    if executable is None:
        pytest.skip(SKIP_REASON)
    browser = ReportBrowser(executable, tmp_path_factory.mktemp("chromium-profile"))
    yield browser
    browser.close()
