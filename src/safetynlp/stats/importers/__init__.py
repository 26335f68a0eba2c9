"""Importers: one module per publication, each ``import_X(path) -> list[OfficialFigure]``.

:data:`IMPORTERS` maps the CLI's ``KIND`` names to the functions.
"""

from __future__ import annotations

from collections.abc import Callable

from safetynlp.stats.importers._common import SkipLog
from safetynlp.stats.importers.fbi_ucr_estimated import import_fbi_ucr_estimated
from safetynlp.stats.importers.london_mps_borough import import_london_mps_borough
from safetynlp.stats.importers.ons_homicide_local import import_ons_homicide_local
from safetynlp.stats.importers.owid_unodc_homicide import import_owid_unodc_homicide
from safetynlp.types import OfficialFigure

Importer = Callable[..., list[OfficialFigure]]

IMPORTERS: dict[str, Importer] = {
    "london-mps-borough": import_london_mps_borough,
    "ons-homicide-local": import_ons_homicide_local,
    "fbi-ucr-estimated": import_fbi_ucr_estimated,
    "owid-unodc-homicide": import_owid_unodc_homicide,
}

__all__ = [
    "IMPORTERS",
    "SkipLog",
    "import_fbi_ucr_estimated",
    "import_london_mps_borough",
    "import_ons_homicide_local",
    "import_owid_unodc_homicide",
]
