"""``python -m corrcheck`` runs the ``corrcheck`` command line."""
import sys

from .cli import main

sys.exit(main())
