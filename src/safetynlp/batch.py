"""The streaming batch runner behind ``safetynlp score``.

:func:`score_stream` cuts posts into batches and scores each batch with a scorer built
**once per worker process** by a picklable factory ``make_scorer() -> (list[Post] ->
list[dict])``. ``workers=1`` runs in-process; more workers use a process pool with a bounded
window of in-flight batches (``2 * workers``), so memory stays bounded on inputs of any size.
Results come back in input order through ``on_result(record)``; ``on_batch_done()`` is called
after each batch's results (the CLI flushes its output there, so an interruption loses at
most the in-flight batches). A scorer that raises on a batch is retried post by post; a post
that still fails yields an error record ``{"id", "text", "created_at", "verdict": None,
"error"}`` and goes to ``on_error`` -- the run goes on, and the output still has one line
per input post (which ``--resume`` relies on).

:func:`count_complete_lines` / resume support: see :func:`prepare_resume`.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import IO, Any

import orjson

from safetynlp.errors import BadRecordError, ResumeMismatchError
from safetynlp.io.stream import LineMapper, PostStream, ReadStats
from safetynlp.io.writers import JSONL_OPTIONS
from safetynlp.types import Post

Scorer = Callable[[list[Post]], list[dict[str, Any]]]
ScorerFactory = Callable[[], Scorer]


@dataclass(slots=True)
class RunSummary:
    """What a run did; ``posts_per_s`` counts scored posts over wall time."""

    posts_read: int = 0
    posts_scored: int = 0
    #: posts read without a date: "last year" in them is the year before the run
    posts_undated: int = 0
    resumed_skipped: int = 0
    skipped_non_posts: int = 0
    bad: int = 0
    failed: int = 0
    verdicts: dict[str, int] = field(default_factory=dict)
    elapsed_s: float = 0.0
    posts_per_s: float = 0.0
    workers: int = 1
    format: str | None = None
    #: of the bad records, those whose bytes were not UTF-8 (set by ``safetynlp score``: its
    #: closing warning then names --encoding)
    bad_not_utf8: int = 0
    #: why a damaged compressed input was not read to its end, and where it stopped (set by
    #: ``safetynlp score``, which also warns with it); None when it was read whole
    cut_short: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "posts_read": self.posts_read,
            "posts_scored": self.posts_scored,
            "posts_undated": self.posts_undated,
            "resumed_skipped": self.resumed_skipped,
            "skipped_non_posts": self.skipped_non_posts,
            "bad": self.bad,
            "failed": self.failed,
            "verdicts": dict(self.verdicts),
            "elapsed_s": round(self.elapsed_s, 3),
            "posts_per_s": round(self.posts_per_s, 1),
            "workers": self.workers,
            "format": self.format,
            "cut_short": self.cut_short,
        }

    def render(self) -> str:
        verdicts = ", ".join(f"{k} {v:,}" for k, v in sorted(self.verdicts.items())) or "none"
        lines = [
            f"format: {self.format}" if self.format else "",
            f"posts scored: {self.posts_scored:,} of {self.posts_read:,} read"
            + (
                f" ({self.resumed_skipped:,} already done, resumed)" if self.resumed_skipped else ""
            ),
            f"skipped (not posts): {self.skipped_non_posts:,}; bad records: {self.bad:,}"
            + (f"; scoring failures: {self.failed:,}" if self.failed else ""),
            (
                f"posts without a date: {self.posts_undated:,} of {self.posts_read:,} read "
                "(periods such as 'last year' taken from the run's date; --date-key names "
                "a generic input's date field)"
            )
            if self.posts_undated
            else "",
            f"input cut short: {self.cut_short}" if self.cut_short else "",
            f"verdicts: {verdicts}",
            f"time: {self.elapsed_s:.1f}s ({self.posts_per_s:,.1f} posts/s, {self.workers} worker(s))",
        ]
        return "\n".join(line for line in lines if line)


class RunInterrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT) during a run: a KeyboardInterrupt that carries the run's summary, whose
    counts are those of the results handed on before it (``safetynlp score`` says how many)."""

    def __init__(self, summary: RunSummary) -> None:
        super().__init__()
        self.summary = summary


