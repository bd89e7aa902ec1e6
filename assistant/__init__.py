"""Social Value Assistant: cited answers, measure mapping, bid drafts and tender questions."""

__version__ = "0.2.0"
