"""Benchmarks behind `desktopguide bench`; each prints figures, none is a timed test."""
