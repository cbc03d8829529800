"""``python -m didww_gen``: the ``didww`` command line (needs the ``cli`` extra)."""

from didww_gen.cli import main

raise SystemExit(main())
