"""Catalogue test fixtures live in catalogue_fixtures.py; this makes them visible to pytest."""

from catalogue_fixtures import extracts, fixture_area, make_catalogue, make_region  # noqa: F401
