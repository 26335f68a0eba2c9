"""``safetynlp score``: score a post dump with the Checker, streaming, on all cores.

Data goes to stdout only when OUTPUT is ``-``; the summary and messages go to stderr.
Exit codes: 0 success (bad records are skipped and reported), 1 with ``--strict`` when any
record was bad or failed to score, 2 unreadable input or bad usage, 141 (the status of a
process that SIGPIPE ended), without a message, when the reader of the output went away
(``-o - | head``), 130 on Ctrl-C, after a line on stderr saying how many posts the output
holds and, for a JSONL output, that ``--resume`` scores the rest. When records were read but
none of them as a post, the run still exits 0 (without ``--strict``) but warns on stderr, even
with ``--silent``: that is almost always the wrong ``--format`` or ``--text-key`` (or, when the
records' bytes were not UTF-8, ``--encoding``). A CSV/TSV input read as cp1252 because it is not
UTF-8, and an input without a single record, get a one-line note on stderr, also with
``--silent``. A compressed input cut short or corrupt is scored up to the damage, which is its
last bad record; a warning on stderr (also with ``--silent``) says the rest could not be read.
"""

from __future__ import annotations

import functools
import itertools
import os
import stat
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson
import typer

from safetynlp.batch import (
    Progress,
    RunInterrupted,
    RunSummary,
    Scorer,
    resume_point,
    score_lines,
    score_stream,
)
from safetynlp.errors import (
    BadRecordError,
    ConfigError,
    InputError,
    MissingDependencyError,
    OutputExistsError,
    SafetyNLPError,
    SameFileError,
    UnknownFormatError,
)
from safetynlp.extract import prefilter
from safetynlp.io import PostStream, open_output, read_posts
from safetynlp.io.compression import compression_of
from safetynlp.io.containers import ENCODING_FIX, NOT_UTF8
from safetynlp.io.stream import UNREAD_REST
from safetynlp.io.writers import JsonlWriter, open_writer, output_format, would_overwrite
from safetynlp.types import Post, ScoredPost


def post_record(post: Post, scored: ScoredPost) -> dict[str, Any]:
    """The output line: post identity and text first, then the rest of
    ``ScoredPost.to_dict()`` (built directly: this runs once per post of a dump)."""
    return {
        "id": scored.id or post.id,
        "platform": post.platform,
        "author": post.author,
        "url": post.url,
        "created_at": scored.created_at or post.created_at,
        "text": post.text,
        "verdict": scored.verdict,
        "explanation": scored.explanation,
        "claims": [c.to_dict() for c in scored.claims] if scored.claims else [],
    }


class CheckerScorer:
    """``list[Post] -> list[dict]`` over one Checker."""

    def __init__(self, checker: Any) -> None:
        self.checker = checker

    def __call__(self, posts: list[Post]) -> list[dict[str, Any]]:
        check_post = self.checker.check_post
        out = []
        for post in posts:
            if prefilter(post.text):
                out.append(post_record(post, check_post(post)))
            else:
                # nine posts in ten: the record check_post would give, without its layers
                out.append(post_record(post, _NO_CLAIM))
        return out


#: the scored side of a post the prefilter rules out (post_record fills in id and date)
_NO_CLAIM = ScoredPost(id=None, text="", created_at=None, verdict="no_claim")


@dataclass(frozen=True)
class CheckerFactory:
    """Picklable: builds the Checker once in each worker process."""

    stats_paths: tuple[str, ...] = ()
    default_place: str | None = None

    def __call__(self) -> Scorer:
        from safetynlp.checker import Checker

        stats = None
        if self.stats_paths:
            from safetynlp.stats.store import StatsStore

            stats = StatsStore.load(*self.stats_paths)
        return CheckerScorer(Checker(stats=stats, default_place=self.default_place))


