"""Where a word too long for its column may be broken with a hyphen: German and Dutch compounds
("Anspruchsposten", "Referteperiode") are wider than a column of figures.

A soft hyphen (U+00AD) in the text marks where a word may break, and only there (the translation
decides). A word without one is broken by syllable rules, each break ranked:

- 0, sure: before a consonant standing alone between vowels ("Ge-zahlt"), before the last of
  several ("Geschul-det"), after a linking "s" ("Anspruchs-posten", "Bezugs-zeitraum"), before
  "st" or "sp" after "n", "r" or "l" ("Über-stunden") or after "st" ("Mindest-stunden"), after
  "ngs" before a vowel ("Zahlungs-auftrag"); "sch", "ch", "ck", "ph" and "qu" count as one
  consonant; after a hyphen already in the word (nothing added);
- 1, doubtful: before or after the "s" of "ts", "chs" before a vowel ("Arbeits-amt", "Rät-sel"),
  before a consonant followed by "r" or "l" that may start a syllable ("Ver-trag", "An-spruch",
  "Jahresend-prämie"), after an "s" following "r" or "l" ("Eindejaars-premie" but
  "Vers-prechen"), before an "s" alone between vowels ("Jahre-sende" for "Jahres-ende");
- 2, poor: the other break of such a pair ("Zeit-raum" is right, "Jahresendp-rämie" is not).

A word keeps at least ``LEFT`` letters before a break and ``RIGHT`` after it; a word shorter than
``SHORTEST`` letters is broken only at its soft hyphens. Without a word list no rule finds the
parts of every compound: the widgets use the sure breaks first and the others only when the
column is still too narrow (docs/architecture.md, front end).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QFont, QFontMetrics

SHY = "\u00ad"  # soft hyphen: a break the text allows, shown as a hyphen only at a line's end
HYPHEN = "-"
VOWELS = frozenset("aeiouyäöüàâáåéèêëíìîïóòôõúùûœæø")
GROUPS = ("sch", "ch", "ck", "ph", "qu")  # letters that count as one consonant
ONSET = frozenset(("b", "c", "d", "f", "g", "k", "p", "t", "v", "w", "ch", "sch", "ph"))  # + r/l
LEFT, RIGHT = 2, 3  # letters kept before and after a break
SHORT_PIECE = 3  # letters of a piece that reads poorly ("Jah-"), used only when no other fits
SHORTEST = 8  # letters of the shortest word the rules break ("Stun-den" looks worse than cut off)
WORST = 2  # the poorest rank
SPACES = re.compile(r"[ \t\r\n]+")  # where text breaks; not at a no-break space


def words(text: str) -> list[str]:
    """The words of ``text``: split at spaces and line ends, never at a no-break space."""
    return [w for w in SPACES.split(text) if w]


@dataclass(frozen=True)
class Break:
    """A place ``at`` (an index into the word without soft hyphens) where the word may break;
    ``hyphen``: a hyphen is shown at the line's end (not after a hyphen already there)."""

    at: int
    rank: int
    hyphen: bool = True


def _units(run: str) -> list[tuple[int, str]]:
    """The letters of ``run`` as (index, lower-case unit), consonant groups as one unit."""
    low = run.lower()
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(low):
        unit = next((g for g in GROUPS if low.startswith(g, i)), low[i])
        out.append((i, unit))
        i += len(unit)
    return out


