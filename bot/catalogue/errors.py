"""The one exception the catalogue raises for bad data or configuration."""
from bot.datafiles import DataFileError


class CatalogueError(DataFileError):
    """A catalogue file is missing or invalid; the message names the file (and entry/line)."""
