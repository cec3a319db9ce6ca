"""Shared measuring helpers: percentiles, a subprocess run with peak memory, free loopback ports."""

from __future__ import annotations

import contextlib
import os
import socket
import statistics
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path

try:  # psutil ships with the dev tools; without it only ru_maxrss is reported
    import psutil
except ImportError:  # pragma: no cover
    psutil = None


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation; NaN for no values."""
    if not values:
        return float("nan")
    data = sorted(values)
    k = (len(data) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(data) - 1)
    return data[lo] + (data[hi] - data[lo]) * (k - lo)


def summary_ms(seconds: list[float]) -> dict[str, float]:
    """p50/p95/max/mean of a list of durations in seconds, as milliseconds."""
    ms = [s * 1000 for s in seconds]
    return {
        "n": len(ms),
        "p50_ms": round(percentile(ms, 50), 3),
        "p95_ms": round(percentile(ms, 95), 3),
        "max_ms": round(max(ms), 3) if ms else float("nan"),
        "mean_ms": round(statistics.fmean(ms), 3) if ms else float("nan"),
    }


@dataclass
class RunResult:
    """A finished subprocess: exit code, wall seconds, output, and its memory high-water marks."""

    returncode: int
    wall: float
    stdout: str
    stderr: str
    maxrss_mb: float  # ru_maxrss of the process and its waited-for children: the largest single process
    cpu_seconds: float  # user + system time of the process and its waited-for children (pool workers)
    tree_peak_mb: float | None  # sampled sum of RSS over the process tree (main + pool workers)


def _tree_rss(pid: int) -> int:
    try:
        proc = psutil.Process(pid)
        total = proc.memory_info().rss
        for child in proc.children(recursive=True):
            with contextlib.suppress(psutil.Error):
                total += child.memory_info().rss
        return int(total)
    except psutil.Error:
        return 0


def run_measured(cmd: list[str], cwd: Path, log_dir: Path, name: str, timeout: float = 900) -> RunResult:
    """Run `cmd`, sampling the tree's RSS at 20 Hz, and read ru_maxrss from wait4 of that child."""
    log_dir.mkdir(parents=True, exist_ok=True)
    out_path, err_path = log_dir / f"{name}.out", log_dir / f"{name}.err"
    peak = 0
    done = threading.Event()
    with out_path.open("w") as out, err_path.open("w") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=err)

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.05):
                peak = max(peak, _tree_rss(proc.pid))

        sampler = threading.Thread(target=sample, daemon=True) if psutil else None
        if sampler:
            sampler.start()
        timer = threading.Timer(timeout, proc.kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
            done.set()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if sampler:
            sampler.join()
    return RunResult(
        returncode=proc.returncode,
        wall=wall,
        stdout=out_path.read_text(),
        stderr=err_path.read_text(),
        maxrss_mb=usage.ru_maxrss / 1024,
        cpu_seconds=usage.ru_utime + usage.ru_stime,
        tree_peak_mb=peak / 2**20 if psutil else None,
    )


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_http(url: str, deadline: float, proc: subprocess.Popen[bytes] | None = None) -> bool:
    """Poll `url` until it answers 200 or time.perf_counter() passes `deadline`."""
    while time.perf_counter() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.01)
    return False


def stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a server this bench started: SIGTERM, then SIGKILL after 5 s."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)


def _spin(n: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(n):
        total += i * i
    return time.perf_counter() - start


def parallel_capacity(n: int = 3_000_000) -> dict[str, float]:
    """How much of a second core this machine gives right now: 1 process alone vs 2 at once."""
    one = min(_spin(n) for _ in range(2))
    with get_context("spawn").Pool(2) as pool:
        pool.map(_spin, [1000, 1000])
        start = time.perf_counter()
        pool.map(_spin, [n, n])
        two = time.perf_counter() - start
    return {"one_process_s": one, "two_processes_s": two, "effective_cores": 2 * one / two}
