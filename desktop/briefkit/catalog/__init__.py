"""The catalog: typed records loaded and validated from a data folder."""

from briefkit.catalog.catalog import Catalog
from briefkit.catalog.load import check_catalog, load_catalog
from briefkit.catalog.problems import CatalogError, Problem

__all__ = ["Catalog", "CatalogError", "Problem", "check_catalog", "load_catalog"]
