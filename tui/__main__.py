"""`python -m tui` runs the same command line as `vliegwiel`."""

from tui.cli import main

raise SystemExit(main())
