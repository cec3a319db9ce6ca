"""`python -m etl` entry point."""

from etl.cli import main

main()
