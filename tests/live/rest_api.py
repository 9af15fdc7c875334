"""Talking to a running bot's REST channel from the live tests."""
import json
import urllib.error
import urllib.request
import uuid


def post(stack, body: bytes) -> tuple[int, list]:
    """POST a raw body to the REST channel: (status, the replies), refusals included."""
    req = urllib.request.Request(stack.rasa_url + "/webhooks/rest/webhook", data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as refused:
        return refused.code, json.loads(refused.read())


def say(stack, sender, message) -> tuple[int, list]:
    return post(stack, json.dumps({"sender": sender, "message": message}).encode())


def texts(replies: list) -> str:
    return " ".join(m.get("text") or "" for m in replies)


def new_sender(prefix: str = "test") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:12]}"