class _ErrorLog:
    """Bad records as JSONL: source path, line (null for a record of a JSON document parsed
    whole), field (the bad value's JSON path), reason; see :class:`BadRecordError`."""

    def __init__(self, fh: IO[bytes] | None) -> None:
        self.fh = fh
        self.enabled = True
        #: bad records whose bytes were not UTF-8 (the closing warning's hint)
        self.not_utf8 = 0

    def __call__(self, err: BadRecordError) -> None:
        if err.reason.startswith(NOT_UTF8):
            self.not_utf8 += 1
        if self.fh is None or not self.enabled:
            return
        self.fh.write(
            orjson.dumps(
                {
                    "path": err.path,
                    "line": err.line,
                    "field": err.field,
                    "reason": err.reason,
                    "message": str(err),
                },
                option=orjson.OPT_APPEND_NEWLINE,
            )
        )

    def flush(self) -> None:
        if self.fh is not None:
            self.fh.flush()

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()


class _Resumed:
    """Posts with the first ``skip`` already done; error reporting resumes after them."""

    def __init__(self, stream: PostStream, skip: int, log: _ErrorLog) -> None:
        self.stream = stream
        self.skip = skip
        self.log = log
        self.format = stream.format
        self.path = stream.path
        self.stats = stream.stats

    def __iter__(self) -> Iterator[Post]:
        it = iter(self.stream)
        self.log.enabled = self.skip == 0
        yield from itertools.islice(it, self.skip)
        self.log.enabled = True
        yield from it


def no_posts_warning(summary: RunSummary, input_path: str) -> str | None:
    """The warning for a run where every record was bad: exit 0 and "0 of 0 read" would pass
    for an empty input, when the input was most likely read with the wrong format or key --
    or, when most records were bad for their bytes, in the wrong encoding."""
    if summary.posts_read or not summary.bad:
        return None
    not_utf8 = summary.bad_not_utf8
    if not_utf8 * 2 > summary.bad:
        return (
            f"warning: {input_path}: no record could be read as a post ({summary.bad:,} bad "
            f"record(s), {not_utf8:,} of them not UTF-8). Fix: {ENCODING_FIX}; --errors FILE "
            "says why each record was rejected"
        )
    return (
        f"warning: {input_path}: no record could be read as a post ({summary.bad:,} bad "
        f"record(s), read as {summary.format or 'unknown format'}). Fix: check --format (leave "
        "it out to detect the format) and, for a generic file, --text-key/--id-key/--date-key; "
        "--errors FILE says why each record was rejected"
    )


def cut_short_warning(summary: RunSummary, input_path: str) -> str | None:
    """The warning for a compressed input cut short or corrupt: exit 0 and a summary like any
    other would pass for a whole file (the damage is one bad record among others)."""
    if summary.cut_short is None:
        return None
    return f"warning: {input_path}: {summary.cut_short}"


def _cut_short(posts: PostStream) -> str | None:
    damage = posts.damage
    if damage is None:
        return None
    line = posts.stopped_after
    where = f" after line {line}" if line is not None else ""
    return (
        f"{damage.reason}{where}; {UNREAD_REST}, the posts before it were scored. Fix: {damage.fix}"
    )


def empty_input_note(summary: RunSummary, input_path: str) -> str | None:
    """The note for an input without a single record (an empty file): a run that scored
    nothing should say why."""
    if summary.posts_read or summary.skipped_non_posts or summary.bad:
        return None
    return f"note: {input_path}: the input holds no records (an empty file?); nothing was scored"


def _file_id(path: str, fd: int) -> tuple[int, int] | None:
    """The ``(st_dev, st_ino)`` of the file ``path`` names (``-``: of file descriptor ``fd``,
    stdin or stdout), following symlinks; None when there is none yet, or for a character
    device (``/dev/null``, a terminal: nothing there to destroy)."""
    try:
        st = os.fstat(fd) if path == "-" else os.stat(path)
    except (OSError, ValueError):
        return None
    if stat.S_ISCHR(st.st_mode):
        return None
    return st.st_dev, st.st_ino


