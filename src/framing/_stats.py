"""Small statistics helpers shared by the scoring functions."""

from __future__ import annotations

import numpy as np

__all__ = ["wilson_interval"]


def wilson_interval(k, n, z: float = 1.959963984540054):
    """Wilson score interval for ``k`` successes in ``n`` trials (arrays or scalars).

    Honest at small counts (it never leaves [0, 1] and is not zero-width at k = 0 or
    k = n); NaN where ``n`` is 0.

    >>> [round(x, 4) for x in wilson_interval(0, 5)]
    [0.0, 0.4345]
    """
    k = np.asarray(k, dtype=float)
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / n
        denom = 1 + z * z / n
        centre = (p + z * z / (2 * n)) / denom
        half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
        low = np.clip(centre - half, 0.0, 1.0)
        high = np.clip(centre + half, 0.0, 1.0)
    low = np.where(n > 0, low, np.nan)
    high = np.where(n > 0, high, np.nan)
    if low.ndim == 0:
        return float(low), float(high)
    return low, high
