"""Rasa input channels that guard the door: every message is checked before Rasa reads it, and every
request gets a non-empty, safe reply (`guard` holds the checks; `rest` and `socketio` the channels)."""

from bot import action_runner, remote_action

remote_action.install()  # Rasa loads the channels at start: its check of each action reply, compiled once
action_runner.install()  # and an action endpoint `inprocess:` runs the actions in Rasa's own process
