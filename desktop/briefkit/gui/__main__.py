"""``python -m briefkit.gui``: open the desktop window."""

from briefkit.gui.app import run

run()
