"""Command line: `python -m etl build [--reports DIR] [--db PATH]`, a thin layer over etl.pipeline.

Every problem is one line on stderr: a skipped file as `NAME: reason` (the build goes on), a build
that cannot be done as `error: …` with a non-zero exit. Progress is a tqdm bar on stderr counting
bytes of input, which advances inside a large file too.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
import duckdb
from tqdm import tqdm

from etl.atomic import Interrupted
from etl.manifest import ManifestError
from etl.pipeline import BuildError, build, default_workers, file_size, report_files

DEFAULT_REPORTS = Path("data/reports")
DEFAULT_DB = Path("data/indicators.duckdb")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


@click.group()
def main() -> None:
    """UNODC indicator ETL."""


@main.command("build")
@click.option(
    "--reports",
    "reports_dir",
    type=click.Path(path_type=Path),
    default=DEFAULT_REPORTS,
    show_default=True,
    help="Folder of report .txt files.",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(path_type=Path),
    default=DEFAULT_DB,
    show_default=True,
    help="DuckDB file to (re)build atomically.",
)
@click.option("--workers", type=int, default=0, help="Processes to use (0: one per core, up to 2).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@click.option(
    "--progress",
    "force_progress",
    is_flag=True,
    help="Show the progress bar even when stderr is not a terminal.",
)
def build_command(reports_dir: Path, db_path: Path, workers: int, quiet: bool, force_progress: bool) -> None:
    """Build the database from every report in the reports folder."""
    try:
        files = report_files(reports_dir)
    except BuildError as exc:
        click.echo(f"error: {_one_line(exc)}", err=True)
        sys.exit(2)
    if workers <= 0:
        workers = default_workers(len(files))
    bar = tqdm(
        total=sum(file_size(p) for p in files),
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc="building",
        disable=True if quiet else (False if force_progress else None),
        file=sys.stderr,
        dynamic_ncols=True,
    )

    def on_progress(name: str, n_bytes: int) -> None:
        bar.set_postfix_str(name[:40], refresh=False)
        bar.update(n_bytes)

    def on_skip(name: str, reason: str) -> None:
        tqdm.write(f"{name}: {_one_line(reason)}", file=sys.stderr)

    try:
        summary = build(reports_dir, db_path, workers=workers, on_skip=on_skip, on_progress=on_progress)
    except (BuildError, ManifestError) as exc:
        bar.close()
        click.echo(f"error: {_one_line(exc)}", err=True)
        sys.exit(1)
    except (OSError, duckdb.Error) as exc:
        bar.close()
        click.echo(f"error: cannot write the database {db_path}: {_one_line(exc)}", err=True)
        sys.exit(1)
    except KeyboardInterrupt as exc:
        bar.close()
        signum = exc.signum if isinstance(exc, Interrupted) else 2
        replaced = isinstance(exc, Interrupted) and exc.replaced
        state = "the new database was already in place" if replaced else "the previous database is untouched"
        click.echo(f"interrupted by signal {signum}: {state}", err=True)
        sys.exit(128 + signum)
    bar.close()
    skipped = f", {len(summary.skipped)} skipped" if summary.skipped else ""
    click.echo(
        f"built {db_path}: {summary.documents} reports{skipped}, {summary.mentions} mentions, "
        f"{summary.observations} observations in {summary.seconds:.2f} s"
    )
