"""Importers and exporters, one module per format, sharing the report and safety helpers here."""
