"""The NHS signposting bot's website and embeddable chat widget (Sanic).

``create_app(bot_url, allowed_origins)`` builds the app; ``python -m bot.web`` runs it.
"""

from .app import create_app

__all__ = ["create_app"]
