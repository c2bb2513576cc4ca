"""Strings of Qt's own dialogs that the ``qtbase_<lang>.qm`` shipped with PySide6 does not
translate (Qt 6 added mnemonics to them): listed here so that ``pyside6-lupdate`` keeps them in
``wage_remedy_<lang>.ts`` under Qt's context, where Qt looks them up (trial s40: "Look in",
"Files of type" in English in a French save dialog). Never called."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def qt_strings() -> list[str]:
    """The Qt dialog texts translated by this application's catalogue."""
    translate = QCoreApplication.translate
    return [
        translate("QFileDialog", "&Look in:"),
        translate("QFileDialog", "Files of &type:"),
    ]
