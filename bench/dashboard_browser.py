"""Time to first chart in headless Chromium, bounded by a watchdog process.

`first_chart_bounded` runs `python -m bench.dashboard_browser JOB_JSON` in its own process group and
kills it (with its Chromium) past a time limit: a page heavy enough can keep Chromium's main thread
busy for minutes, and WebDriver calls then block.
"""

from __future__ import annotations

import json
import os
import signal
import statistics
import subprocess
import time
from collections.abc import Callable
from typing import Any

from bench import PY, ROOT

_CHART_JS = """
const plots = Array.from(document.querySelectorAll('.js-plotly-plot'));
const drawn = plots.filter(p => p.querySelector('.main-svg'));
const has = t => (t.x && t.x.length) || (t.y && t.y.length) || (t.values && t.values.length);
const withData = drawn.filter(p => p._fullData && p._fullData.some(has));
return [drawn.length, withData.length];
"""


def first_chart(
    base: str,
    paths: list[str],
    loads: int = 5,
    timeout: float = 20,
    on_progress: Callable[[dict[str, Any]], None] | None = None,
) -> dict[str, Any]:
    """Headless Chromium: seconds from navigation to the first Plotly chart drawn with data."""
    from selenium import webdriver
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--window-size=1280,800",
    ):
        options.add_argument(flag)
    start = time.perf_counter()
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_page_load_timeout(timeout)
    driver.set_script_timeout(timeout)
    out: dict[str, Any] = {"browser_start_s": time.perf_counter() - start, "paths": {}}
    try:
        for path in paths:
            samples = []
            for _ in range(loads):
                loaded = drawn_at = data_at = None
                start = time.perf_counter()
                try:
                    driver.get("about:blank")
                    start = time.perf_counter()
                    driver.get(base + path)
                    loaded = time.perf_counter() - start
                    while time.perf_counter() - start < timeout:
                        drawn, with_data = driver.execute_script(_CHART_JS)
                        now = time.perf_counter() - start
                        if drawn and drawn_at is None:
                            drawn_at = now
                        if with_data:
                            data_at = now
                            break
                        time.sleep(0.01)
                except WebDriverException as exc:
                    samples.append({"error": type(exc).__name__, "after_s": time.perf_counter() - start})
                    break
                samples.append(
                    {"load_event": loaded, "first_plot": drawn_at, "first_chart_with_data": data_at}
                )
                if on_progress:
                    on_progress({**out, "partial": {path: samples}})
                if data_at is None:
                    break
            good = [s["first_chart_with_data"] for s in samples if s.get("first_chart_with_data") is not None]
            out["paths"][path] = {
                "cold_s": good[0] if good else None,
                "warm_median_s": statistics.median(good[1:]) if len(good) > 1 else None,
                "samples": samples,
                **({} if good else {"error": f"no chart with data within {timeout} s"}),
            }
        return out
    finally:
        driver.quit()


def first_chart_bounded(base: str, paths: list[str], loads: int, limit: float = 90) -> dict[str, Any]:
    """`first_chart` in its own process group, killed (with its Chromium) if it passes `limit` s.

    A page heavy enough can keep Chromium's main thread busy for minutes, and WebDriver calls then
    block; only a watchdog outside the process bounds that."""
    job = json.dumps({"base": base, "paths": paths, "loads": loads})
    proc = subprocess.Popen(
        [PY, "-m", "bench.dashboard_browser", job],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        stdout, _ = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, _ = proc.communicate()
        lines = stdout.decode().strip().splitlines()
        last: dict[str, Any] = json.loads(lines[-1]) if lines else {"paths": {}}
        for path, samples in (last.pop("partial", None) or {}).items():
            good = [x["first_chart_with_data"] for x in samples if x.get("first_chart_with_data") is not None]
            last.setdefault("paths", {})[path] = {
                "cold_s": good[0] if good else None,
                "warm_median_s": statistics.median(good[1:]) if len(good) > 1 else None,
                "samples": samples,
            }
        for path in paths:
            entry = last.setdefault("paths", {}).setdefault(path, {"cold_s": None, "samples": []})
            if entry.get("cold_s") is None:
                entry["error"] = f"no chart with data before the browser was killed at {limit:.0f} s"
        last["error"] = f"Chromium was still busy after {limit:.0f} s and was killed (page too heavy)"
        return last
    lines = stdout.decode().strip().splitlines()
    if proc.returncode != 0 or not lines:
        return {"error": f"browser measurement failed (exit {proc.returncode})"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


if __name__ == "__main__":  # the bounded browser run: python -m bench.dashboard_browser JOB_JSON
    import sys

    spec = json.loads(sys.argv[1])
    try:
        found = first_chart(
            spec["base"], spec["paths"], spec["loads"], on_progress=lambda o: print(json.dumps(o), flush=True)
        )
    except Exception as exc:
        found = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"}
    print(json.dumps(found))
