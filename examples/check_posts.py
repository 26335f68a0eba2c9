"""Score a few posts with the library API and print what a fact-checker would paste.

Run: python examples/check_posts.py
"""

from __future__ import annotations

from safetynlp import Checker, VerdictConfig, extract

POSTS = [
    ("London murders have doubled since 2019", "2026-02-03"),
    ("There's a murder every three days in London now.", "2026-01-30"),
    (
        "Knife crime in England and Wales fell by about 9% in the year to September 2025.",
        "2026-01-28",
    ),
]


def main() -> None:
    # Claims alone, without verdicts:
    for claim in extract("Over 500 shootings in London last year.", created_at="2020-01-22"):
        print(claim.kind, claim.metric, claim.geography, claim.period, claim.value)

    # Verdicts; every tolerance of the spec is a VerdictConfig field.
    checker = Checker(config=VerdictConfig(tau_level=0.05), default_place="london")
    for text, date in POSTS:
        scored = checker.check(text, created_at=date)
        print(f"\n{scored.verdict.upper()}: {text}")
        for cv in scored.claims:
            print(f"  - {cv.verdict} (deviation {cv.deviation}, confidence {cv.confidence})")
            print(f"    {cv.explanation}")
            for source in cv.official[:2]:
                print(f"    source: {source['publisher']} | {source['url']}")


if __name__ == "__main__":
    main()
