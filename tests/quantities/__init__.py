"""Tests of the quantity extractor (`etl.quantities`), readable as its documentation."""
