"""Dialogs: about, settings, print preview, links, content updates, and fitting a dialog to the screen."""
