"""Robustness: bad input, huge and pathological input, encodings, interrupted and concurrent builds."""
