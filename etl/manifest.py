"""Optional manifest: per-file overrides for document metadata the report's text does not state.

A `manifest.yaml` (or `manifest.yml`) in the reports folder maps a file name to fields, e.g.::

    A_67_96.txt:
      title: 联合国预防犯罪和刑事司法方案任务执行情况
      published_year: 2012
      coverage_start: 2011
      coverage_end: 2012
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, RootModel, ValidationError


class ManifestEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = None
    body: str | None = None
    symbol: str | None = None
    published_year: int | None = None
    coverage_start: int | None = None
    coverage_end: int | None = None


class Manifest(RootModel[dict[str, ManifestEntry]]):
    def for_file(self, file_name: str) -> ManifestEntry | None:
        return self.root.get(file_name)


class ManifestError(Exception):
    """The manifest exists but is not valid; the message names the file and the reason."""


def load_manifest(reports_dir: Path) -> Manifest:
    for name in ("manifest.yaml", "manifest.yml"):
        path = reports_dir / name
        if path.exists():
            try:
                raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
                return Manifest.model_validate(raw)
            except (yaml.YAMLError, ValidationError, UnicodeDecodeError) as exc:
                reason = str(exc).splitlines()[0]
                raise ManifestError(f"{path.name}: invalid manifest: {reason}") from exc
    return Manifest({})
