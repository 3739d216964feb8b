class IngestError(Exception):
    """The file cannot be read at all; the message says why."""


class ReadTimeout(Exception):
    """Reading went past ``ReadOptions.deadline``: the file is too slow for the time given."""


def check_deadline(deadline: float | None, page: int) -> None:
    """Raise ReadTimeout when ``deadline`` (a ``time.monotonic()`` value) has passed; readers
    call it before each page."""
    import time

    if deadline is not None and time.monotonic() > deadline:
        raise ReadTimeout(f"stopped before page {page}: over the time allowed for one file")
