"""Native build: use the extractor's modules compiled by mypyc, when they were built from these sources.

`tools/build_native.py` (run by `make`) compiles `COMPILED` with mypyc into `build/native/` and writes
there the digest of the sources it compiled. At import, `etl.quantities` puts that folder first on its
`__path__` only if the digest still matches the sources next to this file: an edited module is never
shadowed by a stale build, it simply runs as Python until the next build. The compiled modules behave
exactly as the Python ones (tests/quantities/test_native_build.py compares them on the bundled reports);
they only run faster. Set UNODC_PURE_PYTHON=1 to use the Python modules regardless.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

COMPILED = (
    "candidates",
    "exclusions",
    "grammar",
    "halves",
    "lexicon",
    "numerals",
    "one_counts",
    "phrase_words",
    "phrases",
    "qualifiers",
    "scanner",
    "set_phrases",
    "table_statements",
    "tables",
    "thousands",
    "tokens",
    "totals",
)
SOURCE_DIR = Path(__file__).resolve().parent
NATIVE_DIR = SOURCE_DIR.parents[1] / "build" / "native"
STAMP_NAME = "SOURCES.sha256"


def source_digest(source_dir: Path = SOURCE_DIR) -> str:
    """The digest of the compiled modules' sources (and of `models`, whose types they were compiled
    against) and of the interpreter they are compiled for."""
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for name in (*COMPILED, "models"):
        digest.update(name.encode() + b"\0" + (source_dir / f"{name}.py").read_bytes())
    return digest.hexdigest()


def activate(package_path: list[str], native_dir: Path = NATIVE_DIR, source_dir: Path = SOURCE_DIR) -> str:
    """Put the native build first on the package's `__path__` if it matches the sources; say which runs."""
    if os.environ.get("UNODC_PURE_PYTHON"):
        return "Python (UNODC_PURE_PYTHON is set)"
    stamp = native_dir / STAMP_NAME
    if not stamp.is_file():
        return "Python (no native build)"
    if stamp.read_text(encoding="ascii").strip() != source_digest(source_dir):
        return "Python (the native build is older than the sources)"
    package_path.insert(0, str(native_dir / "etl" / "quantities"))
    if str(native_dir) not in sys.path:
        sys.path.append(str(native_dir))  # mypyc's shared runtime module for the group
    return "native build (mypyc)"
