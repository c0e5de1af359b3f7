"""Printing to PDF with Qt's own writer: ``pdf.write_pdf`` lays out HTML (or a ``blocks.Document``)
on A4 or Letter pages with the app's embedded fonts and writes the file atomically."""
