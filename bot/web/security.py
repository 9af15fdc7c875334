"""Security headers for the website: Content Security Policy and friends, and CORS for the widget.

Every response gets the headers from :func:`security_headers`. Pages never contain inline script
(all JavaScript lives in files), so the policy needs neither 'unsafe-inline' nor 'unsafe-eval' for
scripts. The only relaxation is on the Rasa web client demo page (``third_party_client=True``):
``style-src 'unsafe-inline'`` and ``font-src data:``, because that third-party bundle injects
``<style>`` elements and data: URI fonts at run time.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = [
    "origin_of",
    "websocket_origin",
    "content_security_policy",
    "security_headers",
    "cors_headers",
    "normalise_origins",
]


def origin_of(url: str) -> str:
    """``scheme://host[:port]`` of a URL (no path), lower-cased scheme and host.

    Raises ValueError when the URL is not an absolute http(s) URL.
    """
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    origin = f"{parts.scheme.lower()}://{host}"
    if parts.port is not None:
        origin += f":{parts.port}"
    return origin


def websocket_origin(url: str) -> str:
    """The ws:// or wss:// origin matching an http(s) URL (socket.io upgrades to a WebSocket)."""
    origin = origin_of(url)
    return ("wss" + origin[5:]) if origin.startswith("https") else ("ws" + origin[4:])


def content_security_policy(bot_url: str, *, third_party_client: bool = False) -> str:
    """The Content-Security-Policy header value for pages that talk to ``bot_url``."""
    connect = ["'self'", origin_of(bot_url), websocket_origin(bot_url)]
    style = ["'self'"] + (["'unsafe-inline'"] if third_party_client else [])
    font = ["'self'"] + (["data:"] if third_party_client else [])
    directives = [
        ("default-src", ["'self'"]),
        ("script-src", ["'self'"]),
        ("style-src", style),
        ("img-src", ["'self'", "data:"]),
        ("font-src", font),
        ("connect-src", connect),
        ("object-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
        ("frame-ancestors", ["'self'"]),
    ]
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives)


def security_headers(csp: str) -> dict[str, str]:
    """Headers added to every response."""
    return {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
        "X-Frame-Options": "SAMEORIGIN",
        "Permissions-Policy": "geolocation=(), camera=(), microphone=(), payment=()",
        "Cross-Origin-Opener-Policy": "same-origin",
        # Ignored by browsers over plain http; effective once served over TLS.
        "Strict-Transport-Security": "max-age=31536000",
    }


def normalise_origins(origins: list[str] | tuple[str, ...] | None) -> list[str]:
    """Clean the configured allowed origins: split commas, drop blanks and paths, keep ``*``."""
    result: list[str] = []
    for item in origins or []:
        for raw in str(item).split(","):
            raw = raw.strip()
            if not raw:
                continue
            value = "*" if raw == "*" else origin_of(raw)
            if value not in result:
                result.append(value)
    return result


def cors_headers(request_origin: str | None, allowed_origins: list[str]) -> dict[str, str]:
    """CORS headers for a widget asset requested from ``request_origin``.

    The origin is echoed back only when it is in ``allowed_origins`` (or ``*`` is configured);
    ``Vary: Origin`` is always sent so caches keep per-origin answers apart.
    """
    headers = {"Vary": "Origin"}
    if not request_origin:
        return headers
    try:
        origin = origin_of(request_origin)
    except ValueError:
        return headers
    if "*" in allowed_origins or origin in allowed_origins:
        headers["Access-Control-Allow-Origin"] = request_origin.strip()
        headers["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        headers["Access-Control-Max-Age"] = "600"
    return headers
