"""Reading posts from every supported platform dump and writing scored results.

* :func:`open_input` / :func:`open_output` -- ``-`` and transparent compression.
* :func:`read_posts` -- detect the format and stream :class:`~safetynlp.types.Post`.
* :func:`open_writer` -- JSONL / CSV / Parquet result writers.
"""

from __future__ import annotations

from safetynlp.io.compression import open_input, open_output
from safetynlp.io.detect import CONTAINERS, FORMATS
from safetynlp.io.readers import PLATFORMS
from safetynlp.io.stream import PostStream, ReadResult, ReadStats, read_posts

__all__ = [
    "CONTAINERS",
    "FORMATS",
    "PLATFORMS",
    "PostStream",
    "ReadResult",
    "ReadStats",
    "open_input",
    "open_output",
    "read_posts",
]
