"""UNODC indicator ETL: reads Chinese UN reports and loads grounded indicator series into DuckDB.

Stages, each a module with one job: read → normalize → segment → metadata → quantities (extract)
→ classify → reconcile → load. `etl.pipeline.build` runs them; `python -m etl build` is its CLI.
"""