def _whole(emit: Callable[..., None]) -> Callable[..., None]:
    """``emit`` with Ctrl-C held back until it returns: a batch's results and the counts of
    them go out together (a SIGINT in the middle of a write would otherwise leave results out
    of the count, or a count without its results), so that an interrupted run's summary counts
    what its output holds. Only where Python's own SIGINT handler is in place, in the main
    thread (where signal handlers run)."""

    def whole(*args: Any) -> None:
        if (
            threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
        ):
            emit(*args)
            return
        held: list[int] = []
        signal.signal(signal.SIGINT, lambda signum, _frame: held.append(signum))
        try:
            emit(*args)
        finally:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        if held:
            raise KeyboardInterrupt

    return whole


# ------------------------------------------------------------------ worker side

_SCORER: Scorer | None = None

#: prctl(2) option: the signal this process gets when the thread that started it dies
_PR_SET_PDEATHSIG = 1


def _parent_death_signal() -> bool:
    """Linux: have the kernel send this process SIGKILL when its parent dies; False where
    that cannot be done (another system, no libc prctl)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return int(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)) == 0
    except (OSError, AttributeError):
        return False


def _watch_parent(interval: float = 1.0) -> None:
    """Elsewhere: a daemon thread that ends this process once it has been orphaned (an
    orphan is adopted by another process, so its parent pid changes)."""
    parent = os.getppid()

    def watch() -> None:
        while True:
            time.sleep(interval)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="safetynlp-parent-watch", daemon=True).start()


def die_with_parent(parent: int, direct: bool) -> None:
    """Make this worker process end when the run that started it does, however it ends: a
    SIGKILLed run (``kill -9``, the OOM killer, a scheduler) left its workers alive for good,
    holding the output file and the caller's stderr pipe (which then never reaches EOF).
    ``parent``: the pid of the run; ``direct``: the workers are its children (a ``fork`` or
    ``spawn`` pool; a ``forkserver`` one's are the server's, which ends with the run)."""
    if sys.platform == "win32":  # pragma: no cover - Windows ends a pool's workers itself
        return
    if _parent_death_signal():
        if direct and os.getppid() != parent:  # the run died before the signal was set
            os._exit(1)
        return
    _watch_parent()


def _pool_args() -> tuple[int, bool]:
    """``die_with_parent``'s arguments for a pool started by this process."""
    return os.getpid(), multiprocessing.get_start_method() in ("fork", "spawn")


def _init_worker(factory: ScorerFactory, parent: int, direct: bool) -> None:
    global _SCORER
    die_with_parent(parent, direct)
    _SCORER = factory()


def _error_record(post: Post, exc: BaseException) -> dict[str, Any]:
    return {
        "id": post.id,
        "text": post.text,
        "created_at": post.created_at,
        "verdict": None,
        "claims": [],
        "error": f"{type(exc).__name__}: {exc}",
    }


def _score_with(scorer: Scorer, batch: list[Post]) -> list[dict[str, Any]]:
    try:
        out = list(scorer(batch))
        if len(out) != len(batch):
            raise RuntimeError(f"scorer returned {len(out)} results for {len(batch)} posts")
        return out
    except Exception:
        if len(batch) == 1:
            try:
                return list(scorer(batch))[:1] or [
                    _error_record(batch[0], RuntimeError("no result"))
                ]
            except Exception as exc:
                return [_error_record(batch[0], exc)]
        results: list[dict[str, Any]] = []
        for post in batch:
            results.extend(_score_with(scorer, [post]))
        return results


def _score_batch(batch: list[Post]) -> list[dict[str, Any]]:
    assert _SCORER is not None, "worker not initialised"
    return _score_with(_SCORER, batch)


# ------------------------------------------------------------------ progress


