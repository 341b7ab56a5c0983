"""`python -m adviseur` — needed so textual-serve can launch the app as a subprocess."""

from adviseur.cli import main

raise SystemExit(main())
