"""Kiosk mode's staff PIN and settings."""
