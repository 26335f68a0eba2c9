"""``safetynlp score`` with every post sent down the no-claim path: a diagnostic row of
``run.py`` (not a product mode). It measures what reading, the worker pool, building the
records and writing cost on their own, so the benchmark can show how much of the time
against the orjson floor is the claim layers and how much is the frame around them."""

import safetynlp.cli.score as score_module
from safetynlp.cli.main import app

# CheckerScorer looks `prefilter` up in its module at call time; with it always False no
# post reaches the Checker, and the records are the ones a non-candidate post gets.
score_module.prefilter = lambda text: False  # type: ignore[assignment]

if __name__ == "__main__":
    app()
