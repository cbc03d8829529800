"""``didww``: the DIDWW API on the command line, generated per API version from the spec.

``pip install "didww-gen[cli]"`` installs the ``didww`` command (``python -m didww_gen`` is the same). Its
command tree comes from each version's ``cli_table`` (plain data), so ``didww --help`` and shell completion
import neither httpx nor a generated package; a command loads its version's client when it runs.
"""

from didww_gen.cli._app import main

__all__ = ["main"]
