"""The modal dialogs: they open over a screen, ask or show one thing, and return an answer.

Any screen, step view or dialog may open one; a dialog never imports a screen or a step
(see `tests/test_layers.py`).
"""
