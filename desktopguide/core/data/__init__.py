"""Official public lists (EOIR, ICE, DOJ, HUD): their importers and their snapshots in resources/data/."""
