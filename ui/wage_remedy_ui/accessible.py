"""Accessible names for every field and table (screen readers, and Alt+letter through buddies).

``name_fields(root)`` gives each input the text of the label beside it (grid and form layouts),
makes that label its buddy, and names each table after the tab or group it sits in. Names already
set are kept.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QTabWidget,
    QWidget,
)

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)


def _plain(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).replace("&", "").strip().rstrip(":")


def _name(widget: QWidget, label: QLabel) -> None:
    text = _plain(label.text())
    if text and not widget.accessibleName():
        widget.setAccessibleName(text)
    if label.buddy() is None:
        label.setBuddy(widget)


def _walk(layout: QLayout) -> None:
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            lw = label.widget() if label is not None else None
            fw = field.widget() if field is not None else None
            if isinstance(lw, QLabel) and isinstance(fw, INPUTS):
                _name(fw, lw)
    elif isinstance(layout, QGridLayout):
        cells: dict[tuple[int, int], QWidget] = {}
        for i in range(layout.count()):
            item = layout.itemAt(i)
            w = item.widget() if item is not None else None
            if w is not None:
                pos: Any = layout.getItemPosition(i)  # (row, column, row span, column span)
                cells[(int(pos[0]), int(pos[1]))] = w
        for (r, c), w in cells.items():
            nxt = cells.get((r, c + 1))
            if isinstance(w, QLabel) and isinstance(nxt, INPUTS):
                _name(nxt, w)
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            _walk(child)


def _container_title(widget: QWidget) -> str:
    """The tab or group box a widget sits in."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return _plain(parent.title())
        if isinstance(parent, QTabWidget):
            i = parent.indexOf(child)
            if i >= 0:
                return _plain(parent.tabText(i))
        stack_parent = parent.parentWidget()
        if isinstance(stack_parent, QTabWidget):
            i = stack_parent.indexOf(child)
            if i >= 0:
                return _plain(stack_parent.tabText(i))
        child, parent = parent, parent.parentWidget()
    return ""


def name_fields(root: QWidget) -> int:
    """Name every unnamed input under ``root``; the number of widgets named."""
    before = {id(w) for w in root.findChildren(QWidget) if w.accessibleName()}
    for w in [root, *root.findChildren(QWidget)]:
        lay = w.layout()
        if lay is not None:
            _walk(lay)
    for w in root.findChildren(QWidget):
        if w.accessibleName() or not isinstance(w, INPUTS) or isinstance(w, (QAbstractButton, QHeaderView)):
            continue
        if isinstance(w, QLineEdit) and isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the line edit inside an editable list: the list carries the name
        title = _container_title(w)
        if not title and w.objectName():
            title = re.sub(r"(?<!^)(?=[A-Z])", " ", w.objectName()).replace("_", " ").lower()
        if title:
            w.setAccessibleName(title)
    return len({id(w) for w in root.findChildren(QWidget) if w.accessibleName()} - before)
