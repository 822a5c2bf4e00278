"""Kiosk mode: a locked, full-screen app that forgets each visitor.

`KioskMode` (kiosk_mode.py) puts the pieces on an AppWindow: the window lock and key guard,
the staff's PIN route (corner taps or a key chord), the idle watch with its "Are you still
there?" screen, and one-tap printing with a page limit. What a reset forgets is in
`AppWindow.reset_session()`, with helpers in gui/visitor_privacy.py. The kiosk installs itself
into seams the window offers (`KioskMode.install`): the window never names it.
"""
