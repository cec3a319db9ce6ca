"""Chart images on the server: kaleido 1.x driving the system's Chromium, offline.

The browser is $BROWSER_PATH, else `chromium` on PATH, else /usr/bin/chromium (choreographer, under
kaleido, honours BROWSER_PATH too; it is passed explicitly here). MathJax is switched off and
plotly.js comes from the installed plotly package, so no page ever asks the network for anything.
One Chromium is started on the first export and kept on its own event-loop thread; a lock makes one
render at a time. At exit it is closed with a time limit; the thread is a daemon, so a stuck
browser can never keep the process alive.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import logging
import os
import shutil
import signal
import subprocess
import threading
from typing import Any

import plotly.graph_objects as go

IMAGE_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
START_TIMEOUT, RENDER_TIMEOUT, STOP_TIMEOUT = 60.0, 30.0, 5.0


def browser_path() -> str | None:
    """The Chromium kaleido drives: $BROWSER_PATH, else chromium on PATH, else Debian's path."""
    for candidate in (
        os.environ.get("BROWSER_PATH"),
        shutil.which("chromium"),
        shutil.which("chromium-browser"),
        "/usr/bin/chromium",
    ):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


class Renderer:
    """One Kaleido (one headless Chromium) on its own event loop, started on first use."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido: Any = None
        self._threads: set[threading.Thread] = set()
        self.browser: str | None = None

    def _start(self, path: str) -> None:
        import kaleido  # imported lazily: only exports need it

        before = set(threading.enumerate())
        loop = asyncio.new_event_loop()
        threading.Thread(target=loop.run_forever, name="kaleido", daemon=True).start()

        async def open_browser() -> Any:
            browser = kaleido.Kaleido(n=1, mathjax=False, path=path)
            await browser.open()
            return browser

        try:
            self._kaleido = asyncio.run_coroutine_threadsafe(open_browser(), loop).result(
                timeout=START_TIMEOUT
            )
        except BaseException:
            loop.call_soon_threadsafe(loop.stop)
            raise
        self._loop, self.browser = loop, path
        self._threads = set(threading.enumerate()) - before  # the loop and choreographer's helpers
        atexit.register(self.stop)

    def render(self, fig: dict[str, Any], opts: dict[str, Any], path: str) -> bytes:
        with self._lock:
            if self._loop is not None and not self.healthy():
                self._stop_locked()  # a thread of it was killed (a test server's shutdown does): start afresh
            if self._loop is None:
                self._start(path)
            assert self._loop is not None
            future = asyncio.run_coroutine_threadsafe(self._kaleido.calc_fig(fig, opts=opts), self._loop)
            try:
                return bytes(future.result(timeout=RENDER_TIMEOUT))
            except BaseException:
                self._stop_locked()  # a broken browser is replaced on the next export
                raise

    def healthy(self) -> bool:
        """The event loop runs and every thread started with the browser is alive."""
        return self._loop is not None and self._loop.is_running() and all(t.is_alive() for t in self._threads)

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        loop, browser = self._loop, self._kaleido
        self._loop = self._kaleido = None
        if loop is None:
            return
        for name in (None, "choreographer", "kaleido"):  # choreographer logs clean-up noise to the root
            logger = logging.getLogger(name)
            logger.setLevel(max(logger.level, logging.ERROR))
        process = getattr(browser, "subprocess", None)
        if process is not None and process.poll() is None:
            # Chromium takes seconds to honour Browser.close or SIGTERM; this is exit time, and the
            # browser holds no state worth saving: end its process group (wrapper and Chromium).
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=STOP_TIMEOUT)
        loop.call_soon_threadsafe(loop.stop)
        # kaleido's own close() retries for seconds on a killed browser: remove its folders directly
        for holder, attr in (
            (getattr(browser, "_browser_impl", None), "tmp_dir"),
            (browser, "_html_tmp_dir"),
        ):
            folder = getattr(getattr(holder, attr, None), "path", None)
            if folder:
                shutil.rmtree(folder, ignore_errors=True)


RENDERER = Renderer()


def render_image(fig: go.Figure, fmt: str, width: int = 1200, height: int = 720, scale: float = 2) -> bytes:
    """The figure as PNG (scale× pixels), SVG or PDF bytes."""
    if fmt not in IMAGE_TYPES:
        raise ValueError(f"unsupported image format {fmt!r}")
    path = browser_path()
    if path is None:
        raise RuntimeError("no Chromium found (set BROWSER_PATH)")
    opts = {"format": fmt, "width": width, "height": height, "scale": scale}
    return RENDERER.render(fig.to_dict(), opts, path)
