"""Updating an edited document in place: what to do with each piece (``decisions``), and the
merge of today's build into the edited file (``deck`` for a deck; the report's beside it)."""
