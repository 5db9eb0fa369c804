"""Short random identifiers for cases, members, course points, actions and meetings.

Identifiers never carry content (no alias, no name), so a folder or file name can be
shown in an error message without revealing anything about a child.
"""

import secrets


def new_id() -> str:
    """Return eight hex characters: unique enough within one chair's data."""
    return secrets.token_hex(4)
