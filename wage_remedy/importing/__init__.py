"""Spreadsheet import (CSV, XLSX) into a case: ``read`` (files, sheets, header rows, column
mapping), ``parse`` (dates, times, durations, numbers in a cell), ``plan`` (rows planned as case
edits, checked, previewed, then applied all or nothing). The case itself (model and store) is
``wage_remedy.case``; the app and the CLI reach the importer through ``wage_remedy.api``."""
