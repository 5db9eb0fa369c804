"""What the app says about backups: when the last one was made (start screen), and a
reminder when a meeting closes and the last one is older than the chair's interval,
naming the command.

Backups are made from the command line (`vliegwiel backup`), which needs the data folder
to itself: the app cannot make one while it runs, so it says how instead.
"""

from __future__ import annotations

from agenda.dates import long_moment
from agenda.errors import VliegwielError
from agenda.locations import resolve_locations
from agenda.settings import Settings
from tui.context import Services


def backup_settings(app: Services) -> Settings:
    try:
        return app.store.load_settings()
    except VliegwielError:
        return Settings()  # a damaged settings file: the start screen names it elsewhere


def backup_status(app: Services) -> str:
    """The start screen's line: the last backup, and the reminder's interval or (when a
    backup is due) the command to make one."""
    t, settings = app.t, backup_settings(app)
    last = settings.last_backup
    made = t("start.backup.last", when=long_moment(last, t)) if last else t("start.backup.never")
    days = settings.backup_every_days
    if settings.backup_due(app.wall()):
        return f"{made} {_how(app)}"
    every = t("start.backup.every", days=days) if days else t("start.backup.no_reminder")
    return f"{made} {every}"


def backup_reminder(app: Services) -> str | None:
    """The reminder when a meeting closes, or None while the last backup is recent enough."""
    t, settings, now = app.t, backup_settings(app), app.wall()
    if not settings.backup_due(now):
        return None
    last = settings.last_backup
    age = (
        t("backup.reminder.old", days=(now.date() - last.date()).days)
        if last
        else t("backup.reminder.never")
    )
    return f"{age} {_how(app)}"


def _how(app: Services) -> str:
    return app.t("backup.reminder.how", command=backup_command(app))


def backup_command(app: Services) -> str:
    """`vliegwiel backup -o FILE`, with this data folder when it is not the one that
    `vliegwiel` finds by itself (from the environment or the platform)."""
    command = f"vliegwiel backup -o {app.t('backup.file_placeholder')}"
    data_dir = app.locations.data_dir
    if data_dir.resolve() != resolve_locations().data_dir.resolve():
        shown = f'"{data_dir}"' if " " in str(data_dir) else str(data_dir)
        command += f" --data-dir {shown}"
    return command
