"""Throughput and memory benchmark for ``safetynlp score`` (run by hand, not a unit test).

    python benchmarks/build_dump.py                      # 200k posts, ~5% crime claims
    python benchmarks/build_dump.py -n 20000 --crime-only
    python benchmarks/build_dump.py -n 1000000           # only for the 1M peak-RSS row
    python benchmarks/run.py                             # -> benchmarks/results/latest.{json,md}

Every timing is the median of ``--reps`` (default 3) repetitions. ``safetynlp score`` runs as
a subprocess (JSONL in, JSONL out); its peak RSS is the largest sum of RSS over the process
and all its children, polled every 20 ms with psutil. Baselines on the same input: the I/O
floor (orjson read + write each record with one added field), ``spacy.blank("en")``
tokenising every post (``nlp.pipe``), and quantulum3 with its classifier off
(``quantulum3.classifier.USE_CLF = False``; exceptions per post are counted). quantulum3 is
slow, so it runs on the first ``--quantulum-posts`` posts and its rate is extrapolated.
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import psutil

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
RESULTS = HERE / "results"
SAFETYNLP = [sys.executable, "-c", "from safetynlp.cli.main import app; app()"]
# the same command with the claim layers switched off (see score_no_rules.py)
NO_RULES = [sys.executable, str(HERE / "score_no_rules.py")]

TARGETS = {
    "all_workers_posts_per_s": 30_000,
    "max_x_floor": 3.0,
    "min_x_quantulum": 20.0,
    "peak_rss_bytes": 2**30,
    "crime_posts_per_s_per_core": 2_000,
}


def compile_bytecode() -> None:
    """Write the package's bytecode, as ``pip install`` does for an installed wheel.

    An editable install under ``PYTHONDONTWRITEBYTECODE=1`` (as on the VM the README's figures
    come from) would otherwise compile every module from source at each start, which is
    0.15 s a run that no user of an installed package pays."""
    import compileall

    import safetynlp

    compileall.compile_dir(Path(safetynlp.__file__).parent, quiet=1)


def count_lines(path: Path) -> int:
    with open(path, "rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 22), b""))


def run_tree(cmd: list[str]) -> tuple[float, int, str, float]:
    """Run ``cmd``; (wall seconds, peak RSS of the process tree in bytes, stderr, CPU seconds
    of the top process alone, as last polled)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    ps = psutil.Process(proc.pid)
    peak = 0
    parent_cpu = 0.0
    while proc.poll() is None:
        try:
            cpu = ps.cpu_times()
            parent_cpu = cpu.user + cpu.system
            procs = [ps, *ps.children(recursive=True)]
            rss = 0
            for p in procs:
                with contextlib.suppress(psutil.Error):
                    rss += p.memory_info().rss
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.02)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {err[-2000:]}")
    return wall, peak, err, parent_cpu


def score_cmd(src: Path, out: Path, workers: int, *, prog: list[str] = SAFETYNLP) -> list[str]:
    return [
        *prog,
        "score",
        str(src),
        "-o",
        str(out),
        "-n",
        str(workers),
        "--force",
        "--silent",
    ]


def median_run(fn: Callable[[], tuple[float, ...]], reps: int) -> dict[str, Any]:
    runs = [fn() for _ in range(reps)]
    out = {
        "seconds": round(statistics.median(r[0] for r in runs), 3),
        "all_seconds": [round(r[0], 3) for r in runs],
        "peak_rss_bytes": int(max(r[1] for r in runs)),
    }
    if all(len(r) > 2 for r in runs):
        out["parent_cpu_seconds"] = round(statistics.median(r[2] for r in runs), 3)
    return out


def bench_score(
    src: Path, n: int, workers: int, reps: int, tmp: Path, *, prog: list[str] = SAFETYNLP
) -> dict[str, Any]:
    out = tmp / f"scored_{workers}.jsonl"

    def once() -> tuple[float, int, float]:
        wall, peak, _, parent_cpu = run_tree(score_cmd(src, out, workers, prog=prog))
        return wall, peak, parent_cpu

    res = median_run(once, reps)
    res.update(posts=n, workers=workers, posts_per_s=round(n / res["seconds"], 1))
    return res


def floor_loop(src: Path, dst: Path) -> None:
    loads, dumps, opt = orjson.loads, orjson.dumps, orjson.OPT_APPEND_NEWLINE
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        for line in fin:
            rec = loads(line)
            rec["verdict"] = "no_claim"
            fout.write(dumps(rec, option=opt))


