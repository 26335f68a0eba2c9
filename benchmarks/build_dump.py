"""Build a realistic JSONL post dump for the throughput benchmark.

Statements come from ``../shared/data/real_claims/all_claims.jsonl`` (field ``text``) and
the texts of ``../shared/eval/dev_posts.jsonl``; they are repeated and lightly varied (fresh
ids and dates, small word swaps, numbers nudged) so that about ``--crime-share`` (default 5%)
of posts are crime-statistic claims (real-claims rows with ``crime`` and ``has_number``, and
dev posts with annotated claims). ``--crime-only`` builds a dump of crime-claim posts alone.

    python benchmarks/build_dump.py                     # benchmarks/data/posts_200000.jsonl
    python benchmarks/build_dump.py -n 1000000
    python benchmarks/build_dump.py -n 20000 --crime-only
"""

from __future__ import annotations

import argparse
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SHARED = REPO.parent / "shared"
CLAIMS = SHARED / "data" / "real_claims" / "all_claims.jsonl"
DEV = SHARED / "eval" / "dev_posts.jsonl"

SWAPS = [
    ("really", "truly"),
    ("people", "folks"),
    ("very", "so"),
    ("the", "the"),
    ("has", "has"),
    ("says", "claims"),
    ("now", "today"),
]
SUFFIXES = ["", "", "", " #news", " Thoughts?", " Unbelievable.", " (via @newsdesk)", " 🙄"]
NUM = re.compile(r"\b\d{2,}\b")


def load_pools() -> tuple[list[str], list[str]]:
    crime: list[str] = []
    other: list[str] = []
    with open(CLAIMS, "rb") as fh:
        for line in fh:
            rec = orjson.loads(line)
            text = rec.get("text") or ""
            if not text.strip():
                continue
            (crime if rec.get("crime") and rec.get("has_number") else other).append(text)
    with open(DEV, "rb") as fh:
        for line in fh:
            rec = orjson.loads(line)
            (crime if rec.get("claims") else other).append(rec["text"])
    return crime, other


def vary(text: str, rng: random.Random) -> str:
    """Small, meaning-preserving edits: a word swap, a nudged number, a suffix."""
    r = rng.random()
    if r < 0.3:
        a, b = rng.choice(SWAPS)
        text = re.sub(rf"\b{a}\b", b, text, count=1)
    elif r < 0.5:

        def nudge(m: re.Match[str]) -> str:
            s = m.group(0)
            if len(s) == 4 and s.startswith(("19", "20")):  # keep years
                return s
            return str(max(1, int(s) + rng.randint(-2, 2)))

        text = NUM.sub(nudge, text, count=1)
    return text + rng.choice(SUFFIXES)


def build(
    n: int, out: Path, *, crime_share: float = 0.05, crime_only: bool = False, seed: int = 7
) -> int:
    rng = random.Random(seed)
    crime, other = load_pools()
    start = datetime(2023, 1, 1)
    out.parent.mkdir(parents=True, exist_ok=True)
    n_crime = 0
    with open(out, "wb") as fh:
        buf: list[bytes] = []
        for i in range(n):
            is_crime = crime_only or rng.random() < crime_share
            n_crime += is_crime
            text = vary(rng.choice(crime if is_crime else other), rng)
            when = start + timedelta(minutes=rng.randrange(3 * 365 * 24 * 60))
            buf.append(
                orjson.dumps(
                    {
                        "id": f"b{i:08d}",
                        "created_at": when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                        "text": text,
                        "lang": "en",
                    },
                    option=orjson.OPT_APPEND_NEWLINE,
                )
            )
            if len(buf) >= 10_000:
                fh.write(b"".join(buf))
                buf.clear()
        fh.write(b"".join(buf))
    return n_crime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=200_000)
    ap.add_argument("-o", "--output", type=Path, default=None)
    ap.add_argument("--crime-share", type=float, default=0.05)
    ap.add_argument("--crime-only", action="store_true")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    name = f"crime_{args.n}.jsonl" if args.crime_only else f"posts_{args.n}.jsonl"
    out = args.output or HERE / "data" / name
    n_crime = build(
        args.n, out, crime_share=args.crime_share, crime_only=args.crime_only, seed=args.seed
    )
    print(f"{out}: {args.n:,} posts, {n_crime:,} crime-claim ({n_crime / args.n:.1%})")


if __name__ == "__main__":
    main()
