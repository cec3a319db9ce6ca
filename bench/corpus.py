"""Synthetic corpora: the bundled reports replicated N times with varied quantities and years.

Copy k of report r shifts every year (1990–2049) by a per-copy offset and redraws the digits of
every number that stands before a quantity cue (万, 亿, 美元, 名, 个, 吨, %, 多 …), keeping each digit
run's length, so documents differ in bytes (the pipeline loads identical files once, by sha256)
but keep the same structure: paragraph numbers, footnote markers and document symbols are left
alone, and every offset stays where it was. Generation is seeded and deterministic; a corpus is
regenerated only when its stamp (seed, scale, source hashes, generator version) changes.

    python -m bench.corpus 100          # bench/out/corpus/x100/, 500 documents
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from pathlib import Path

from bench import OUT, REPORTS

SEED = 20240607
VERSION = 3
_YEAR = re.compile(r"(?<![\d.,/])(?:19[9]\d|20[0-4]\d)(?![\d,.]\d)")
# What may follow a quantity's number: magnitudes, currencies, mass, percent, 多/余, measure words.
_CUES = (
    "万|亿|千|百|美元|欧元|英镑|日元|名|个|位|吨|公斤|千克|%|％|"
    "多|余|项|次|人|件|所|家|起|份|种|例|批|艘|座|条"
)
_QUANTITY = re.compile(
    rf"(?<![\d.,/])\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?=\s*(?:{_CUES}))|(?<![\d.,/])\d+(?:\.\d+)?(?=\s*(?:{_CUES}))"
)


def _redraw(match: re.Match[str], rng: random.Random) -> str:
    """Same shape, new digits: the first digit of a multi-digit run stays non-zero."""
    out = []
    first = True
    for ch in match.group(0):
        if ch.isdigit():
            lo = 1 if first and ch != "0" else 0
            out.append(str(rng.randint(lo, 9)))
            first = False
        else:
            out.append(ch)
    return "".join(out)


def vary(text: str, rng: random.Random) -> str:
    """One synthetic variant of a report's text (same length in code points)."""
    delta = rng.choice([d for d in range(-6, 7) if d])
    text = _YEAR.sub(lambda m: str(int(m.group(0)) + delta), text)
    return _QUANTITY.sub(lambda m: _redraw(m, rng) if rng.random() < 0.8 else m.group(0), text)


def _sources() -> list[Path]:
    return sorted(p for p in REPORTS.iterdir() if p.suffix == ".txt")


def make_corpus(scale: int, out_root: Path | None = None) -> Path:
    """Write (or reuse) the ×`scale` corpus: `scale` variants of each bundled report."""
    sources = _sources()
    target = (out_root or OUT / "corpus") / f"x{scale}"
    stamp = {
        "seed": SEED,
        "scale": scale,
        "version": VERSION,
        "sources": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sources},
    }
    stamp_path = target / ".stamp.json"
    if stamp_path.exists() and json.loads(stamp_path.read_text()) == stamp:
        return target
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.txt"):
        old.unlink()
    texts = {p: p.read_text(encoding="utf-8") for p in sources}
    seen: set[str] = set()
    for copy in range(scale):
        for path, text in texts.items():
            rng = random.Random(f"{SEED}:{copy}:{path.name}")
            while True:
                variant = vary(text, rng)
                data = variant.encode("utf-8")
                digest = hashlib.sha256(data).hexdigest()
                if digest not in seen:
                    break
            seen.add(digest)
            (target / f"syn{copy:05d}_{path.name}").write_bytes(data)
    stamp_path.write_text(json.dumps(stamp))
    return target


def corpus_stats(folder: Path) -> dict[str, int]:
    """Number of documents and total bytes of a corpus folder."""
    files = list(folder.glob("*.txt"))
    return {"documents": len(files), "bytes": sum(f.stat().st_size for f in files)}


if __name__ == "__main__":
    for arg in sys.argv[1:] or ["10"]:
        folder = make_corpus(int(arg))
        print(folder, corpus_stats(folder))
