"""The start screen: new case, open a case, open the demo case, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartScreen(QWidget):
    """Shown when no case is open."""

    new_case = Signal()
    open_case = Signal()
    open_demo = Signal()
    open_recent = Signal(str)

    def __init__(self, recent: list[str], version: str, parent: QWidget | None = None):
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.addStretch(1)
        title = QLabel("wage-remedy")
        title.setStyleSheet("font-size: 26pt; font-weight: 700;")
        col.addWidget(title)
        sub = QLabel(self.tr("Back pay owed under the minimum wage and sector scales, with legal "
                             "interest, fines and on-the-spot payment documents."))
        sub.setWordWrap(True)
        sub.setStyleSheet("font-size: 11pt; color: palette(dark);")
        col.addWidget(sub)
        col.addSpacing(18)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("startNew")
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setObjectName("startOpen")
        self.demo_button = QPushButton(self.tr("Open the demo case"))
        self.demo_button.setObjectName("startDemo")
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(44)
            b.setMinimumWidth(170)
            b.setStyleSheet("font-size: 11pt;")
            buttons.addWidget(b)
        self.new_button.clicked.connect(self.new_case)
        self.open_button.clicked.connect(self.open_case)
        self.demo_button.clicked.connect(self.open_demo)
        col.addLayout(buttons)
        col.addSpacing(18)
        col.addWidget(QLabel("<b>" + self.tr("Recent cases") + "</b>"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setMinimumWidth(560)
        self.recent.setMaximumHeight(220)
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not recent:
            empty = QListWidgetItem(self.tr("No recent cases yet."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(empty)
        self.recent.itemActivated.connect(self._activated)
        col.addWidget(self.recent)
        col.addSpacing(10)
        foot = QLabel(self.tr("Version {0}. Ctrl+N new case, Ctrl+O open.").format(version))
        foot.setStyleSheet("color: palette(mid);")
        col.addWidget(foot)
        col.addStretch(2)
        outer.addLayout(col)
        outer.addStretch(1)
        self.new_button.setFocus()

    def _activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_recent.emit(str(path))
