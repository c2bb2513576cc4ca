"""Quick fill: a weekly pattern of shifts over a date range; copy a week to the next weeks."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from wage_remedy.api import is_public_holiday
from wage_remedy_ui.i18n import fmt_date, fmt_hours
from wage_remedy_ui.patterns import weekly_pattern
from wage_remedy_ui.validation import (
    InputError,
    parse_date_text,
    parse_minutes_text,
    parse_time_text,
    worked_minutes,
)
from wage_remedy_ui.widgets.fields import FieldEdit


class QuickFillDialog(QDialog):
    """Mon–Fri 08:00–17:00, 30 min break, from … to …: the shifts it makes are previewed."""

    def __init__(self, jurisdiction: str, first: dt.date, last: dt.date,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Quick fill shifts"))
        self.jurisdiction = jurisdiction
        lay = QVBoxLayout(self)
        form = QFormLayout()
        days_row = QHBoxLayout()
        names = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                 self.tr("Sat"), self.tr("Sun")]
        self.day_boxes: list[QCheckBox] = []
        for i, name in enumerate(names):
            box = QCheckBox(name)
            box.setChecked(i < 5)
            box.toggled.connect(self._update)
            days_row.addWidget(box)
            self.day_boxes.append(box)
        form.addRow(self.tr("Days"), days_row)
        self.start = FieldEdit(parse_time_text)
        self.start.setText("08:00")
        self.end = FieldEdit(parse_time_text)
        self.end.setText("17:00")
        self.brk = FieldEdit(parse_minutes_text)
        self.brk.setText("30")
        self.first = FieldEdit(parse_date_text)
        self.first.setText(fmt_date(first))
        self.last = FieldEdit(parse_date_text)
        self.last.setText(fmt_date(last))
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Break (minutes)"), self.brk)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        for f in (self.start, self.end, self.brk, self.first, self.last):
            f.textChanged.connect(self._update)
        self.skip_holidays = QCheckBox(self.tr("Skip public holidays"))
        self.skip_holidays.setChecked(True)
        self.skip_holidays.toggled.connect(self._update)
        self.replace = QCheckBox(self.tr("Replace shifts already entered on these days"))
        self.replace.setChecked(True)
        form.addRow("", self.skip_holidays)
        form.addRow("", self.replace)
        lay.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        lay.addWidget(self.preview)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self._rows: list[dict[str, Any]] = []
        self._update()
        self.start.setFocus()  # type the hours at once: Start, Tab, End, Tab, break…, Enter
        self.start.selectAll()

    def set_pattern(self, weekdays: set[int], start: str, end: str, brk: str, first: str,
                    last: str) -> None:
        """Fill the form (keyboard-free use and tests)."""
        for i, box in enumerate(self.day_boxes):
            box.setChecked(i in weekdays)
        self.start.setText(start)
        self.end.setText(end)
        self.brk.setText(brk)
        self.first.setText(first)
        self.last.setText(last)

    def rows(self) -> list[dict[str, Any]]:
        """The shifts the pattern makes."""
        return list(self._rows)

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            start = parse_time_text(self.start.text())
            end = parse_time_text(self.end.text())
            brk = parse_minutes_text(self.brk.text())
            first = dt.date.fromisoformat(parse_date_text(self.first.text()))
            last = dt.date.fromisoformat(parse_date_text(self.last.text()))
            if last < first:
                raise InputError(self.tr("'To' is before 'From'"))
            if (last - first).days > 3 * 366:
                raise InputError(self.tr("The range is longer than three years"))
            per_shift = worked_minutes(start, end, brk)
            if per_shift is None:
                raise InputError(self.tr("The break is as long as the shift"))
        except InputError as exc:
            self._rows = []
            self.preview.setText(f"<span style='color:#b03a2e'>{exc}</span>")
            ok.setEnabled(False)
            return
        jur = self.jurisdiction

        def skip(d: dt.date) -> bool:
            return is_public_holiday(jur, d)

        self._rows = weekly_pattern({i for i, b in enumerate(self.day_boxes) if b.isChecked()},
                                    start, end, brk, first, last,
                                    skip if self.skip_holidays.isChecked() else None)
        self.preview.setText(self.tr("{0} shifts of {1} h, {2} h in all").format(
            len(self._rows), fmt_hours(per_shift), fmt_hours(per_shift * len(self._rows))))
        ok.setEnabled(bool(self._rows))


class CopyWeekDialog(QDialog):
    """Copy the shifts of one week to the following weeks."""

    def __init__(self, day: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Copy a week"))
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.day = FieldEdit(parse_date_text)
        self.day.setText(fmt_date(day))
        self.day.set_help(self.tr("Any day of the week to copy (Monday to Sunday)"))
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 60)
        self.weeks.setValue(1)
        self.replace = QCheckBox(self.tr("Replace shifts already entered on the target days"))
        self.replace.setChecked(True)
        form.addRow(self.tr("Week of"), self.day)
        form.addRow(self.tr("Copy to the next … weeks"), self.weeks)
        form.addRow("", self.replace)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def source_day(self) -> dt.date:
        return dt.date.fromisoformat(parse_date_text(self.day.text()))

    def _accept(self) -> None:
        try:
            self.source_day()
        except InputError as exc:
            self.day.setToolTip(str(exc))
            self.day.setFocus()
            return
        self.accept()
