"""Compile the quantity extractor with mypyc into build/native/ (see etl/quantities/_native.py).

    python tools/build_native.py

The modules are compiled from a copy of their sources (so nothing is written next to them), and the
digest of those sources is written last: a build that fails half-way is never used. Without a C
compiler the build fails with a one-line message and the extractor runs as Python.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.quantities import _native  # noqa: E402  (the stdlib-only loader: no compiled module is imported)


def build(native_dir: Path = _native.NATIVE_DIR) -> None:
    digest = _native.source_digest()
    with tempfile.TemporaryDirectory(prefix="native-") as tmp:
        work = Path(tmp)
        package = work / "etl" / "quantities"
        package.mkdir(parents=True)
        (work / "etl" / "__init__.py").write_text("")
        (package / "__init__.py").write_text("")
        for path in _native.SOURCE_DIR.glob("*.py"):
            if path.name != "__init__.py":
                shutil.copy2(path, package / path.name)
        sources = [f"etl/quantities/{name}.py" for name in _native.COMPILED]
        done = subprocess.run(
            [sys.executable, "-m", "mypyc", *sources], cwd=work, capture_output=True, text=True
        )
        if done.returncode != 0:
            last = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["mypyc failed"]
            sys.exit(f"native build failed, the extractor runs as Python: {last[0]}")
        if native_dir.exists():
            shutil.rmtree(native_dir)
        (native_dir / "etl" / "quantities").mkdir(parents=True)
        for lib in work.glob("*__mypyc*.so"):  # the group's shared runtime
            shutil.copy2(lib, native_dir / lib.name)
        for lib in package.glob("*.so"):
            shutil.copy2(lib, native_dir / "etl" / "quantities" / lib.name)
    (native_dir / _native.STAMP_NAME).write_text(digest + "\n", encoding="ascii")
    print(f"native extractor built in {native_dir.relative_to(ROOT)}")


if __name__ == "__main__":
    build()
