"""The extractor's native build (mypyc, `make native`) extracts exactly what its Python source does, and
is used only while it matches that source."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from etl.quantities import _native

ROOT = Path(__file__).resolve().parents[2]
_DUMP = """
import json, sys
from pathlib import Path
import etl.quantities as q
paths = sorted(Path("data/reports").glob("*.txt")) + sorted(Path("tests/blind_reports").glob("*.txt"))[:40]
found = {p.name: [m.model_dump() for m in q.extract(p.read_text(encoding="utf-8-sig"))] for p in paths}
json.dump({"implementation": q.IMPLEMENTATION, "found": found}, sys.stdout, ensure_ascii=False)
"""


def _extract_all(pure: bool) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "UNODC_PURE_PYTHON"}
    if pure:
        env["UNODC_PURE_PYTHON"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", _DUMP], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_the_native_build_extracts_what_the_python_source_extracts() -> None:
    default, python = _extract_all(pure=False), _extract_all(pure=True)
    assert python["implementation"] == "Python (UNODC_PURE_PYTHON is set)"
    stamp = _native.NATIVE_DIR / _native.STAMP_NAME
    if stamp.is_file() and stamp.read_text(encoding="ascii").strip() == _native.source_digest():
        assert default["implementation"] == "native build (mypyc)"  # `make test` builds it first
    assert default["found"] == python["found"]
    assert sum(len(v) for v in python["found"].values()) > 5_000  # type: ignore[attr-defined]


def test_a_build_older_than_the_sources_is_never_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("UNODC_PURE_PYTHON", raising=False)
    path: list[str] = ["etl/quantities"]
    assert _native.activate(path, native_dir=tmp_path) == "Python (no native build)"
    (tmp_path / _native.STAMP_NAME).write_text("0" * 64 + "\n", encoding="ascii")
    stale = _native.activate(path, native_dir=tmp_path)
    assert stale == "Python (the native build is older than the sources)"
    assert path == ["etl/quantities"]
    (tmp_path / _native.STAMP_NAME).write_text(_native.source_digest() + "\n", encoding="ascii")
    assert _native.activate(path, native_dir=tmp_path) == "native build (mypyc)"
    assert path[0] == str(tmp_path / "etl" / "quantities")


def test_python_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / _native.STAMP_NAME).write_text(_native.source_digest() + "\n", encoding="ascii")
    monkeypatch.setenv("UNODC_PURE_PYTHON", "1")
    path: list[str] = []
    assert _native.activate(path, native_dir=tmp_path) == "Python (UNODC_PURE_PYTHON is set)"
    assert path == []


def test_an_edited_source_changes_the_digest(tmp_path: Path) -> None:
    for name in (*_native.COMPILED, "models"):
        (tmp_path / f"{name}.py").write_bytes((_native.SOURCE_DIR / f"{name}.py").read_bytes())
    assert _native.source_digest(tmp_path) == _native.source_digest()
    with (tmp_path / "scanner.py").open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    assert _native.source_digest(tmp_path) != _native.source_digest()
