"""Personal data: redacted before anything is stored or logged, and deleted after the retention period."""
from bot.privacy.redact import redact, redact_data

__all__ = ["redact", "redact_data"]
