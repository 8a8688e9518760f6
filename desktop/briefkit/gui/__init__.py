"""The desktop window: pick topics, preview them, export with progress, open the result.

PySide6 lives only in this package. The window drives the same export job as the command line
(``briefkit.export.run_export``) on a background thread; Qt models adapt the core's collections.
Start it with ``briefkit gui``, ``briefkit-gui`` or ``python -m briefkit.gui``.
"""
