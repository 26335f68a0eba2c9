"""Every error safetynlp raises on purpose. Each message says where and how to fix it."""

from __future__ import annotations


class SafetyNLPError(Exception):
    """Base class: catch this to handle any safetynlp error."""


class DataError(SafetyNLPError):
    """A value in an input file is wrong. Carries the file, line and field."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
        fix: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.fix = fix
        where = ", ".join(
            part
            for part in (
                path or "",
                f"line {line}" if line is not None else "",
                f"field {field!r}" if field else "",
            )
            if part
        )
        text = f"{where}: {message}" if where else message
        if fix:
            text = f"{text}. Fix: {fix}"
        self.reason = message
        super().__init__(text)


class StatsValidationError(DataError):
    """A row of a statistics file (CSV/Parquet) failed validation."""


class BadRecordError(DataError):
    """One input post could not be read; the batch reader skips it and reports it.

    ``field`` is the JSON path of the bad value (``text``, ``post.record.text``; in a JSON
    document read whole, from the document's top: ``messages[7].text``). ``line`` is the file
    line the record is on (JSON Lines, CSV/TSV, an indented document read element by element;
    Parquet: the row number), or None for a record of a JSON document parsed whole: its
    position there is not a file line, and its path already says where it is.
    """


class UnknownFormatError(SafetyNLPError):
    """The input format could not be detected."""

    def __init__(self, path: str, detail: str = "") -> None:
        super().__init__(
            f"{path}: could not detect the input format{': ' + detail if detail else ''}. "
            "Fix: pass --format (x, reddit, bluesky, mastodon, crowdtangle, meta, telegram, "
            "generic, jsonl, json, csv, tsv, parquet) or --text-key for a generic file."
        )


class OutputExistsError(SafetyNLPError):
    """Refusing to overwrite an output file."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path} already exists. Fix: pass --force to overwrite, or --resume.")


class ConfigError(SafetyNLPError):
    """An invalid setting was passed."""


class SameFileError(ConfigError):
    """Two paths of one run name the same file (also through a symlink or a hard link): the
    output or the errors file would overwrite the input, or the bad records would be mixed into
    the results. ``--force`` does not override this."""

    def __init__(self, detail: str, fix: str) -> None:
        super().__init__(f"{detail}. Fix: {fix}")


class ResumeMismatchError(ConfigError):
    """``--resume`` on an output that does not hold the results of the input's first posts
    (the output of another input, or one with lines lost or added): skipping by its line
    count would leave posts out, or score some twice."""

    def __init__(self, output: str, detail: str) -> None:
        self.output = output
        super().__init__(
            f"--resume: {detail}: {output} does not hold the results of this input's first "
            "posts (the output of another input, or lines lost or added), so resuming would "
            f"skip the wrong posts. Fix: score into a new output file, or pass --force instead "
            f"of --resume to start {output} over"
        )


class MissingDependencyError(SafetyNLPError):
    """An optional extra is needed for this feature."""

    def __init__(self, package: str, extra: str) -> None:
        super().__init__(f"{package} is not installed. Fix: pip install 'safetynlp[{extra}]'")


class DateError(SafetyNLPError, ValueError):
    """A post's date cannot be read (a ValueError too, for callers that catch that)."""

    def __init__(self, value: object) -> None:
        self.value = value
        super().__init__(
            f"unreadable date {value!r}. Fix: pass an ISO date or date-time (2024-03-01, "
            "2024-03-01T18:22:00Z), a platform timestamp (Unix seconds, 'Wed Oct 10 20:19:24 "
            "+0000 2018'), a datetime.date, or None for today"
        )


class InputError(SafetyNLPError):
    """An input cannot be read at all (not one bad record: the whole file)."""

    def __init__(self, path: str, detail: str) -> None:
        self.path = path
        super().__init__(f"{path}: {detail}")


class BrokenDocumentError(InputError):
    """A whole-file JSON document does not parse, and its records could not be read one by one
    (only an indented array of records can be; see ``safetynlp.io.containers``)."""

    def __init__(self, path: str, line: int, column: int, detail: str) -> None:
        self.line = line
        self.column = column
        super().__init__(
            path,
            f"broken JSON at line {line}, column {column} ({detail}); the whole document is "
            "unreadable. Fix: repair the JSON there (often a record cut short, or a missing "
            "comma or quote), or re-export the file; JSON Lines (one record per line) lets a "
            "broken record be skipped alone",
        )


class DamagedInputError(InputError):
    """A compressed input whose stream is cut short or corrupt before a single record could be
    read from it (damage after some records is their last bad record instead: see
    ``safetynlp.io.compression``)."""

    def __init__(self, path: str, reason: str, fix: str) -> None:
        self.reason = reason
        super().__init__(path, f"{reason}; no record before the damage could be read. Fix: {fix}")
