from ita.cli import main

raise SystemExit(main())
