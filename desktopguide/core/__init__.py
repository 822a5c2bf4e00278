"""The Qt-free core: content model, loader, validator and search.

Nothing in this package may import PySide6; a test checks it.
"""
