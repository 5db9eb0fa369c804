"""Safe storage: atomic private files, one lock per data folder, one gateway (`Store`)."""

from agenda.storage.store import CaseListing, CaseSummary, MeetingRef, Store

__all__ = ["CaseListing", "CaseSummary", "MeetingRef", "Store"]
