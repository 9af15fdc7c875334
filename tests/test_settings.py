"""One settings module reads every environment variable, with one spelling for lists."""
from pathlib import Path

from bot.settings import ROOT, Settings


def test_defaults_keep_everything_on_this_machine():
    s = Settings.from_env({})
    assert (s.host, s.web_host, s.api_token, s.dev) == ("127.0.0.1", "127.0.0.1", None, False)
    assert s.data_dir == ROOT / "data" and s.catalogue_dir == ROOT / "data" / "services"


def test_origins_may_be_separated_by_spaces_or_commas():
    s = Settings.from_env({"BOT_ALLOWED_ORIGINS": "https://a.nhs.uk, https://b.nhs.uk  https://c.nhs.uk"})
    assert s.allowed_origins == ("https://a.nhs.uk", "https://b.nhs.uk", "https://c.nhs.uk")


def test_the_catalogue_follows_the_data_directory_unless_named():
    assert Settings.from_env({"BOT_DATA_DIR": "/x"}).catalogue_dir == Path("/x/services")
    assert Settings.from_env({"BOT_DATA_DIR": "/x", "BOT_CATALOGUE_DIR": "/y"}).catalogue_dir == Path("/y")


def test_pilot_records_share_the_tracker_stores_database_unless_named():
    assert Settings.from_env({}).database_url == f"sqlite:///{ROOT / 'rasa.db'}"
    assert Settings.from_env({"BOT_DATABASE_URL": "postgresql://bot@db/bot"}).database_url == "postgresql://bot@db/bot"
    assert Settings.from_env({"BOT_WEB_PORT": "9000"}).site_url == "http://localhost:9000"


def test_actions_run_in_an_action_server_unless_in_process_is_asked_for():
    assert not Settings.from_env({}).actions_in_process
    assert not Settings.from_env({"BOT_ACTIONS": "server"}).actions_in_process
    assert Settings.from_env({"BOT_ACTIONS": "in-process"}).actions_in_process
