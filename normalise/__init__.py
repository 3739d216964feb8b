"""Pure functions that turn Thai report text into normalised values, one topic per module.

Each function raises ``ValueError`` on what it cannot read; callers turn that into a Problem.
"""
