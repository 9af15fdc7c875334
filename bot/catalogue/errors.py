"""The one exception the catalogue raises for bad data or configuration."""


class CatalogueError(Exception):
    """A catalogue file is missing or invalid; the message names the file (and entry/line)."""