def bench_inproc(fn: Callable[[], Any], n: int, reps: int) -> dict[str, Any]:
    proc = psutil.Process()

    def once() -> tuple[float, int]:
        t = time.perf_counter()
        fn()
        return time.perf_counter() - t, proc.memory_info().rss

    res = median_run(once, reps)
    res.update(posts=n, posts_per_s=round(n / res["seconds"], 1))
    return res


def texts_of(src: Path, limit: int | None = None) -> list[str]:
    with open(src, "rb") as fh:
        return [orjson.loads(line)["text"] for line in itertools.islice(fh, limit)]


def bench_spacy(texts: list[str], reps: int) -> dict[str, Any]:
    import spacy

    nlp = spacy.blank("en")

    def run() -> None:
        for _ in nlp.pipe(texts, batch_size=1000):
            pass

    return bench_inproc(run, len(texts), reps)


def bench_quantulum(texts: list[str], reps: int) -> dict[str, Any]:
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False
    errors = 0

    def run() -> None:
        nonlocal errors
        errors = 0
        for t in texts:
            try:
                parser.parse(t)
            except Exception:
                errors += 1

    res = bench_inproc(run, len(texts), reps)
    res["exceptions"] = errors
    return res


def render(res: dict[str, Any]) -> str:
    def fmt(x: float) -> str:
        return f"{x:,.0f}"

    mib = 2**20
    lines = [
        "# safetynlp score benchmark",
        "",
        f"Machine: {res['machine']['cpus']} cores, {res['machine']['python']}; "
        f"input {res['input']['posts']:,} posts ({res['input']['path']}); median of "
        f"{res['reps']} runs; load average {res['machine'].get('load_before')} before, "
        f"{res['machine'].get('load_after', 'n/a')} after.",
        "",
        "| what | posts | s (median) | posts/s | peak RSS MiB | parent CPU s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for key, label in [
        ("score_1_worker", "safetynlp score, 1 worker"),
        ("score_all_workers", f"safetynlp score, {res['machine']['cpus']} workers"),
        ("crime_only_1_worker", "crime-claim posts only, 1 worker"),
        ("crime_only_all_workers", "crime-claim posts only, all workers"),
        ("no_rules_all_workers", "diagnostic: score with the claim layers off, all workers"),
        ("floor", "floor: orjson read + write"),
        ("spacy_blank", 'spacy.blank("en") tokenise'),
        ("quantulum3", "quantulum3 (no classifier), sample"),
        ("score_1m_all_workers", "safetynlp score 1M posts, all workers"),
    ]:
        r = res.get(key)
        if r:
            cpu = r.get("parent_cpu_seconds")
            lines.append(
                f"| {label} | {r['posts']:,} | {r['seconds']:.2f} | {fmt(r['posts_per_s'])} | "
                f"{r['peak_rss_bytes'] / mib:,.0f} | {'' if cpu is None else f'{cpu:.2f}'} |"
            )
    lines += ["", "| target | wanted | measured | met |", "|---|---|---|---|"]
    for t in res.get("targets", []):
        lines.append(f"| {t['name']} | {t['wanted']} | {t['measured']} | {_met(t['met'])} |")
    if not res.get("complete"):
        lines += ["", f"**Partial run** (stopped after: {res.get('last_step')})."]
    return "\n".join(lines) + "\n"


def _met(met: bool | None) -> str:
    return "-" if met is None else "yes" if met else "NO"


def targets(res: dict[str, Any]) -> list[dict[str, Any]]:
    """The issue's targets, for what has been measured so far."""
    out: list[dict[str, Any]] = []
    allw = res.get("score_all_workers")
    if allw:
        out.append(
            {
                "name": "all workers posts/s",
                "wanted": f">= {TARGETS['all_workers_posts_per_s']:,}",
                "measured": f"{allw['posts_per_s']:,.0f}",
                "met": allw["posts_per_s"] >= TARGETS["all_workers_posts_per_s"],
            }
        )
        if res.get("floor"):
            x_floor = allw["seconds"] / res["floor"]["seconds"]
            out.append(
                {
                    "name": "time vs floor",
                    "wanted": f"<= {TARGETS['max_x_floor']}x",
                    "measured": f"{x_floor:.1f}x",
                    "met": x_floor <= TARGETS["max_x_floor"],
                }
            )
            frame = res.get("no_rules_all_workers")
            if frame:
                # not a target: how far the frame alone (no claim layers) is from the floor
                out.append(
                    {
                        "name": "(diagnostic) claim layers off, vs floor",
                        "wanted": "-",
                        "measured": f"{frame['seconds'] / res['floor']['seconds']:.1f}x",
                        "met": None,
                    }
                )
        if res.get("quantulum3"):
            x_q = allw["posts_per_s"] / res["quantulum3"]["posts_per_s"]
            out.append(
                {
                    "name": "speed vs quantulum3",
                    "wanted": f">= {TARGETS['min_x_quantulum']:.0f}x faster",
                    "measured": f"{x_q:.1f}x",
                    "met": x_q >= TARGETS["min_x_quantulum"],
                }
            )
    rss_rows = [
        res[k]["peak_rss_bytes"]
        for k in ("score_1_worker", "score_all_workers", "score_1m_all_workers")
        if res.get(k)
    ]
    if rss_rows:
        rss = max(rss_rows)
        which = "200k and 1M" if res.get("score_1m_all_workers") else "200k only; 1M not run"
        out.append(
            {
                "name": f"peak RSS ({which})",
                "wanted": "< 1024 MiB",
                "measured": f"{rss / 2**20:,.0f} MiB",
                "met": rss < TARGETS["peak_rss_bytes"],
            }
        )
    crime = res.get("crime_only_1_worker")
    if crime:
        out.append(
            {
                "name": "crime-claim posts/s per core",
                "wanted": f">= {TARGETS['crime_posts_per_s_per_core']:,}",
                "measured": f"{crime['posts_per_s']:,.0f}",
                "met": crime["posts_per_s"] >= TARGETS["crime_posts_per_s_per_core"],
            }
        )
    return out


