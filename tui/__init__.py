"""Vliegwiel's terminal app (Textual). The domain it shows lives in `agenda`."""
