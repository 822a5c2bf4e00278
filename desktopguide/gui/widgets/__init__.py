"""Reusable widgets and layouts that wrap and reflow for any language and text size."""
