"""Full-screen pages of the app window and the HTML they show."""