class Progress:
    """A one-line progress meter on stderr (only drawn when stderr is a TTY)."""

    def __init__(self, stream: IO[str] | None = None, *, interval: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.interval = interval
        self._last = 0.0
        self._start = time.monotonic()

    @classmethod
    def auto(cls, silent: bool = False) -> Progress | None:
        return None if silent or not sys.stderr.isatty() else cls()

    def update(self, done: int, bad: int = 0, *, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < self.interval:
            return
        self._last = now
        rate = done / max(now - self._start, 1e-9)
        self.stream.write(f"\r{done:,} posts scored  {rate:,.0f}/s  {bad:,} bad   ")
        self.stream.flush()

    def close(self) -> None:
        self.stream.write("\n")
        self.stream.flush()


# ------------------------------------------------------------------ runner


def _batches(posts: Iterator[Post], size: int) -> Iterator[list[Post]]:
    while True:
        batch = list(itertools.islice(posts, size))
        if not batch:
            return
        yield batch


def default_workers() -> int:
    return os.cpu_count() or 1


def score_stream(
    posts: Iterable[Post],
    *,
    make_scorer: ScorerFactory,
    on_result: Callable[[dict[str, Any]], None],
    workers: int | None = None,
    batch_size: int = 512,
    skip: int = 0,
    on_batch_done: Callable[[], None] | None = None,
    on_error: Callable[[BadRecordError], None] | None = None,
    progress: Progress | None = None,
    max_in_flight: int | None = None,
    on_skipped: OnSkipped | None = None,
) -> RunSummary:
    """Score ``posts`` in batches and hand each result to ``on_result`` in input order.

    ``skip`` drops the first ``skip`` posts unscored (``--resume``); ``on_skipped(n, id)`` is
    then called with how many were (fewer when the input ends first) and the id of the last,
    before anything else is handed on: it may raise to stop the run (see
    :meth:`ResumePoint.check`). ``posts`` may be a :class:`~safetynlp.io.PostStream`; its read
    counts (skipped, bad) go into the summary.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    n_workers = default_workers() if workers is None or workers <= 0 else workers
    start = time.monotonic()
    summary = RunSummary(workers=n_workers, format=getattr(posts, "format", None))
    verdicts: Counter[str] = Counter()
    it = iter(posts)
    if skip:
        last: Post | None = None
        for last in itertools.islice(it, skip):  # noqa: B007 - the last one is checked
            summary.resumed_skipped += 1
        if on_skipped is not None:
            on_skipped(summary.resumed_skipped, None if last is None else last.id)
    read_stats = getattr(posts, "stats", None)

    @_whole
    def emit(batch: list[Post], results: list[dict[str, Any]]) -> None:
        for post, rec in zip(batch, results, strict=True):
            if rec.get("error") is not None and rec.get("verdict") is None:
                summary.failed += 1
                if on_error is not None:
                    on_error(
                        BadRecordError(
                            f"scoring failed: {rec['error']}",
                            path=getattr(posts, "path", None),
                            field=f"id={post.id}",
                        )
                    )
            else:
                verdicts[str(rec.get("verdict"))] += 1
            on_result(rec)
        summary.posts_scored += len(batch)
        if on_batch_done is not None:
            on_batch_done()
        if progress is not None:
            progress.update(summary.posts_scored, read_stats.bad if read_stats else 0)

    batches = _batches(it, batch_size)
    try:
        if n_workers == 1:
            scorer = make_scorer()
            for batch in batches:
                emit(batch, _score_with(scorer, batch))
        else:
            window = max_in_flight or 2 * n_workers
            with ProcessPoolExecutor(
                max_workers=n_workers,
                initializer=_init_worker,
                initargs=(make_scorer, *_pool_args()),
            ) as pool:
                pending: deque[tuple[list[Post], Future[list[dict[str, Any]]]]] = deque()
                for batch in batches:
                    pending.append((batch, pool.submit(_score_batch, batch)))
                    if len(pending) >= window:
                        done_batch, fut = pending.popleft()
                        emit(done_batch, fut.result())
                while pending:
                    done_batch, fut = pending.popleft()
                    emit(done_batch, fut.result())
    except KeyboardInterrupt as exc:
        raise RunInterrupted(summary) from exc
    finally:
        if progress is not None:
            progress.update(summary.posts_scored, force=True)
            progress.close()
        summary.elapsed_s = time.monotonic() - start
        summary.posts_per_s = summary.posts_scored / summary.elapsed_s if summary.elapsed_s else 0.0
        summary.verdicts = dict(verdicts)
        summary.posts_read = summary.posts_scored + summary.resumed_skipped
        if read_stats is not None:
            summary.skipped_non_posts = read_stats.skipped_non_posts
            summary.bad = read_stats.bad
            summary.posts_undated = read_stats.undated
    return summary


# ------------------------------------------------------------------ raw line chunks


@dataclass(frozen=True)
class ChunkJob:
    """Picklable: what a worker needs to turn raw JSONL lines into results."""

    mapper: LineMapper
    make_scorer: ScorerFactory
    #: True: return JSONL output bytes; False: return the result dicts
    serialise: bool = True


@dataclass(slots=True)
class ChunkResult:
    """One chunk's results, in input order, plus what the parent reports and counts."""

    data: bytes
    records: list[dict[str, Any]] | None
    scored: int
    skipped: int
    verdicts: dict[str, int]
    #: (post id, error) of posts whose scoring failed
    failures: list[tuple[str, str]]
    #: (line, reason, field) of bad records to report (none while resume-skipping)
    bad: list[tuple[int | None, str, str | None]]
    stats: ReadStats
    #: the id of the last post skipped (``--resume``), None when none was
    last_skipped_id: str | None = None


class ChunkWorker:
    """Parses, maps, scores and serialises one chunk; the scorer is built once."""

    def __init__(self, job: ChunkJob) -> None:
        self.job = job
        self.scorer = job.make_scorer()

    def __call__(self, start: int, lines: list[bytes], skip: int = 0) -> ChunkResult:
        stats = ReadStats()
        posts: list[Post] = []
        bad: list[tuple[int | None, str, str | None]] = []

        def on_bad(line: int | None, reason: str, fld: str | None) -> None:
            stats.bad += 1
            if len(posts) >= skip:
                bad.append((line, reason, fld))

        posts.extend(self.job.mapper(start, lines, stats, on_bad))
        skipped = min(skip, len(posts))
        todo = posts[skipped:] if skipped else posts
        results = _score_with(self.scorer, todo) if todo else []
        verdicts: Counter[str] = Counter()
        failures: list[tuple[str, str]] = []
        for post, rec in zip(todo, results, strict=True):
            if rec.get("error") is not None and rec.get("verdict") is None:
                failures.append((post.id, rec["error"]))
            else:
                verdicts[str(rec.get("verdict"))] += 1
        if self.job.serialise:
            dumps = orjson.dumps
            data = b"".join([dumps(rec, option=JSONL_OPTIONS) for rec in results])
            records = None
        else:
            data, records = b"", results
        last_skipped = posts[skipped - 1].id if skipped else None
        return ChunkResult(
            data, records, len(todo), skipped, dict(verdicts), failures, bad, stats, last_skipped
        )


_CHUNK_WORKER: ChunkWorker | None = None


def _init_chunk_worker(job: ChunkJob, parent: int, direct: bool) -> None:
    global _CHUNK_WORKER
    die_with_parent(parent, direct)
    _CHUNK_WORKER = ChunkWorker(job)
    gc.freeze()  # the scorer's tables are long-lived: keep full collections off them


def _run_chunk(start: int, lines: list[bytes], skip: int) -> ChunkResult:
    assert _CHUNK_WORKER is not None, "worker not initialised"
    return _CHUNK_WORKER(start, lines, skip)


def score_lines(
    stream: PostStream,
    *,
    make_scorer: ScorerFactory,
    on_result: Callable[[dict[str, Any]], None] | None = None,
    on_bytes: Callable[[bytes], Any] | None = None,
    workers: int | None = None,
    batch_size: int = 512,
    skip: int = 0,
    on_batch_done: Callable[[], None] | None = None,
    on_error: Callable[[BadRecordError], None] | None = None,
    progress: Progress | None = None,
    max_in_flight: int | None = None,
    on_skipped: OnSkipped | None = None,
) -> RunSummary:
    """:func:`score_stream` for a JSON Lines :class:`~safetynlp.io.PostStream`, with the work
    moved off the parent: chunks of ``batch_size`` raw lines go to the workers, which parse,
    map, score and (with ``on_bytes``) serialise them; the parent writes the bytes in input
    order and adds up the counts. The results, reports and summary are those of
    ``score_stream`` on the same stream (bad records read while ``skip`` posts are passed
    over are counted, not reported; ``on_skipped`` is called as there, before the first chunk
    that goes past them is written). ``workers=1`` runs the same chunk function in-process.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be >= 1")
    if (on_result is None) == (on_bytes is None):
        raise ValueError("give exactly one of on_result and on_bytes")
    n_workers = default_workers() if workers is None or workers <= 0 else workers
    start = time.monotonic()
    summary = RunSummary(workers=n_workers, format=stream.format)
    verdicts: Counter[str] = Counter()
    read_stats = stream.stats
    path = stream.path
    job = ChunkJob(stream.line_mapper(), make_scorer, serialise=on_bytes is not None)
    remaining = skip
    skipping = skip > 0
    last_skipped: str | None = None

    def skipped_all() -> None:
        nonlocal skipping
        skipping = False
        if on_skipped is not None:
            on_skipped(summary.resumed_skipped, last_skipped)

    @_whole
    def emit(res: ChunkResult) -> None:
        nonlocal remaining, last_skipped
        if res.skipped:
            last_skipped = res.last_skipped_id
            remaining -= res.skipped
            summary.resumed_skipped += res.skipped
            if skipping and remaining <= 0:
                skipped_all()  # before any of this chunk's results or reports go out
        st = res.stats
        read_stats.records += st.records
        read_stats.read += st.read
        read_stats.undated += st.undated
        read_stats.skipped_non_posts += st.skipped_non_posts
        read_stats.bad += st.bad
        if st.skip_reasons:
            read_stats.skip_reasons.update(st.skip_reasons)
        if on_error is not None:
            for line, reason, fld in res.bad:
                on_error(BadRecordError(reason, path=path, line=line, field=fld))
        summary.failed += len(res.failures)
        if on_error is not None:
            for pid, err in res.failures:
                on_error(BadRecordError(f"scoring failed: {err}", path=path, field=f"id={pid}"))
        verdicts.update(res.verdicts)
        if on_bytes is not None:
            if res.data:
                on_bytes(res.data)
        elif res.records:
            assert on_result is not None
            for rec in res.records:
                on_result(rec)
        summary.posts_scored += res.scored
        if on_batch_done is not None:
            on_batch_done()
        if progress is not None:
            progress.update(summary.posts_scored, read_stats.bad)

    chunks = stream.line_chunks(batch_size)
    try:
        if n_workers == 1:
            worker = ChunkWorker(job)
            froze = gc.get_freeze_count() == 0
            if froze:
                gc.freeze()
            try:
                for first, lines in chunks:
                    emit(worker(first, lines, remaining))
            finally:
                if froze:
                    gc.unfreeze()
        else:
            window = max_in_flight or 2 * n_workers
            with ProcessPoolExecutor(
                max_workers=n_workers,
                initializer=_init_chunk_worker,
                initargs=(job, *_pool_args()),
            ) as pool:
                if remaining > 0:  # --resume: pass over the done posts first, in order
                    for first, lines in chunks:
                        emit(pool.submit(_run_chunk, first, lines, remaining).result())
                        if remaining <= 0:
                            break
                pending: deque[Future[ChunkResult]] = deque()
                for first, lines in chunks:
                    pending.append(pool.submit(_run_chunk, first, lines, 0))
                    if len(pending) >= window:
                        emit(pending.popleft().result())
                while pending:
                    emit(pending.popleft().result())
        if skipping:  # the input ended before the posts to skip did
            skipped_all()
        stream.report_damage()  # after the bad records of the lines read before it
    except KeyboardInterrupt as exc:
        raise RunInterrupted(summary) from exc
    finally:
        chunks.close()
        if progress is not None:
            progress.update(summary.posts_scored, force=True)
            progress.close()
        summary.elapsed_s = time.monotonic() - start
        summary.posts_per_s = summary.posts_scored / summary.elapsed_s if summary.elapsed_s else 0.0
        summary.verdicts = dict(verdicts)
        summary.posts_read = summary.posts_scored + summary.resumed_skipped
        summary.skipped_non_posts = read_stats.skipped_non_posts
        summary.bad = read_stats.bad
        summary.posts_undated = read_stats.undated
    return summary


# ------------------------------------------------------------------ a trivial scorer


class LengthScorer:
    """Scores nothing: ``{"id", "n_chars", "verdict": "no_claim"}`` per post.

    For testing and timing the I/O path and the runner without the NLP pipeline;
    ``delay`` seconds are slept per batch. ``LengthScorer`` itself is a valid factory
    (``make_scorer=LengthScorer``) and so is ``functools.partial(LengthScorer, 0.01)``.
    """

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.pid = os.getpid()

    def __call__(self, posts: list[Post]) -> list[dict[str, Any]]:
        if self.delay:
            time.sleep(self.delay)
        return [
            {"id": p.id, "n_chars": len(p.text), "verdict": "no_claim", "pid": self.pid}
            for p in posts
        ]


# ------------------------------------------------------------------ resume

#: ``on_skipped(n, last_id)``: ``--resume`` passed over ``n`` posts, the last with id
#: ``last_id`` (see :meth:`ResumePoint.check`)
OnSkipped = Callable[[int, "str | None"], None]


@dataclass(frozen=True, slots=True)
class ResumePoint:
    """Where ``--resume`` picks a run up: the output's complete records (one per input post, in
    input order) and the id of its last one, which must be that of the input's post at that
    position: skipping by the count alone would silently skip the wrong posts of another
    input's output, or of one with lines lost or added."""

    path: str
    #: complete records in the output (the posts to skip)
    done: int
    #: the id of the last record; None when there is none, or its last line is not a record
    last_id: str | None
    #: the last line itself (for the message when it is not a record)
    last_line: bytes = b""

    def check_last_line(self) -> None:
        """Refuse an output whose last line is not a result record, before reading the input."""
        if self.done and self.last_id is None:
            shown = self.last_line[:80].decode("utf-8", errors="replace").rstrip("\n")
            raise ResumeMismatchError(
                self.path,
                f"the last line of {self.path} (line {self.done:,}) is not a result record with "
                f"an id ({shown!r})",
            )

    def check(self, input_path: str, skipped: int, last_id: str | None) -> None:
        """Refuse to go on when the input's post at the output's last position is not the
        output's last record (``on_skipped`` of :func:`score_lines`/:func:`score_stream`)."""
        if skipped < self.done:
            raise ResumeMismatchError(
                self.path,
                f"{self.path} holds {self.done:,} records, but {input_path} has only "
                f"{skipped:,} posts",
            )
        if last_id is None or str(last_id) != self.last_id:
            raise ResumeMismatchError(
                self.path,
                f"the last record of {self.path} (line {self.done:,}) has id {self.last_id!r}, "
                f"but post {self.done:,} of {input_path} has id {last_id!r}",
            )


def resume_point(path: str) -> ResumePoint:
    """:func:`prepare_resume` (a torn last line is cut off), and the id of the last record."""
    done = prepare_resume(path)
    if not done:
        return ResumePoint(path, 0, None)
    line = _last_line(path)
    try:
        rec = orjson.loads(line)
    except orjson.JSONDecodeError:
        rec = None
    rid = rec.get("id") if isinstance(rec, dict) else None
    return ResumePoint(path, done, None if rid is None else str(rid), line)


def _last_line(path: str) -> bytes:
    """The last line of a file that ends with a line break."""
    with open(path, "rb") as fh:
        pos = fh.seek(0, os.SEEK_END)
        tail = b""
        while pos > 0:
            step = min(1 << 16, pos)
            pos -= step
            fh.seek(pos)
            tail = fh.read(step) + tail
            cut = tail.rfind(b"\n", 0, len(tail) - 1)
            if cut >= 0:
                return tail[cut + 1 :]
        return tail


def prepare_resume(path: str) -> int:
    """Count the complete lines of a JSONL output and cut off a trailing partial line.

    Returns the number of complete records already written (0 when the file is missing).
    """
    if path == "-" or not os.path.exists(path):
        return 0
    count = 0
    last_newline_end = 0
    pos = 0
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(1 << 22)
            if not chunk:
                break
            n = chunk.count(b"\n")
            if n:
                count += n
                last_newline_end = pos + chunk.rindex(b"\n") + 1
            pos += len(chunk)
    if last_newline_end != pos:
        with open(path, "r+b") as fh:
            fh.truncate(last_newline_end)
    return count


__all__ = [
    "LengthScorer",
    "Progress",
    "RunSummary",
    "Scorer",
    "ScorerFactory",
    "ChunkJob",
    "ChunkResult",
    "ChunkWorker",
    "OnSkipped",
    "ResumePoint",
    "RunInterrupted",
    "prepare_resume",
    "resume_point",
    "score_lines",
    "score_stream",
]