def save(res: dict[str, Any], step: str, out_dir: Path) -> None:
    """Write ``latest.json`` and ``latest.md`` (after every step, so a stopped run leaves
    what it measured)."""
    res["last_step"] = step
    res["targets"] = targets(res)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "latest.json").write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    (out_dir / "latest.md").write_text(render(res), encoding="utf-8")
    if step in res:
        print(step, {k: v for k, v in res[step].items() if k != "all_seconds"}, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--input", type=Path, default=DATA / "posts_200000.jsonl")
    ap.add_argument("--crime-input", type=Path, default=DATA / "crime_20000.jsonl")
    ap.add_argument("--big-input", type=Path, default=DATA / "posts_1000000.jsonl")
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--quantulum-posts", type=int, default=3000)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out-dir", type=Path, default=RESULTS, help="where latest.{json,md} go")
    ap.add_argument("--skip-baselines", action="store_true", help="no spaCy/quantulum3 rows")
    args = ap.parse_args()
    for p in (args.input, args.crime_input):
        if not p.exists():
            sys.exit(f"{p} missing: run benchmarks/build_dump.py first (see README)")
    compile_bytecode()
    n = count_lines(args.input)
    try:
        shown = str(args.input.resolve().relative_to(HERE.parent))
    except ValueError:
        shown = str(args.input)
    res: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "mem_bytes": psutil.virtual_memory().total,
            "load_before": [round(x, 2) for x in os.getloadavg()],
        },
        "input": {"path": shown, "posts": n},
        "reps": args.reps,
        "workers": args.workers,
        "started": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "complete": False,
    }
    out_dir = args.out_dir
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        res["floor"] = bench_inproc(
            lambda: floor_loop(args.input, tmp / "floor.jsonl"), n, args.reps
        )
        save(res, "floor", out_dir)
        if not args.skip_baselines:
            texts = texts_of(args.input)
            res["spacy_blank"] = bench_spacy(texts, args.reps)
            save(res, "spacy_blank", out_dir)
            res["quantulum3"] = bench_quantulum(texts[: args.quantulum_posts], args.reps)
            save(res, "quantulum3", out_dir)
            del texts
        res["score_1_worker"] = bench_score(args.input, n, 1, args.reps, tmp)
        save(res, "score_1_worker", out_dir)
        res["score_all_workers"] = bench_score(args.input, n, args.workers, args.reps, tmp)
        save(res, "score_all_workers", out_dir)
        res["no_rules_all_workers"] = bench_score(
            args.input, n, args.workers, args.reps, tmp, prog=NO_RULES
        )
        save(res, "no_rules_all_workers", out_dir)
        nc = count_lines(args.crime_input)
        res["crime_only_1_worker"] = bench_score(args.crime_input, nc, 1, args.reps, tmp)
        save(res, "crime_only_1_worker", out_dir)
        res["crime_only_all_workers"] = bench_score(
            args.crime_input, nc, args.workers, args.reps, tmp
        )
        save(res, "crime_only_all_workers", out_dir)
        if args.big_input.exists():
            nb = count_lines(args.big_input)
            res["score_1m_all_workers"] = bench_score(args.big_input, nb, args.workers, 1, tmp)
            save(res, "score_1m_all_workers", out_dir)
    res["complete"] = True
    res["machine"]["load_after"] = [round(x, 2) for x in os.getloadavg()]
    res["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    save(res, "done", out_dir)
    print(render(res))


if __name__ == "__main__":
    main()
