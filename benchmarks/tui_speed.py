"""TUI responsiveness, measured headlessly with Textual's Pilot (prints JSON; quote the medians).

- first_screen_s: a fresh interpreter imports the app and shows the start screen (cold start).
- keypress_to_next_question_ms: Enter on an answer until the next question has been rendered (the
  chat screen stamps the refresh after it mounted the question; Pilot's own wait is not counted).
- search_keystroke_ms: one more character in the search box until the updated results have been
  rendered (stamped by the search screen after its refresh).
- max_rss_mb: peak memory of this process after a whole interview and a dozen searches.
The *_updated/_mounted variants stop when our code has put the new content in the widgets; the
others also include Textual's wait for its next frame (it paints on a timer, about 60 per second).
Targets (issue 7): < 1 s, < 50 ms, < 30 ms, < 150 MB.
"""

from __future__ import annotations

import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time

from timing import summary

FIRST_SCREEN = r"""
import time, asyncio
t0 = time.perf_counter()
from adviseur.tui.app import AdviseurApp
from adviseur.tui.screens.start import StartScreen
async def main():
    app = AdviseurApp()
    async with app.run_test(size=(100, 30)) as pilot:
        while not isinstance(app.screen, StartScreen) or not app.screen.query("#ways-in"):
            await asyncio.sleep(0.001)
        print(time.perf_counter() - t0)
asyncio.run(main())
"""


def first_screen() -> list[float]:
    times = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", FIRST_SCREEN], capture_output=True, text=True, check=True)
        times.append(float(out.stdout.strip().splitlines()[-1]))
    return times


async def interactive() -> tuple[list[float], list[float]]:
    from adviseur.tui.app import AdviseurApp
    from adviseur.tui.services import Services

    services = Services.load()
    keypress: list[float] = []
    keypress_work: list[float] = []
    search: list[float] = []
    search_work: list[float] = []
    for _ in range(3):
        app = AdviseurApp(services=services)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
            chat = app.screen
            while chat.engine.current is not None:
                step = chat.engine.current
                keys = ["space", "enter"] if step.kind == "multi" else ["enter"]
                if step.kind == "text":
                    keys = ["enter"]
                await pilot.press(*keys[:-1])
                before = chat.engine.current.key
                start = time.perf_counter()
                await pilot.press(keys[-1])
                await pilot.pause()
                if chat.engine.current is not None and chat.engine.current.key != before:
                    keypress.append((chat.rendered_at - start) * 1000)
                    keypress_work.append((chat.updated_at - start) * 1000)
                if chat.engine.current is not None and chat.engine.current.key == before:
                    break  # answer refused: stop this run
        app = AdviseurApp(services=services)
        async with app.run_test(size=(100, 40)) as pilot:
            await pilot.pause()
            await pilot.press("slash")
            await pilot.pause()
            screen = app.screen
            for char in "huurachterstand schuld jongeren":
                stamp = screen.rendered_at
                start = time.perf_counter()
                await pilot.press("space" if char == " " else char)
                for _ in range(4000):
                    if screen.rendered_at != stamp:
                        break
                    await asyncio.sleep(0.0005)
                search.append((screen.rendered_at - start) * 1000)
                search_work.append((screen.updated_at - start) * 1000)
    return keypress, keypress_work, search, search_work


def main() -> None:
    os.environ.setdefault("ADVISEUR_DATA_DIR", tempfile.mkdtemp(prefix="adviseur-bench-"))
    cold = first_screen()
    keypress, keypress_work, search, search_work = asyncio.run(interactive())
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "benchmark": "tui_speed",
                "first_screen_s": summary(cold),
                "keypress_to_next_question_ms": summary(keypress, 2),
                "keypress_to_question_mounted_ms": summary(keypress_work, 2),
                "search_keystroke_ms": summary(search, 2),
                "search_keystroke_to_results_updated_ms": summary(search_work, 2),
                "max_rss_mb": round(rss_mb, 1),
                "targets": {"first_screen_s": 1.0, "keypress_ms": 50, "search_ms": 30, "rss_mb": 150},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
