"""Finding headless Chromium for the browser tests (reports and `adviseur serve`), in one place.

.ci/run installs Debian's `chromium`; elsewhere the tests skip with a clear reason. The flags keep
Chromium off the network: this machine allows no traffic but loopback.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ENV = "ADVISEUR_CHROMIUM"
SKIP_REASON = "geen Chromium gevonden (installeer Debian's 'chromium' of zet ADVISEUR_CHROMIUM)"
OFFLINE_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def find_chromium() -> str | None:
    configured = os.environ.get(CHROMIUM_ENV)
    if configured:
        return configured if Path(configured).exists() else shutil.which(configured)
    return next((path for name in CHROMIUM_NAMES if (path := shutil.which(name))), None)
