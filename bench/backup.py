"""`python -m bench.backup`: how long a backup and a restore take, and how large the file is.

On the benchmark's five-year data (50 cases × 260 closed meetings, `bench.data`), with the
default scrypt cost, on the real disk: `vliegwiel backup` of every case (read and check
every file, pack, encrypt, write), then `vliegwiel restore` of that file into an empty
data folder (check the file, decrypt, check every case, write every file). Each step is
timed separately, so that the key derivation's fixed cost and the data's own show apart.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from agenda.backup.contents import index, pack
from agenda.backup.restore import Choice, carry_out, plan_restore
from agenda.backup.sealed import DEFAULT_COST, inspect, seal, unseal
from agenda.i18n import Messages
from agenda.storage import Store
from agenda.storage.files import write_atomic
from bench.probe import peak_rss_kib
from bench.run import machine

PASSPHRASE = "paard batterij nietje correct"
GENERATE = (
    "import sys; from datetime import date; from pathlib import Path; "
    "from bench.data import generate; "
    "generate(Path(sys.argv[1]), 'backup', int(sys.argv[2]), int(sys.argv[3]), date(2026, 11, 28))"
)


def measure(cases: int, meetings: int, scratch: Path) -> list[tuple[str, str]]:
    data, fresh, target = scratch / "data", scratch / "fresh", scratch / "backup.vwb"
    # Generated in a process of its own, so that the peak memory below is the backup's.
    subprocess.run(
        [sys.executable, "-c", GENERATE, str(data), str(cases), str(meetings)], check=True
    )
    files = sum(1 for p in (data / "cases").rglob("*.json"))
    stored = sum(p.stat().st_size for p in (data / "cases").rglob("*.json"))
    rows: list[tuple[str, str]] = [("cases × meetings", f"{cases} × {meetings}")]
    rows.append(("case files, bytes on disk", f"{files}, {stored / 1e6:.1f} MB"))
    clock = time.perf_counter
    with Store(data) as store:
        started = clock()
        plain = pack(store, store.case_folder_ids(), datetime.now(UTC))
        packed = clock()
        sealed = seal(plain, PASSPHRASE, DEFAULT_COST)
        encrypted = clock()
        write_atomic(target, sealed)
        written = clock()
    rows += [
        ("backup: read and check every file, compress", f"{packed - started:.2f} s"),
        ("backup: scrypt and AES-256-GCM", f"{encrypted - packed:.2f} s"),
        ("backup: write (fsync)", f"{written - encrypted:.2f} s"),
        ("backup: total", f"{written - started:.2f} s"),
        ("backup file", f"{len(sealed) / 1e6:.1f} MB"),
    ]
    t = Messages("nl")
    with Store(fresh) as store:
        started = clock()
        opened = inspect(target.read_bytes())
        checked = clock()
        contents = unseal(opened, PASSPHRASE)
        decrypted = clock()
        found = index(contents)
        indexed = clock()
        planned = plan_restore(store, found, t, as_new=False, decide=lambda _: Choice.STOP)
        assert planned is not None  # a fresh folder: nothing to ask
        carry_out(store, contents, planned)
        done = clock()
    rows += [
        ("restore: checksums", f"{checked - started:.2f} s"),
        ("restore: scrypt and AES-256-GCM", f"{decrypted - checked:.2f} s"),
        ("restore: decompress and check every case", f"{indexed - decrypted:.2f} s"),
        ("restore: decompress again, write every file (fsync)", f"{done - indexed:.2f} s"),
        ("restore: total", f"{done - started:.2f} s"),
        ("peak memory (RSS) of backup and restore", f"{peak_rss_kib() / 1024:.0f} MiB"),
    ]
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.backup", description=__doc__)
    parser.add_argument("--cases", type=int, default=50)
    parser.add_argument("--meetings", type=int, default=260)
    args = parser.parse_args(argv)
    print(f"Vliegwiel backup benchmark · {machine()}")
    with tempfile.TemporaryDirectory(prefix="vliegwiel-bench-backup-") as scratch:
        rows = measure(args.cases, args.meetings, Path(scratch))
    width = max(len(name) for name, _ in rows)
    print("\n".join(f"| {name:<{width}} | {value:>12} |" for name, value in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
