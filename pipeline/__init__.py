"""ITA reports → research dataset.  ``ita`` is this package; see ``ita.cli`` for the commands."""

__version__ = "0.1.0"
