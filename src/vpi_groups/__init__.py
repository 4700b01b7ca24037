"""VPI Groups: talk groups and prevention actions against domestic violence, offline."""

__version__ = "0.1.0"
