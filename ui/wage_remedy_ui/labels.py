"""Words shown for the core's codes (binding rate, status, line kind, warning code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wage_remedy.api import Line

translate = QCoreApplication.translate


def binding_label(code: str) -> str:
    """Which rate bound, in words."""
    labels = {
        "national": translate("Labels", "national minimum wage"),
        "youth": translate("Labels", "youth percentage of the national minimum"),
        "student": translate("Labels", "student percentage of the national minimum"),
        "sector": translate("Labels", "sector minimum (joint committee scale)"),
        "sector-youth": translate("Labels", "sector youth percentage"),
        "sector-student": translate("Labels", "sector student percentage"),
        "agreed": translate("Labels", "agreed rate (higher than the minimums)"),
        "wml": translate("Labels", "Dutch statutory minimum wage (WML)"),
        "premium": translate("Labels", "flat sector premium"),
    }
    return labels.get(code, code)


def binding_short(code: str) -> str:
    """Which rate bound, in one or two words (tables)."""
    labels = {
        "national": translate("Labels", "national"),
        "youth": translate("Labels", "youth %"),
        "student": translate("Labels", "student %"),
        "sector": translate("Labels", "sector"),
        "sector-youth": translate("Labels", "sector youth %"),
        "sector-student": translate("Labels", "sector student %"),
        "agreed": translate("Labels", "agreed"),
        "wml": translate("Labels", "WML"),
        "premium": translate("Labels", "premium"),
    }
    return labels.get(code, code)


def status_label(code: str | None) -> str:
    """A rate version's status, in words."""
    labels = {
        "verified": translate("Labels", "verified in the official source"),
        "secondary": translate("Labels", "verified in a secondary source"),
        "derived": translate("Labels", "derived by calculation from verified figures"),
        "unverified": translate("Labels", "NOT VERIFIED: check before relying on it"),
        "case": translate("Labels", "entered in the case (agreed rate)"),
    }
    return labels.get(code or "", code or "")


def status_short(code: str | None) -> str:
    """A rate version's status in one word."""
    labels = {"verified": translate("Labels", "verified"), "secondary": translate("Labels", "secondary"), "derived": translate("Labels", "derived"),
              "unverified": translate("Labels", "NOT VERIFIED"), "case": translate("Labels", "case input")}
    return labels.get(code or "", code or "")


def line_label(line: Line) -> str:
    """What a result line pays for (marked when it rests on an estimate, docs/estimates.md)."""
    if line.estimated:
        return translate("Labels", "{0} (estimated)").format(_line_label(line))
    return _line_label(line)


def _line_label(line: Line) -> str:
    if line.kind == "normal":
        return translate("Labels", "normal time")
    if line.kind == "overtime":
        return translate("Labels", "overtime +{0} %").format(format(line.premium.normalize(), "f"))
    names = {"sunday-holiday": translate("Labels", "premium: Sunday / public holiday"), "night": translate("Labels", "premium: night")}
    return names.get(line.premium_id or "", translate("Labels", "premium: {0}").format(line.premium_id))


def method_label(code: str) -> str:
    """A payment method."""
    return {"cash": translate("Labels", "cash"), "bank": translate("Labels", "bank transfer"), "other": translate("Labels", "other")}.get(code, code)


def warning_heading(code: str) -> str:
    """A heading for a warning code."""
    labels = {
        "unverified-rate": translate("Labels", "Rates NOT VERIFIED are used"),
        "derived-rate": translate("Labels", "Rates derived by calculation are used"),
        "outdated-rate": translate("Labels", "Rates may be out of date"),
        "overpaid": translate("Labels", "Overpayment"),
        "function-years-capped": translate("Labels", "Function years beyond the scale"),
        "sector-youth-conflict": translate("Labels", "Minor in a sector whose youth rates are disputed"),
        "estimate-presumption-hours": translate("Labels", "Estimate: the law presumes the duration, "
                                                          "the hours are the inspector's"),
        "estimate-civil-presumption": translate("Labels", "Estimate: a civil presumption, not enforceable "
                                                          "by the Labour Authority"),
        "estimate-full-time-onss-only": translate("Labels", "Estimate: the full-time presumption binds "
                                                            "only the ONSS"),
        "estimate-average-nothing": translate("Labels", "Estimate: the 7:610b average adds nothing"),
    }
    return labels.get(code, code)


def document_kind_label(kind: str) -> str:
    """A document kind."""
    return {
        "payment-order": translate("Labels", "Payment order"),
        "receipt": translate("Labels", "Cash receipt"),
        "statement": translate("Labels", "Calculation statement"),
        "fines": translate("Labels", "Fines and compensation sheet"),
    }.get(kind, kind)


LANGUAGE_NAMES = {
    "fr": "Français", "nl": "Nederlands", "de": "Deutsch", "en": "English", "pl": "Polski",
    "ro": "Română", "bg": "Български", "pt": "Português", "es": "Español", "uk": "Українська",
}
