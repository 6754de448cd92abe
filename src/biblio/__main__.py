import sys

from biblio.cli import main

sys.exit(main())
