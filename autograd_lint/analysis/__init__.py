"""What the code means: tensor facts shared by every rule, computed once per file."""

from autograd_lint.analysis.facts import Facts, analyze

__all__ = ["Facts", "analyze"]
