"""Undo labels follow a language switch.

An undo command keeps the text it was given, in the language of the moment ("Modifier prestation
3 : Début"). On a switch, ``retranslate`` finds the message it came from in the translation files
(``ui/i18n/wage_remedy_<lang>.ts``; English is the source), reads its arguments back, turns those
that are themselves interface words into the new language, and writes the message in the new
language ("Edit shift 3: Start"). A text that matches no message is left as it is.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET  # noqa: N817 - the usual name
from functools import lru_cache

from PySide6.QtGui import QUndoStack

from wage_remedy_ui.i18n import I18N_DIR

_PLACEHOLDER = re.compile(r"\{(\d+)\}")


@lru_cache(maxsize=8)
def _messages(lang: str) -> tuple[tuple[str, str], ...]:
    """(English source, text in ``lang``) of every finished message of the interface."""
    if lang == "en":
        pairs: set[tuple[str, str]] = set()
        for other in ("fr", "nl", "de"):
            pairs.update((src, src) for src, _t in _messages(other))
        return tuple(sorted(pairs))
    path = I18N_DIR / f"wage_remedy_{lang}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return ()
    out: list[tuple[str, str]] = []
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        text = (tr.text or "") if tr is not None else ""
        if src and text and (tr is None or tr.get("type") not in ("unfinished", "obsolete", "vanished")):
            out.append((src, text))
    return tuple(out)


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[tuple[re.Pattern[str], str, list[int]], ...]:
    """Per message with placeholders: the regex of its text in ``lang``, its source, and the
    order of the placeholders; longest literal text first (the most specific wins)."""
    found = []
    for src, text in _messages(lang):
        order = [int(n) for n in _PLACEHOLDER.findall(text)]
        if not order:
            continue
        parts = _PLACEHOLDER.split(text)
        regex = "".join(re.escape(p) if i % 2 == 0 else "(.+?)" for i, p in enumerate(parts))
        literal = len(_PLACEHOLDER.sub("", text))
        found.append((literal, re.compile(f"^{regex}$", re.DOTALL), src, order))
    found.sort(key=lambda x: -x[0])
    return tuple((rx, src, order) for _lit, rx, src, order in found)


def _word(text: str, old: str, new: str) -> str:
    """A whole interface word or phrase in ``old`` -> the same in ``new`` (else unchanged)."""
    plain = {t: s for s, t in _messages(old) if not _PLACEHOLDER.search(s)}
    src = plain.get(text)
    if src is None:
        return text
    target = dict(_messages(new)).get(src)
    return target if target is not None else src


def retranslate(text: str, old: str, new: str) -> str:
    """``text`` (an interface message in language ``old``) in language ``new``."""
    if old == new or not text:
        return text
    whole = _word(text, old, new)
    if whole != text:
        return whole
    targets = dict(_messages(new))
    for rx, src, order in _patterns(old):
        m = rx.match(text)
        if m is None:
            continue
        args: dict[int, str] = {}
        for n, value in zip(order, m.groups(), strict=False):
            args[n] = _word(value, old, new)
        template = targets.get(src, src) if new != "en" else src
        try:
            return template.format(*[args.get(i, "") for i in range(max(args) + 1)]) if args else template
        except (IndexError, KeyError, ValueError):
            return text
    return text


def retranslate_stack(stack: QUndoStack, old: str, new: str) -> None:
    """Rewrite the texts of every command on ``stack`` from ``old`` to ``new``."""
    for i in range(stack.count()):
        cmd = stack.command(i)
        if cmd is not None:
            cmd.setText(retranslate(cmd.text(), old, new))
