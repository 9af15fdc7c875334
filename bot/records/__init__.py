"""Pilot records: one audit record per disposition, the staff who may read them, and the reports.

The clinical core never writes here: the Rasa action adapter (actions/actions.py) hands each new
decision to `bot.records.pilot`, which writes it in the background, so a slow or broken database
never delays or stops the patient's advice. Nothing in a record is free text: codes, bands, the
postcode district and the reference number the patient can quote (`bot.records.reference`).
Importing this package is cheap (the conversation imports the reference module).
"""
