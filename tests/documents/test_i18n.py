"""Every text exists in every language it is printed in, with the same placeholders."""

from __future__ import annotations

import string

from wage_remedy.case.model import LANGUAGES
from wage_remedy.documents.i18n import OFFICIAL, TEXTS, WORKER_LANGUAGES


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_worker_languages_are_the_case_languages() -> None:
    assert set(WORKER_LANGUAGES) == set(LANGUAGES)


def test_every_text_is_translated_with_the_same_placeholders() -> None:
    missing = []
    for key, entry in TEXTS.items():
        langs = WORKER_LANGUAGES if key.startswith("w.") else OFFICIAL
        for lang in langs:
            if not entry.get(lang):
                missing.append(f"{key}:{lang}")
                continue
            if _fields(entry[lang]) != _fields(entry["en"]):
                missing.append(f"{key}:{lang} placeholders {_fields(entry[lang])}")
    assert not missing, missing
