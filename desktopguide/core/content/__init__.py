"""Content files and the model built from them: guides, glossary, sources, the library loader and its checks."""
