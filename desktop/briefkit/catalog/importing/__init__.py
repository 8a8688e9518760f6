"""Import events into a data folder from CSV or XLSX: Briefkit's own columns, ACLED, GTD."""

from briefkit.catalog.importing.apply import ImportTarget, apply_import, import_target
from briefkit.catalog.importing.plan import ImportPlan, Outcome, RowResult, plan_import

__all__ = [
    "ImportPlan",
    "ImportTarget",
    "Outcome",
    "RowResult",
    "apply_import",
    "import_target",
    "plan_import",
]