def _same_file(a: str, a_fd: int, b: str, b_fd: int) -> bool:
    """True when ``a`` and ``b`` name one file: the same inode (also through a symlink or a
    hard link), or, before either exists, the same path once symlinks are resolved."""
    id_a, id_b = _file_id(a, a_fd), _file_id(b, b_fd)
    if id_a is not None or id_b is not None:
        return id_a == id_b
    if "-" in (a, b) or os.path.exists(a) or os.path.exists(b):
        return False
    return os.path.realpath(a) == os.path.realpath(b)


def _also(a: str, b: str) -> str:
    return "" if a == b else " (the same file under another name)"


def check_distinct_files(input_path: str, output: str, errors: str | None) -> None:
    """Refuse a run whose output or errors file is its input, or whose errors file is its
    output: writing would truncate the input (or read the results back in as posts, without
    end), or mix the bad records into the results (which ``--resume`` would count as posts).
    ``--force`` does not override this."""
    if _same_file(output, 1, input_path, 0):
        raise SameFileError(
            f"-o {output} is the input file {input_path}{_also(output, input_path)}: the run "
            "would overwrite its own input (and read its results back in as posts)",
            "write the results to another file (-o scored.jsonl); --force does not override this",
        )
    if errors is None:
        return
    if _same_file(errors, 1, input_path, 0):
        raise SameFileError(
            f"--errors {errors} is the input file {input_path}{_also(errors, input_path)}: the "
            "bad records would overwrite the input",
            "name another file for --errors (--errors bad.jsonl); --force does not override this",
        )
    if _same_file(errors, 1, output, 1):
        raise SameFileError(
            f"--errors {errors} and -o {output} are the same file{_also(errors, output)}: the bad "
            "records would be mixed into the results (and --resume would count them as posts)",
            "name another file for --errors (--errors bad.jsonl); --force does not override this",
        )


#: the exit status of a process that SIGPIPE ended (128 + 13), as a shell reports it
EXIT_BROKEN_PIPE = 128 + 13
#: the exit status of a process that SIGINT (Ctrl-C) ended (128 + 2)
EXIT_INTERRUPTED = 128 + 2


def interrupted_note(exc: KeyboardInterrupt, output: str, output_fmt: str | None) -> str:
    """What a run stopped by Ctrl-C has written, and how to go on (an interrupted run's
    output is whole records: ``--resume`` scores the rest)."""
    summary = exc.summary if isinstance(exc, RunInterrupted) else None
    if summary is None:
        return "interrupted before any post was scored"
    done = summary.posts_scored + summary.resumed_skipped
    if output == "-":
        return f"interrupted after {done:,} posts"
    resumable = output_format(output, output_fmt) == "jsonl" and not compression_of(output)
    if not resumable:
        return (
            f"interrupted: {output} holds the results of the first {done:,} posts only, and "
            "only an uncompressed JSONL output can be resumed"
        )
    return (
        f"interrupted: {output} holds the results of the first {done:,} posts. Fix: run the "
        "same command with --resume (instead of --force) to score the rest"
    )


