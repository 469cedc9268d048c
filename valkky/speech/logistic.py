"""A small logistic regression, pure Python: the Whisper rule's weights are fitted with it
(``valkky calibrate-asr``, bench/asr_trials.py) from a few hundred labelled answers, a
handful of features each — no reason for a numerical library as a dependency."""

from __future__ import annotations

import math
from collections.abc import Sequence


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """``a x = b`` by Gaussian elimination with partial pivoting (a is small and positive
    definite here: a Hessian plus the ridge)."""
    n = len(b)
    m = [[*row, rhs] for row, rhs in zip(a, b, strict=True)]
    for i in range(n):
        pivot = max(range(i, n), key=lambda k: abs(m[k][i]))
        m[i], m[pivot] = m[pivot], m[i]
        for k in range(n):
            if k != i and m[i][i]:
                factor = m[k][i] / m[i][i]
                m[k] = [x - factor * y for x, y in zip(m[k], m[i], strict=True)]
    return [m[i][n] / m[i][i] if m[i][i] else 0.0 for i in range(n)]


def fit_logistic(x: Sequence[Sequence[float]], y: Sequence[bool], *, ridge: float = 0.1,
                 iterations: int = 100) -> list[float]:
    """Weights ``[bias, w1, …]`` of P(y | x) = sigmoid(bias + Σ wᵢxᵢ), by Newton's method
    with a small ridge penalty on the ``w`` (not the bias), which keeps them finite when
    the classes separate, as they may on a small set."""
    if not x or len(x) != len(y):
        raise ValueError("need as many labels as samples, and at least one")
    if all(y) or not any(y):
        raise ValueError("need samples of both kinds")
    d = len(x[0]) + 1
    w = [0.0] * d
    for _ in range(iterations):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for row, label in zip(x, y, strict=True):
            xx = [1.0, *row]
            p = _sigmoid(sum(a * b for a, b in zip(w, xx, strict=True)))
            for i in range(d):
                grad[i] += (p - label) * xx[i]
                for j in range(d):
                    hess[i][j] += p * (1 - p) * xx[i] * xx[j]
        for i in range(1, d):
            grad[i] += ridge * w[i]
            hess[i][i] += ridge
        hess[0][0] += 1e-9  # never singular, even on one feature value
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    return w
