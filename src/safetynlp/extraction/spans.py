"""Non-overlapping span bookkeeping in O(log n) per query (long posts stay linear-ish)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort


class Occupied:
    """A set of non-overlapping [start, end) spans."""

    __slots__ = ("_starts", "_ends")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: dict[int, int] = {}

    def free(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, start)
        if i > 0 and self._ends[self._starts[i - 1]] > start:
            return False
        return not (i < len(self._starts) and self._starts[i] < end)

    def add(self, start: int, end: int) -> None:
        insort(self._starts, start)
        self._ends[start] = end


def slice_by_start(starts: list[int], lo: int, hi: int) -> tuple[int, int]:
    """Index range of sorted ``starts`` falling in [lo, hi)."""
    return bisect_left(starts, lo), bisect_left(starts, hi)
