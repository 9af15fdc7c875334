"""Staff passwords: only a salted hash is configured, and only the right password signs in."""
import base64

from bot.settings import Settings
from bot.web.staff import SignInLock, StaffAccounts, hash_password, verify_password


def basic(name, password):
    return "Basic " + base64.b64encode(f"{name}:{password}".encode()).decode()


def test_a_hash_verifies_its_password_only_and_never_contains_it():
    hashed = hash_password("correct horse battery", iterations=1000)
    assert "correct" not in hashed and hashed.startswith("pbkdf2_sha256$1000$")
    assert verify_password("correct horse battery", hashed)
    assert not verify_password("correct horse batterY", hashed)
    assert hash_password("correct horse battery", iterations=1000) != hashed  # salted
    assert not verify_password("x", "not a hash")


def test_clinicians_and_commissioners_sign_in_with_their_roles():
    accounts = StaffAccounts({"dr-khan": hash_password("clinician pass 1", 1000)},
                             {"ccg-lee": hash_password("commissioner pass", 1000)})
    assert accounts.sign_in(basic("dr-khan", "clinician pass 1")).clinician
    lee = accounts.sign_in(basic("ccg-lee", "commissioner pass"))
    assert lee.name == "ccg-lee" and not lee.clinician
    for header in (None, "", basic("dr-khan", "wrong"), basic("nobody", "clinician pass 1"), "Bearer x",
                   "Basic !!!", basic("dr-khan", "")):
        assert accounts.sign_in(header) is None


def test_accounts_are_settings_of_names_and_hashes_never_passwords():
    hashed = hash_password("clinician pass 1", 1000)
    s = Settings.from_env({"BOT_CLINICIANS": f"dr-khan:{hashed}, dr-bell:{hashed}"})
    assert s.clinicians == {"dr-khan": hashed, "dr-bell": hashed} and s.commissioners == {}
    for typed in ("ccg-lee:hunter2", "hunter3 ccg-lee:hunter2"):
        try:
            Settings.from_env({"BOT_COMMISSIONERS": typed})
        except ValueError as exc:
            assert "BOT_COMMISSIONERS" in str(exc) and "hunter" not in str(exc)
        else:
            raise AssertionError("a plain password was accepted")


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_repeated_failed_sign_ins_from_one_client_pause_its_sign_in():
    clock = Clock()
    lock = SignInLock(failures=5, window=15 * 60, lock=15 * 60, clock=clock)
    for _ in range(4):
        assert not lock.failed("203.0.113.5")
        clock.now += 60
    assert lock.locked("203.0.113.5") == 0
    assert lock.failed("203.0.113.5")  # the fifth within 15 minutes
    assert lock.locked("203.0.113.5") == 15 * 60
    assert lock.locked("198.51.100.7") == 0  # another client is not paused
    clock.now += 15 * 60 - 0.5
    assert lock.locked("203.0.113.5") == 1
    clock.now += 0.5
    assert lock.locked("203.0.113.5") == 0
    assert not lock.failed("203.0.113.5")  # counting starts again


def test_failures_spread_wider_than_the_window_never_pause_sign_in():
    clock = Clock()
    lock = SignInLock(failures=5, window=15 * 60, lock=15 * 60, clock=clock)
    for _ in range(20):
        assert not lock.failed("203.0.113.5")
        assert lock.locked("203.0.113.5") == 0
        clock.now += 4 * 60  # the fifth is always more than 15 minutes after the first


def test_only_a_real_account_name_is_repeated_from_a_refused_sign_in():
    accounts = StaffAccounts({"dr-khan": hash_password("clinician pass 1", 1000)}, {})
    assert accounts.account_named(basic("dr-khan", "wrong")) == "dr-khan"
    for header in (basic("my secret password", "x"), "Basic !!!", None, "Bearer x"):
        assert accounts.account_named(header) is None
