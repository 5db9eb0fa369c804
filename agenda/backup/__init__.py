"""Encrypted backups and handover bundles of cases (`vliegwiel backup` / `restore`).

`sealed` is the file format and its cryptography (the only module that imports
`cryptography`), `contents` what is inside (the cases' files), `restore` the rules for
putting cases back without ever overwriting one silently. Nothing here is imported when
the app or `vliegwiel cases` starts.
"""
