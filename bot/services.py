"""Services near the patient for the conversation, from the Kent and Medway catalogue (the nearest
whichever area holds them), with a kind note (area-independent advice) whenever the postcode
cannot be used."""
from __future__ import annotations

from collections.abc import Mapping

from bot.catalogue.locate import Status
from bot.catalogue.region import Region
from bot.datafiles import DataFileError


class CatalogueServices:
    """The conversation's ServiceFinder over a Region (or one area's catalogue as a region of one)."""

    def __init__(self, region: Region, phrases: dict[str, str], limit: int = 3):
        self.region = region
        self.phrases = phrases
        self.limit = limit

    def _note(self, status: Status, postcode: str | None) -> str | None:
        if status is Status.OK or not postcode:
            return None
        if status is Status.OUT_OF_AREA:
            return self.phrases["service_none"]
        return self.phrases["service_unknown_postcode"]

    def code_for_place(self, text: str) -> str | None:
        """The district of a town or village of the region told instead of a postcode, or None."""
        return self.region.locator.code_for_place(text)

    def recognises(self, postcode: str) -> bool:
        """True when the postcode names a real district (in the region or not)."""
        return self.region.locate(postcode).status in (Status.OK, Status.OUT_OF_AREA)

    def for_disposition(self, code: str, postcode: str | None, service: str | None = None
                        ) -> tuple[list[dict], str | None]:
        """The disposition's services near the postcode, the named ``service`` (``podiatry``) first."""
        result = self.region.services_for(code, postcode or None, self.limit, service)
        return result.services, self._note(result.status, postcode)

    def for_kind(self, kind: str, postcode: str | None) -> tuple[list[dict], str | None]:
        location = self.region.locate(postcode or None)
        if location.status is not Status.OK:
            return [], self._note(location.status, postcode) or self.phrases["service_none"]
        assert location.point is not None  # the locator sets a point for every "ok" location
        picked = self.region.nearest((kind,), location.point, self.limit, self.region.home(location))
        return [entry.to_service(distance) for entry, distance in picked], None


def check_services(region: Region, named: Mapping[str, Mapping[str, str]]) -> None:
    """Every catalogue entry of a named service names one its disposition knows (``named``: each
    triage disposition's services), else DataFileError naming the entry and its file."""
    known = {tag for services in named.values() for tag in services}
    for entry in region.entries:
        if entry.service and entry.service not in known:
            raise DataFileError(f"{entry.file}: entry {entry.id!r}: unknown service {entry.service!r} "
                                f"(known: {', '.join(sorted(known))})")
