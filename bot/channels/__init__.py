"""Rasa input channels that guard the door: every message is checked before Rasa reads it, and every
request gets a non-empty, safe reply (`guard` holds the checks; `rest` and `socketio` the channels)."""
