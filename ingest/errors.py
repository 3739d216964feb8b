class IngestError(Exception):
    """The file cannot be read at all; the message says why."""
