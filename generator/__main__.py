"""``python -m generator`` runs the ``factcheck`` command line."""

from generator.cli import main

raise SystemExit(main())
