"""The languages of the guide: the Language value, the languages.yaml list and its start-up cache."""
