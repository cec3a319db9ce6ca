"""Serve the dashboard: `python app.py [--db PATH] [--reports DIR] [--host 127.0.0.1] [--port 8050]`.

Builds the database from the reports folder first when it does not exist yet. Reports added on the
Sources page are stored in that folder and the database is rebuilt (`--no-upload` turns this off).
Serves with waitress on the loopback interface by default; `--debug` uses Flask's development server
with Dash's dev tools.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

DEFAULT_DB = Path("data/indicators.duckdb")
DEFAULT_REPORTS = Path("data/reports")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS, help="folder of report .txt files")
    parser.add_argument(
        "--no-upload", action="store_true", help="no 'Add a report' panel on the Sources page"
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8050)
    parser.add_argument("--debug", action="store_true", help="Dash debug mode (never in production)")
    args = parser.parse_args(argv)
    if not args.db.exists():
        import duckdb

        from etl.manifest import ManifestError
        from etl.pipeline import BuildError, build

        print(f"{args.db} not found: building it from {args.reports} …", file=sys.stderr)
        try:
            summary = build(args.reports, args.db)
        except (BuildError, ManifestError, OSError, duckdb.Error) as exc:
            print(f"error: cannot build {args.db}: {exc}", file=sys.stderr)
            return 1
        print(f"built {summary.documents} reports, {summary.observations} observations", file=sys.stderr)
    from dashboard.app import create_app

    uploads = None if args.no_upload else args.reports
    app = create_app(args.db, warm=True, reports_dir=uploads)  # the database is read while the server starts
    print(f"serving on http://{args.host}:{args.port}", file=sys.stderr)
    if args.debug:  # Flask's development server: reloader and Dash's dev tools
        app.run(host=args.host, port=args.port, debug=True)
        return 0
    from waitress import serve

    # Requests waiting for a free thread are expected under bursts, not worth a warning each.
    logging.getLogger("waitress.queue").setLevel(logging.ERROR)

    # A production WSGI server (Flask's own warns against real use); threads answer concurrent
    # users while one waits, and its queue absorbs bursts beyond them.
    serve(app.server, host=args.host, port=args.port, threads=8, ident="unodc-dashboard")
    return 0


if __name__ == "__main__":
    sys.exit(main())
