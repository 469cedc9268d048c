"""Välkky: a tutor runtime for a humanoid robot that teaches workplace Finnish.

Reading order: ``events`` → ``lesson.model`` → ``engine`` → ``runtime`` → any adapter.
"""

__version__ = "0.1.0"
