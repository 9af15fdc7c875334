"""Staff sign-in for the pilot pages: HTTP Basic authentication against configured accounts.

Accounts are settings (BOT_CLINICIANS, BOT_COMMISSIONERS: `name:pbkdf2_sha256$...`), made with
`bot hash-password NAME`; no password is stored, only its salted PBKDF2-SHA256 hash. Clinicians
may look up a case by its reference and see the reports; commissioners see the reports only.
Serve the website over TLS (a reverse proxy) before staff sign in: Basic authentication sends the
password with every request.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets
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

    def sign_in(self, authorization: str | None) -> Staff | None:
        """The staff member an `Authorization: Basic ...` header names, if the password is right."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme.lower() != "basic" or not token:
            return None
        try:
            name, sep, password = base64.b64decode(token.strip(), validate=True).decode("utf-8").partition(":")
        except (ValueError, binascii.Error, UnicodeDecodeError):
            return None
        account = self.accounts.get(name) if sep else None
        if account is None:
            verify_password(password, self._dummy)  # the same time whether or not the name exists
            return None
        hashed, role = account
        return Staff(name, role) if self._check(password, hashed) else None
