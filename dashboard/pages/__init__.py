"""One module per page (overview, explore, compare, sources).

Each has `layout(snapshot, state, lang)` and `register(app, db)`.
"""
