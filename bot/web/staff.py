"""Staff sign-in for the pilot pages: HTTP Basic authentication against configured accounts.

Accounts are settings (BOT_CLINICIANS, BOT_COMMISSIONERS: `name:pbkdf2_sha256$...`), made with
`bot hash-password NAME`; no password is stored, only its salted PBKDF2-SHA256 hash. Clinicians
may look up a case by its reference and see the reports; commissioners see the reports only.
Serve the website over TLS (a reverse proxy) before staff sign in: Basic authentication sends the
password with every request. After repeated failed sign-ins from one client address, that address
may not sign in for a while (:class:`SignInLock`, settings BOT_SIGNIN_*).
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import math
import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 310_000  # OWASP's figure for PBKDF2-HMAC-SHA256
CLINICIAN, COMMISSIONER = "clinician", "commissioner"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str, iterations: int = ITERATIONS, salt: bytes | None = None) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt, iterations)
    return f"{ALGORITHM}${iterations}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, hashed: str) -> bool:
    try:
        algorithm, iterations, salt, digest = hashed.split("$")
        if algorithm != ALGORITHM:
            return False
        given = hashlib.pbkdf2_hmac("sha256", password.encode(), _unb64(salt), int(iterations))
        return hmac.compare_digest(given, _unb64(digest))
    except (ValueError, binascii.Error):
        return False


@dataclass(frozen=True)
class Staff:
    name: str
    role: str

    @property
    def clinician(self) -> bool:
        return self.role == CLINICIAN


class StaffAccounts:
    def __init__(self, clinicians: dict[str, str], commissioners: dict[str, str]):
        self.accounts = {name: (hashed, COMMISSIONER) for name, hashed in commissioners.items()}
        self.accounts.update({name: (hashed, CLINICIAN) for name, hashed in clinicians.items()})
        self._dummy = hash_password(secrets.token_urlsafe(16))
        self._verified: set[str] = set()  # digests of (hash, password) pairs already checked: one PBKDF2 each

    def __bool__(self) -> bool:
        return bool(self.accounts)

    def _check(self, password: str, hashed: str) -> bool:
        key = hashlib.sha256(f"{hashed}\0{password}".encode()).hexdigest()
        if key in self._verified:
            return True
        if not verify_password(password, hashed):
            return False
        if len(self._verified) > 1000:
            self._verified.clear()
        self._verified.add(key)
        return True

    @staticmethod
    def _credentials(authorization: str | None) -> tuple[str, str] | None:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "basic" or not token:
            return None
        try:
            name, sep, password = base64.b64decode(token.strip(), validate=True).decode("utf-8").partition(":")
        except (ValueError, binascii.Error, UnicodeDecodeError):
            return None
        return (name, password) if sep else None

    def account_named(self, authorization: str | None) -> str | None:
        """The account an `Authorization` header names, when there is one by that name (a name
        that is not an account is never repeated: it may be a password typed in the wrong box)."""
        credentials = self._credentials(authorization)
        return credentials[0] if credentials and credentials[0] in self.accounts else None

    def sign_in(self, authorization: str | None) -> Staff | None:
        """The staff member an `Authorization: Basic ...` header names, if the password is right."""
        credentials = self._credentials(authorization)
        if credentials is None:
            return None
        name, password = credentials
        account = self.accounts.get(name)
        if account is None:
            verify_password(password, self._dummy)  # the same time whether or not the name exists
            return None
        hashed, role = account
        return Staff(name, role) if self._check(password, hashed) else None


class SignInLock:
    """After `failures` failed sign-ins from one client address within `window` seconds, that
    address may not sign in for `lock` seconds (the password is not even checked). In memory: the
    website runs as one process, and a restart forgets the failures."""

    def __init__(self, failures: int, window: float, lock: float, clock: Callable[[], float] = time.monotonic):
        self.failures, self.window, self.lock, self.clock = failures, window, lock, clock
        self._failed: defaultdict[str, deque[float]] = defaultdict(deque)
        self._until: dict[str, float] = {}

    def locked(self, client: str) -> int:
        """Whole seconds until `client` may sign in again (0: it may now)."""
        until = self._until.get(client)
        if until is None:
            return 0
        left = until - self.clock()
        if left <= 0:
            del self._until[client]
            return 0
        return math.ceil(left)

    def failed(self, client: str) -> bool:
        """Count a failed sign-in from `client`; True when it locks the client out."""
        now = self.clock()
        failed = self._failed[client]
        while failed and now - failed[0] > self.window:
            failed.popleft()
        failed.append(now)
        if len(failed) >= self.failures:
            del self._failed[client]
            self._until[client] = now + self.lock
            return True
        if len(self._failed) + len(self._until) > 10_000:  # forget clients with no recent failure or lock
            for key in [k for k, q in self._failed.items() if not q or now - q[-1] > self.window]:
                del self._failed[key]
            for key in [k for k, until in self._until.items() if until <= now]:
                del self._until[key]
        return False
