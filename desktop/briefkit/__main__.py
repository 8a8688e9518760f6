"""``python -m briefkit``: the command line."""

from briefkit.cli import run

run()
