"""Command line: `python -m etl build [--reports DIR] [--db PATH]`, a thin layer over etl.pipeline."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click
from tqdm import tqdm

from etl.manifest import ManifestError
from etl.pipeline import BuildError, Outcome, build, report_files

DEFAULT_REPORTS = Path("data/reports")
DEFAULT_DB = Path("data/indicators.duckdb")


@click.group()
def main() -> None:
    """UNODC indicator ETL."""


@main.command("build")
@click.option("--reports", "reports_dir", type=click.Path(path_type=Path), default=DEFAULT_REPORTS,
              show_default=True, help="Folder of report .txt files.")
@click.option("--db", "db_path", type=click.Path(path_type=Path), default=DEFAULT_DB, show_default=True,
              help="DuckDB file to (re)build atomically.")
@click.option("--workers", type=int, default=0, help="Processes to use (0: one per core, up to 2).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def build_command(reports_dir: Path, db_path: Path, workers: int, quiet: bool) -> None:
    """Build the database from every report in the reports folder."""
    try:
        n_files = len(report_files(reports_dir))
    except BuildError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(2)
    if workers <= 0:
        workers = min(os.cpu_count() or 1, 2) if n_files >= 8 else 1
    bar = tqdm(total=n_files, unit="report", desc="building", disable=quiet or None, file=sys.stderr)

    def on_progress(outcome: Outcome) -> None:
        bar.update(1)

    def on_skip(name: str, reason: str) -> None:
        tqdm.write(f"{name}: {reason}", file=sys.stderr)

    try:
        summary = build(reports_dir, db_path, workers=workers, on_skip=on_skip, on_progress=on_progress)
    except (BuildError, ManifestError) as exc:
        bar.close()
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)
    except KeyboardInterrupt:
        bar.close()
        click.echo("interrupted: the previous database is untouched", err=True)
        sys.exit(130)
    bar.close()
    skipped = f", {len(summary.skipped)} skipped" if summary.skipped else ""
    click.echo(
        f"built {db_path}: {summary.documents} reports{skipped}, {summary.mentions} mentions, "
        f"{summary.observations} observations in {summary.seconds:.2f} s"
    )
