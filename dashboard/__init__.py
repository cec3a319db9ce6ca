"""UNODC indicator dashboard: a Dash app over the DuckDB database the ETL builds (never the ETL itself)."""
