"""The legal-help directory: records, HSDS import, the official lists of free legal help, filters and queries."""