def _drop_stdout() -> None:
    """Point stdout at the null device, so that its last flush at exit, into a pipe whose
    reader is gone, does not print a second error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def run_score(
    input_path: str,
    output: str,
    *,
    format: str | None = None,
    output_fmt: str | None = None,
    text_key: str | None = None,
    id_key: str | None = None,
    date_key: str | None = None,
    author_key: str | None = None,
    workers: int | None = None,
    batch_size: int = 512,
    errors: str | None = None,
    resume: bool = False,
    force: bool = False,
    silent: bool = False,
    stats: tuple[str, ...] = (),
    place: str | None = None,
    factory: Any = None,
    encoding: str | None = None,
    on_note: Callable[[str], None] | None = None,
) -> RunSummary:
    """The command without typer (raises SafetyNLPError/OSError for exit-2 problems).
    ``on_note`` gets what the user should know before the run (a guessed encoding)."""
    check_distinct_files(input_path, output, errors)
    out_fmt = output_format(output, output_fmt)
    if resume and (output == "-" or out_fmt != "jsonl" or compression_of(output)):
        raise ConfigError("--resume needs an uncompressed JSONL output file")
    if output != "-" and would_overwrite(output) and not (force or resume):
        raise OutputExistsError(output)
    if stats:
        from safetynlp.stats.store import StatsStore

        StatsStore.load(*stats)  # validate here so a bad file is exit 2, not a worker crash
    point = resume_point(output) if resume else None
    skip = 0
    on_skipped = None
    if point is not None and point.done:
        point.check_last_line()
        skip = point.done
        on_skipped = functools.partial(point.check, input_path)
    if errors is not None and errors != "-" and would_overwrite(errors) and not (force or resume):
        raise OutputExistsError(errors)
    log = _ErrorLog(open_output(errors, append=resume) if errors else None)
    writer = None
    try:
        posts, _fmt = read_posts(
            input_path,
            format=format,
            text_key=text_key,
            id_key=id_key,
            date_key=date_key,
            author_key=author_key,
            on_error=log,
            keep_raw=False,
            encoding=encoding,
        )
        if posts.encoding_note and on_note is not None:
            on_note(posts.encoding_note)
        writer = open_writer(output, format=out_fmt, force=force, append=resume)
        w = writer

        def flush() -> None:
            w.flush()
            log.flush()

        if posts.chunkable:  # JSON Lines: the workers parse, score and serialise
            summary = score_lines(
                posts,
                make_scorer=factory or CheckerFactory(stats, place),
                on_result=None if isinstance(writer, JsonlWriter) else writer.write,
                on_bytes=writer.write_bytes if isinstance(writer, JsonlWriter) else None,
                workers=workers,
                batch_size=batch_size,
                skip=skip,
                on_batch_done=flush,
                on_error=log,
                progress=Progress.auto(silent),
                on_skipped=on_skipped,
            )
        else:
            summary = score_stream(
                _Resumed(posts, skip, log),
                make_scorer=factory or CheckerFactory(stats, place),
                on_result=writer.write,
                workers=workers,
                batch_size=batch_size,
                skip=skip,
                on_batch_done=flush,
                on_error=log,
                progress=Progress.auto(silent),
                on_skipped=on_skipped,
            )
        summary.bad_not_utf8 = log.not_utf8
        summary.cut_short = _cut_short(posts)
    finally:
        try:
            if writer is not None:
                writer.close()
        finally:
            log.close()  # also when closing the output failed (a reader gone from a pipe)
    return summary


def register(app: typer.Typer) -> None:
    @app.command("score")
    def score_cmd(
        input_path: str = typer.Argument(..., metavar="INPUT", help="post dump; - = stdin"),
        output: str = typer.Option(..., "-o", "--output", help="results file; - = stdout"),
        format: str | None = typer.Option(
            None, "--format", help="input format (detected when left out)"
        ),
        output_fmt: str | None = typer.Option(
            None, "--output-format", help="jsonl, csv or parquet (default: from the suffix)"
        ),
        text_key: str | None = typer.Option(None, "--text-key", help="generic input: text field"),
        id_key: str | None = typer.Option(None, "--id-key", help="generic input: id field"),
        date_key: str | None = typer.Option(None, "--date-key", help="generic input: date field"),
        author_key: str | None = typer.Option(
            None, "--author-key", help="generic input: author field"
        ),
        encoding: str | None = typer.Option(
            None,
            "--encoding",
            help="input encoding, e.g. cp1252 (default: UTF-8; UTF-16 by its byte-order mark; "
            "a CSV/TSV file that is not UTF-8 is read as cp1252, with a note)",
        ),
        workers: int | None = typer.Option(
            None, "-n", "--workers", help="worker processes (default: all cores; 1 = in-process)"
        ),
        batch_size: int = typer.Option(512, "--batch-size", min=1, help="posts per batch"),
        errors: str | None = typer.Option(
            None, "--errors", help="write bad records (path, line, field, reason) as JSONL"
        ),
        strict: bool = typer.Option(False, "--strict", help="exit 1 when any record was bad"),
        resume: bool = typer.Option(
            False,
            "--resume",
            help="append to OUTPUT, skipping the posts it already holds (refused when its last "
            "record is not the input's post at that position)",
        ),
        force: bool = typer.Option(False, "--force", help="overwrite OUTPUT"),
        silent: bool = typer.Option(
            False, "--silent", help="no progress and no summary (warnings are still shown)"
        ),
        stats: list[Path] = typer.Option([], "--stats", help="extra figures file (repeatable)"),
        place: str | None = typer.Option(
            None, "--place", help="default place for claims that name none"
        ),
        engine: str = typer.Option(
            "local",
            "--engine",
            help="local (streaming process pool) or dask (INPUT: dir/glob of JSONL or Parquet; "
            "OUTPUT: a Parquet directory)",
        ),
        scheduler: str = typer.Option(
            "local", "--scheduler", help="dask engine: local (LocalCluster) or a scheduler ADDRESS"
        ),
    ) -> None:
        """Score every post of INPUT and write one result per post to OUTPUT."""
        if engine not in ("local", "dask"):
            raise _fail(f"--engine must be local or dask, not {engine!r}")
        if engine == "dask":
            try:
                from safetynlp.scale.dask_engine import score_dask

                result = score_dask(
                    input_path,
                    output,
                    scheduler=scheduler,
                    workers=workers,
                    text_col=text_key or "text",
                    id_col=id_key or "id",
                    date_col=date_key or "created_at",
                    stats=tuple(str(p) for p in stats) or None,
                    default_place=place,
                    overwrite=force,
                )
            except SafetyNLPError as exc:
                raise _fail(str(exc)) from None
            if not silent:
                typer.echo(
                    f"posts scored: {result['posts_scored']:,} -> {result['output']} "
                    f"({result['posts_per_s']:,.1f} posts/s, dask {scheduler})",
                    err=True,
                )
            return
        try:
            summary = run_score(
                input_path,
                output,
                format=format,
                output_fmt=output_fmt,
                text_key=text_key,
                id_key=id_key,
                date_key=date_key,
                author_key=author_key,
                workers=workers,
                batch_size=batch_size,
                errors=errors,
                resume=resume,
                force=force,
                silent=silent,
                stats=tuple(str(p) for p in stats),
                place=place,
                encoding=encoding,
                on_note=lambda note: typer.echo(note, err=True),
            )
        except (
            UnknownFormatError,
            InputError,
            OutputExistsError,
            ConfigError,
            MissingDependencyError,
        ) as exc:
            raise _fail(str(exc)) from None
        except SafetyNLPError as exc:  # e.g. a stats file that does not validate
            raise _fail(str(exc)) from None
        except KeyboardInterrupt as exc:  # Ctrl-C: say what is done, and how to go on
            typer.echo(interrupted_note(exc, output, output_fmt), err=True)
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except BrokenPipeError:
            # the reader of the output went away (`-o - | head`): end quietly, as cat does,
            # with the status of a process ended by SIGPIPE (not 2, "unreadable input")
            _drop_stdout()
            raise typer.Exit(EXIT_BROKEN_PIPE) from None
        except OSError as exc:
            raise _fail(f"{exc.filename or input_path}: {exc.strerror or exc}") from None
        if not silent:
            typer.echo(summary.render(), err=True)
        for warning in (
            cut_short_warning(summary, input_path),
            no_posts_warning(summary, input_path),
        ):
            if warning:
                typer.echo(warning, err=True)
        note = empty_input_note(summary, input_path)
        if note:
            typer.echo(note, err=True)
        if strict and (summary.bad or summary.failed):
            typer.echo(
                f"--strict: {summary.bad} bad record(s), {summary.failed} scoring failure(s)",
                err=True,
            )
            raise typer.Exit(1)
