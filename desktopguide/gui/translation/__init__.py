"""The interface in the chosen language: our words and Qt's own, compiled for Qt, and every
widget told when the language changes."""
