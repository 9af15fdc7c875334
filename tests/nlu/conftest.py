"""Shared settings for the NLU data and intent-quality tests."""


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "slow: takes more than a minute (trains several models); still runs in CI",
    )
