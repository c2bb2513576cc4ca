"""Coloured banners above the case: problems that stop the computation, rate warnings."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QWidget

STYLES = {
    "error": "*[banner=\"true\"] { background: #f8d7da; border: 1px solid #e0a0a6; border-radius: 4px; }",
    "warning": "*[banner=\"true\"] { background: #fff3cd; border: 1px solid #e6cf7a; border-radius: 4px; }",
    "info": "*[banner=\"true\"] { background: #dbeaf7; border: 1px solid #9fc3e3; border-radius: 4px; }",
}
SHOWN = 1  # detail lines shown before "Details": the strip stays short over the workspace
LINES = SHOWN + 3  # headline (two lines when long), the detail lines shown, "… and N more"


def strip_height(widget: QWidget) -> int:
    """The banner strip's constant height: LINES lines of text and the banner's margins. The
    strip keeps it whether banners show or not, so the workspace under it never moves."""
    return LINES * widget.fontMetrics().lineSpacing() + 20


class Banner(QFrame):
    """A one-line summary with details on demand and an optional action button."""

    action = Signal()
    activated = Signal(int)  # a detail line was clicked: its index

    def __init__(self, kind: str, action_text: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("banner")
        self.setProperty("banner", True)  # the style matches this (the window renames the banner)
        self.kind = kind
        self.setStyleSheet(STYLES[kind])
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                           | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.label.linkActivated.connect(self._link)
        self.clickable = False  # detail lines are links (the window jumps to the row)
        # the text scrolls inside the banner (all details shown, a narrow window): the banner
        # keeps the strip's height
        self.text_scroll = QScrollArea()
        self.text_scroll.setObjectName("bannerText")
        self.text_scroll.setWidgetResizable(True)
        self.text_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.text_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        self.text_scroll.setWidget(self.label)
        lay.addWidget(self.text_scroll, 1)
        self.more = QPushButton(self.tr("Details"))
        self.more.setCheckable(True)
        self.more.toggled.connect(self._render)
        lay.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        self.button: QPushButton | None = None
        if action_text:
            self.button = QPushButton(action_text)
            self.button.clicked.connect(self.action)
            lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.headline = ""
        self.details: list[str] = []
        self.hide()

    def set_kind(self, kind: str) -> None:
        """Switch the colour: error, warning or info."""
        if kind != self.kind:
            self.kind = kind
            self.setStyleSheet(STYLES[kind])

    def show_items(self, headline: str, details: list[str]) -> None:
        """Show a headline and its detail lines (hidden when there is nothing to say)."""
        self.headline = headline
        self.details = details
        self.more.setVisible(len(details) > SHOWN)
        self._render()
        self.setVisible(bool(headline))

    def _link(self, href: str) -> None:
        if href.startswith("item:"):
            self.activated.emit(int(href[5:]))

    def _render(self) -> None:
        e = html.escape
        shown = self.details if self.more.isChecked() else self.details[:SHOWN]
        rest = len(self.details) - len(shown)
        text = f"<b>{e(self.headline)}</b>"
        if shown and self.clickable:
            text += "".join(f"<br>&bull;&nbsp;<a href='item:{i}' style='color: #222;'>{e(d)}</a>"
                            for i, d in enumerate(shown))
        elif shown:
            text += "".join(f"<br>&bull;&nbsp;{e(d)}" for d in shown)
        if rest > 0:
            text += "<br><i>" + e(self.tr("… and {0} more").format(rest)) + "</i>"
        self.label.setText(text)
        self.more.setText(self.tr("Less") if self.more.isChecked() else self.tr("Details"))
