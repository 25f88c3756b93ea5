"""``python -m irm_cli``: the same as the ``irm`` console script."""

from irm_cli.cli import main

raise SystemExit(main())
