"""Places: ZIP codes and counties, place profiles and what happens there, and where detained people are held."""
