"""Staff passwords: only a salted hash is configured, and only the right password signs in."""
import base64

from bot.settings import Settings
from bot.web.staff import StaffAccounts, hash_password, verify_password


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