def _cluster_breaks(units: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Ranked breaks (index, rank) in the consonants ``units`` standing between two vowels."""
    names = [u for _i, u in units]
    if len(units) == 1:
        return [(units[0][0], 1 if names[0] == "s" else 0)]
    if names[-1] in ("t", "p") and names[-2] == "s" and (
            len(units) == 3 and names[0] in ("r", "l", "n") or names[-4:-2] == ["s", "t"]):
        return [(units[-2][0], 0)]  # "Über-stunden", "Ein-stellung", "Mindest-stunden"
    after_s = units[-1][0] + 1
    if names[-1] == "s" and names[-3:-1] == ["n", "g"]:
        return [(after_s, 0)]  # "Zahlungs-auftrag", "Wohnungs-amt"
    if names[-1] == "s" and names[-2] in ("t", "ch", "ck"):
        return [(after_s, 1), (units[-1][0], 1)]  # "Arbeits-amt" but "Rät-sel", "Wech-sel"
    out: list[tuple[int, int]] = []
    for j in range(1, len(units) - 1):  # a linking "s" after a stem: "Anspruchs-posten"
        if names[j] == "s" and names[j - 1] not in ("n", "s"):
            if names[j - 1] not in ("r", "l"):
                return [(units[j + 1][0], 0)]
            out.append((units[j + 1][0], 1))  # "jaars-premie", but "Ver-sprechen"
            break
    if names[-1] in ("r", "l") and names[-2] in ONSET:  # "Ver-trag" or "Zeit-raum"
        first = -3 if len(units) >= 3 and names[-3] == "s" else -2  # "An-spruch"
        out += [(units[first][0], 1), (units[-1][0], 2)]
    else:
        out.append((units[-1][0], 0))
    return [(i, min(r for j, r in out if j == i)) for i in sorted({i for i, _r in out})]


def _run_breaks(run: str) -> list[tuple[int, int]]:
    """Ranked breaks (index, rank) inside a run of letters, by the syllable rules above."""
    if len(run) < SHORTEST:
        return []
    units = _units(run)
    vowel = [u in VOWELS for _i, u in units]
    out: list[tuple[int, int]] = []
    k = 0
    while k < len(units):
        end = k + 1
        if not vowel[k]:
            while end < len(units) and not vowel[end]:
                end += 1
            if k > 0 and end < len(units):  # consonants between two vowels
                out += _cluster_breaks(units[k:end])
        k = end
    return [(i, r) for i, r in out if i >= LEFT and len(run) - i >= RIGHT]


@lru_cache(maxsize=4096)
def breaks(word: str) -> tuple[str, tuple[Break, ...]]:
    """The word without soft hyphens, and where it may break (ordered by place)."""
    clean = word.replace(SHY, "")
    if SHY in word:
        at, found = 0, []
        for part in word.split(SHY)[:-1]:
            at += len(part)
            found.append(Break(at, 0))
        return clean, tuple(b for b in found if 0 < b.at < len(clean))
    found = [Break(i + 1, 0, False) for i, ch in enumerate(clean[:-1])
             if ch in "-/" and i > 0 and clean[i + 1].isalpha()]
    start = None
    for i, ch in enumerate(clean + " "):
        if ch.isalpha():
            start = i if start is None else start
        elif start is not None:
            found += [Break(start + j, r) for j, r in _run_breaks(clean[start:i])]
            start = None
    return clean, tuple(sorted(found, key=lambda b: b.at))


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def piece(clean: str, start: int, brk: Break | None) -> str:
    """The part of ``clean`` from ``start`` up to the break (to the end when None), as shown."""
    if brk is None:
        return clean[start:]
    return clean[start:brk.at] + (HYPHEN if brk.hyphen else "")


def split_word(word: str, fm: QFontMetrics, width: int, rank: int = WORST,
               first: int | None = None) -> list[Break]:
    """The breaks that fit ``word`` into pieces no wider than ``width`` (the first piece no wider
    than ``first`` when given: the room left on a line), using breaks ranked ``rank`` or better,
    each piece as long as fits, none of ``SHORT_PIECE`` letters or fewer where can be. A piece
    that no break makes narrow enough stays too wide; when no break at all fits in ``first``,
    the result starts with ``Break(0, 0)`` (a new line)."""
    clean, found = breaks(word)
    allowed = [b for b in found if b.rank <= rank]
    chosen: list[Break] = []
    start, room = 0, width if first is None else first
    while fm.horizontalAdvance(clean[start:]) > room:
        later = [b for b in allowed if b.at > start]
        fits = [b for b in later if fm.horizontalAdvance(piece(clean, start, b)) <= room]
        if not fits and room < width and start == 0:
            chosen.append(Break(0, 0, False))  # nothing fits beside the line's text: a new line
            room = width
            continue
        if not later:
            break
        fair = [b for b in fits if _letters(clean[start:b.at]) > SHORT_PIECE < _letters(clean[b.at:])]
        brk = (fair or fits)[-1] if fits else later[0]
        chosen.append(brk)
        start, room = brk.at, width
    return chosen


def word_pieces(word: str, fm: QFontMetrics, width: int, rank: int = WORST) -> list[str]:
    """``word`` as the pieces ``split_word`` makes of it (hyphens shown)."""
    clean, _found = breaks(word)
    chosen = [b for b in split_word(word, fm, width, rank) if b.at > 0]
    starts = [0] + [b.at for b in chosen]
    return [piece(clean, s, b) for s, b in zip(starts, [*chosen, None], strict=True)]


def wrap_text(text: str, fm: QFontMetrics, width: int, rank: int = -1) -> list[str]:
    """``text`` broken at its spaces into the fewest lines no wider than ``width`` (greedy); a
    word wider than ``width`` broken at its breaks ranked ``rank`` or better (-1: none; it then
    stands alone on its line), its first piece beside the line's text when it fits."""
    lines: list[str] = []
    for word in words(text):
        clean = word.replace(SHY, "")
        if lines and fm.horizontalAdvance(lines[-1] + " " + clean) <= width:
            lines[-1] += " " + clean
            continue
        if rank < 0 or fm.horizontalAdvance(clean) <= width:
            lines.append(clean)
            continue
        first = width - fm.horizontalAdvance(lines[-1] + " ") if lines else None
        chosen = split_word(word, fm, width, rank, first)
        start = 0
        for i, brk in enumerate([*chosen, None]):
            if brk is not None and brk.at == 0:
                continue
            part = piece(clean, start, brk)
            if i == 0 and lines and first is not None:
                lines[-1] += " " + part
            else:
                lines.append(part)
            start = brk.at if brk is not None else start
    return lines or [""]


@lru_cache(maxsize=4096)
def _narrowest(text: str, font: str, lines: int, rank: int) -> int:
    qfont = QFont()
    qfont.fromString(font)
    fm = QFontMetrics(qfont)

    def fits(width: int) -> bool:
        shown = wrap_text(text, fm, width, rank)
        return len(shown) <= lines and all(fm.horizontalAdvance(s) <= width for s in shown)

    high = fm.horizontalAdvance(" ".join(words(text.replace(SHY, ""))))
    low = 1
    while low < high:  # the greedy lines grow fewer as the width grows
        mid = (low + high) // 2
        if fits(mid):
            high = mid
        else:
            low = mid + 1
    return low


def narrowest(text: str, font: QFont, lines: int, rank: int) -> int:
    """The narrowest text width showing ``text`` whole on at most ``lines`` lines, its long words
    broken at breaks ranked ``rank`` or better (-1: at spaces only)."""
    return _narrowest(text, font.toString(), lines, rank) if text.strip() else 0


def soft_hyphens(text: str, font: QFont, width: int) -> str:
    """``text`` with a soft hyphen where each word wider than ``width`` breaks (the fewest
    pieces, the best ranks, each piece as long as fits, as a paragraph is hyphenated: the
    compound's last part often stands alone, "Vakantie-geld"): a wrapping text layout breaks it
    there, showing a hyphen (draw it with ``no_ligatures``: Qt breaks no ligature, the "ff" of
    "Zahlungsauf-forderung")."""
    if SHY in text:
        return text  # the text says where its words break
    fm = QFontMetrics(font)
    out = []
    for word in text.split(" "):
        if fm.horizontalAdvance(word) > width:
            clean, _found = breaks(word)
            chosen = [b for b in _best_split(word, fm, width) if b.hyphen]  # after a "-" Qt breaks
            if chosen:
                start, parts = 0, []
                for brk in chosen:
                    parts.append(clean[start:brk.at])
                    start = brk.at
                parts.append(clean[start:])
                word = SHY.join(parts)
        out.append(word)
    return " ".join(out)


def no_ligatures(font: QFont) -> QFont:
    """``font`` without ligatures where Qt can say so (6.7 and later): a soft hyphen between two
    letters drawn as one glyph would not break."""
    if not hasattr(font, "setFeature"):
        return font
    plain = QFont(font)
    plain.setFeature(QFont.Tag("liga"), 0)
    return plain


def _best_split(word: str, fm: QFontMetrics, width: int) -> list[Break]:
    """The breaks that fit ``word`` into ``width`` in the fewest pieces, none of them of three
    letters or fewer if can be, of the best rank among those ("Jahresend-prämie" rather than
    "Jah-resendprämie" or "Jah-resendprä-mie"); the poorest when none fit."""
    clean, _found = breaks(word)
    best: list[Break] = []
    best_key: tuple[int, int, int] | None = None
    for rank in range(WORST + 1):
        chosen = [b for b in split_word(word, fm, width, rank) if b.at > 0]
        starts = [0] + [b.at for b in chosen]
        pieces = [piece(clean, s, b) for s, b in zip(starts, [*chosen, None], strict=True)]
        short = any(_letters(p) <= SHORT_PIECE for p in pieces) if chosen else False
        key = (0 if all(fm.horizontalAdvance(p) <= width for p in pieces) else 1, len(pieces), int(short))
        if best_key is None or key < best_key:
            best, best_key = chosen, key
    return best


__all__ = ["HYPHEN", "SHY", "WORST", "Break", "breaks", "narrowest", "no_ligatures", "soft_hyphens", "split_word",
           "word_pieces", "words", "wrap_text"]
