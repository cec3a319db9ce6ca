"""`python app.py` as a user starts it: a real server process, with the safe defaults it promises.

It listens on the loopback interface only, runs without Dash's debug mode or dev tools, answers
pages and callbacks, and stops on Ctrl+C (SIGINT) or SIGTERM.
"""

from __future__ import annotations

import json
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

LOOPBACK_V4 = "0100007F"  # 127.0.0.1 as /proc/net/tcp writes it
LISTEN = "0A"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def fetch(request: str | urllib.request.Request, timeout: float = 5) -> tuple[int, str]:
    """(status, body) of a GET of a URL or of a prepared request; HTTP errors are answers too."""
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def listening_addresses(port: int) -> set[str]:
    """Local addresses with a listening TCP socket on `port` (hex, as the kernel lists them)."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            address, port_hex = fields[1].split(":")
            if fields[3] == LISTEN and int(port_hex, 16) == port:
                found.add(address)
    return found


def start_app(db: Path) -> tuple[subprocess.Popen[str], int]:
    """`python app.py --db DB --port P` with every other option at its default, once it answers `/`."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "app.py", "--db", str(db), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if fetch(f"http://127.0.0.1:{port}/", timeout=2)[0] == 200:
                return proc, port
        except OSError:
            time.sleep(0.2)
        assert proc.poll() is None, proc.communicate()[0]
    proc.kill()
    pytest.fail("app.py did not answer within 60 s")


@pytest.fixture
def server(built_db: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    proc, port = start_app(built_db)
    yield proc, port
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=10)


def test_it_listens_on_the_loopback_interface_only(server: tuple[subprocess.Popen[str], int]) -> None:
    _, port = server
    assert listening_addresses(port) == {LOOPBACK_V4}


def test_it_runs_without_debug_mode_or_dev_tools(server: tuple[subprocess.Popen[str], int]) -> None:
    _, port = server
    status, page = fetch(f"http://127.0.0.1:{port}/")
    assert status == 200
    config = json.loads(
        re.search(r'<script id="_dash-config" type="application/json">(.*?)</script>', page, re.S)[1]
    )
    assert config["ui"] is False  # Dash's dev-tools UI (debug mode) is off
    assert config["props_check"] is False


def test_it_answers_callbacks_and_hides_server_errors(server: tuple[subprocess.Popen[str], int]) -> None:
    _, port = server
    status, deps = fetch(f"http://127.0.0.1:{port}/_dash-dependencies")
    assert status == 200 and "chart.figure" in deps
    bad = urllib.request.Request(
        f"http://127.0.0.1:{port}/_dash-update-component",
        data=b'{"output": "no-such.children", "inputs": []}',
        headers={"Content-Type": "application/json"},
    )
    status, body = fetch(bad)
    assert status >= 400
    assert "Traceback" not in body and 'File "' not in body


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_it_stops_on_ctrl_c_or_sigterm(built_db: Path, stop: signal.Signals) -> None:
    proc, port = start_app(built_db)
    proc.send_signal(stop)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"app.py ignored {stop.name}")
    assert not listening_addresses(port)
