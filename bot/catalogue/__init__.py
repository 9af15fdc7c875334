"""Service catalogue: local NHS services by kind, and the nearest ones for a triage disposition.

Pure Python (no Rasa). Typical use::

    from bot.catalogue import Region
    region = Region.load("data/services")   # Kent and Medway: an area per former CCG
    result = region.services_for("pharmacy", "DA11 0AA")
    if result.ok:
        payload_services = result.services               # contract-shaped dicts
    else:
        ...  # result.status: no_postcode / invalid_postcode / unknown_postcode / out_of_area
"""

from bot.catalogue.area import Area
from bot.catalogue.catalogue import (
    DEFAULT_CATALOGUE_DIR,
    NHS_SERVICE_SEARCH_URL,
    Catalogue,
    Entry,
    ServiceResult,
)
from bot.catalogue.dispositions import DISPOSITION_CODES
from bot.catalogue.errors import CatalogueError
from bot.catalogue.locate import Location, Status
from bot.catalogue.region import Region
from bot.catalogue.schema import KINDS
from bot.postcodes import ParsedPostcode, normalise_postcode, parse_postcode

__all__ = [
    "Area",
    "Catalogue",
    "CatalogueError",
    "DEFAULT_CATALOGUE_DIR",
    "DISPOSITION_CODES",
    "Entry",
    "KINDS",
    "Location",
    "NHS_SERVICE_SEARCH_URL",
    "ParsedPostcode",
    "Region",
    "ServiceResult",
    "Status",
    "normalise_postcode",
    "parse_postcode",
]
