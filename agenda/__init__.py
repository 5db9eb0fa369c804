"""Vliegwiel's domain: cases, meetings, actions, agendas, clocks, storage and minutes.

Everything the app can do with data lives here and works without a terminal, so a test
or a script can do it too. Nothing in this package imports Textual.
"""

__version__ = "0.1.0"
