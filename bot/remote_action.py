"""Rasa 3.6 checks each reply of the action server with `jsonschema.validate`, which first checks
the (constant) schema itself against the meta-schema: about 50 ms of every turn, half of it (see
docs/performance.md). Here the validator is built once and Rasa's check uses it: the same schema,
the same best-match error, the same message. Installed when the Rasa server loads the channels."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from jsonschema import ValidationError
from jsonschema.exceptions import best_match
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_action_result(self: RemoteAction, result: dict[str, Any]) -> bool:
    error: ValidationError | None = best_match(_validator().iter_errors(result))
    if error is not None:
        error.message += (". Failed to validate Action server response from API, make sure your response "
                          f"from the Action endpoint is valid. For more information about the format visit "
                          f"{DOCS_BASE_URL}/custom-actions")
        raise error
    return True


def install() -> None:
    RemoteAction._validate_action_result = validate_action_result
