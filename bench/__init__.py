"""Side-by-side benchmark: this bot against a stock `rasa init` bot (`python -m bench`)."""
