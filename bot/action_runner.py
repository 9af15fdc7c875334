"""Custom actions run inside the Rasa server when its action endpoint's url is `inprocess:`.

Rasa 3.6 posts the whole tracker to an action server for every custom action, opening a new HTTP
session each time. With `BOT_ACTIONS=in-process` the Rasa SDK's executor is called in this process
instead: no connection, no JSON round trip, one process fewer (docs/performance.md). The action
runs on a worker thread (one action at a time), so a slow action never blocks the event loop and the channel's turn
deadline still gives the patient safe advice. Rasa handles the reply exactly as an action server's:
a rejected action is a 400, a missing one a 404. Installed when the Rasa server loads the channels.
"""
from __future__ import annotations

import asyncio
import json
import os
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from typing import Any

from rasa.utils.endpoints import ClientResponseError, EndpointConfig

from bot.settings import Settings

INPROCESS_URL = "inprocess:"
_http_request = EndpointConfig.request


@lru_cache(maxsize=1)
def _executor() -> Any:
    from rasa_sdk.executor import ActionExecutor

    executor = ActionExecutor()
    executor.register_package("actions")
    return executor


@lru_cache(maxsize=1)
def _threads() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="bot-action")  # one at a time, as the action server


def run_action(action_call: dict[str, Any]) -> dict[str, Any] | None:
    """One action call, as the action server's webhook answers it (raises ClientResponseError)."""
    from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException

    try:
        return asyncio.run(_executor().run(action_call))
    except ActionExecutionRejection as e:
        raise ClientResponseError(400, "Bad Request", json.dumps({"action_name": e.action_name, "error": e.message})) from e
    except ActionNotFoundException as e:
        raise ClientResponseError(404, "Not Found", json.dumps({"action_name": e.action_name, "error": e.message})) from e


async def request(self: EndpointConfig, method: str = "post", subpath: str | None = None,
                  content_type: str | None = "application/json", compress: bool = False, **kwargs: Any) -> Any:
    if self.url != INPROCESS_URL:
        return await _http_request(self, method, subpath, content_type, compress, **kwargs)
    return await asyncio.get_running_loop().run_in_executor(_threads(), run_action, kwargs["json"])


def install() -> None:
    EndpointConfig.request = request
    # read afresh, not through the cached settings(): this runs when the channels are imported,
    # before a process that imports them may have set its environment
    if Settings.from_env(os.environ).actions_in_process:
        _executor()  # the actions and the bot's data load now, before Rasa says it is ready
