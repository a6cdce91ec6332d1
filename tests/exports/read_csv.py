"""Reads the CSV export zip with Python's csv module (RFC 4180) and prints the three tables as JSON lists of dicts."""
import csv
import io
import json
import sys
import zipfile

with zipfile.ZipFile(sys.argv[1]) as archive:
    tables = {}
    for name in archive.namelist():
        with archive.open(name) as raw:
            text = io.TextIOWrapper(raw, encoding="utf-8", newline="")
            tables[name] = list(csv.DictReader(text))
print(json.dumps(tables))
