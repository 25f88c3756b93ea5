"""``python -m irm_site``: build the site, serve it, run the scenarios when needed (see irm_site.commands)."""

from __future__ import annotations

import sys

from irm_site.commands import main

sys.exit(main())
