"""Export cached incidents, alerts and devices as JSON or CSV, keyed like the APIs."""

from console.export.files import (
    FORMATS,
    ExportError,
    ExportExistsError,
    export_file,
    write_records,
)
from console.export.records import KINDS, export_records
from console.export.writers import write_csv, write_json

__all__ = [
    "FORMATS",
    "KINDS",
    "ExportError",
    "ExportExistsError",
    "export_file",
    "export_records",
    "write_csv",
    "write_json",
    "write_records",
]
