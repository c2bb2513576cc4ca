"""Labels and check boxes whose text wraps: a form fits a narrow pane in every language instead of
scrolling sideways or cutting its words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLayout, QWidget


class _ClickLabel(QLabel):
    """A check box's wrapped text: a click on it toggles the box, as a click on its text would."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt name
        if event.button() == Qt.MouseButton.LeftButton and self.box.isEnabled():
            self.box.click()
        super().mouseReleaseEvent(event)


def wrapping_check(box: QCheckBox) -> QWidget:
    """A row showing ``box`` with its text wrapped beside it (the box keeps the text as its
    accessible name and tooltip stays on the box); put the row in the layout instead of the box."""
    text = box.text()
    box.setText("")
    box.setAccessibleName(text.replace("&", ""))
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    label = _ClickLabel(text, box)
    label.setObjectName(box.objectName() + "_text")
    label.setToolTip(box.toolTip())
    lay.addWidget(label, 1)
    return row


def wrap_labels(widget: QWidget | QLayout) -> None:
    """Let every label under ``widget`` wrap its words instead of widening (or being cut)."""
    host = widget if isinstance(widget, QWidget) else widget.parentWidget()
    if host is None:
        return
    for label in host.findChildren(QLabel):
        label.setWordWrap(True)
