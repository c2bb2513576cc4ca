"""Issue 18, verify: hostile PDF metadata gives exit 2 (never 1), and the case's record of a
document (amounts, language) is compared with the PDF's own record."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter

from tests.documents.conftest import write_case
from wage_remedy.cli import main
from wage_remedy.documents.issue import issue_all
from wage_remedy.documents.render import META_KEY


def _with_meta(src: Path, dst: Path, meta: Any) -> Path:
    writer = PdfWriter(clone_from=PdfReader(str(src)))
    writer.add_metadata({f"/{META_KEY}": meta if isinstance(meta, str) else json.dumps(meta)})
    buf = io.BytesIO()
    writer.write(buf)
    dst.write_bytes(buf.getvalue())
    return dst


@pytest.fixture
def issued(case_file: Path, tmp_path: Path, catalogue: Any) -> tuple[Path, Path, dict[str, Any]]:
    (po, *_rest) = issue_all(case_file, tmp_path / "out", catalogue=catalogue, kinds=["payment-order"])
    meta = json.loads(str(PdfReader(str(po)).metadata[f"/{META_KEY}"]))
    return case_file, po, meta


def _hostile(meta: dict[str, Any]) -> list[Any]:
    out: list[Any] = ["not json {", "[]", json.dumps("x" * 2_000_000), "[" * 5000 + "]" * 5000]
    for key in ("number", "kind", "as_of", "lang", "issued_at", "inputs_digest"):
        for value in (None, 5, [], {"a": 1}, "x" * 100_000):
            out.append({**meta, key: value})
    out += [{**meta, "as_of": "9999-99-99"}, {**meta, "as_of": "0001-01-01"},
            {**meta, "as_of": "20250630"}, {**meta, "lang": "xx"}, {**meta, "kind": "receipt"},
            {**meta, "worker_lang": 3}, {**meta, "worker": "nobody"}, {**meta, "amounts": []},
            {**meta, "amounts": {"w1 total": 5}}, {**meta, "detail": "x"},
            {**meta, "issued_at": "yesterday"}, {**meta, "kind": "fines", "worker": None}]
    return out


def test_hostile_metadata_never_exit_1(issued: tuple[Path, Path, dict[str, Any]], tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    case_file, po, meta = issued
    for i, bad in enumerate(_hostile(meta)):
        pdf = _with_meta(po, tmp_path / f"bad{i}.pdf", bad)
        assert main(["verify", str(case_file), str(pdf)]) == 2, bad if len(str(bad)) < 300 else i
        out = capsys.readouterr()
        assert "internal error" not in out.err and len(out.out) < 3000


def test_not_a_pdf_and_garbage(issued: tuple[Path, Path, dict[str, Any]], tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    case_file, po, _meta = issued
    for i, data in enumerate([b"", b"%PDF-1.4\n" + b"\x00" * 1000, po.read_bytes()[:2000],
                              b"%PDF-1.7\n1 0 obj << /Length 99999999 >> stream\n"]):
        bad = tmp_path / f"g{i}.pdf"
        bad.write_bytes(data)
        assert main(["verify", str(case_file), str(bad)]) == 2
        assert "NOT VERIFIED" in capsys.readouterr().out


def test_record_language_and_amounts_compared(issued: tuple[Path, Path, dict[str, Any]],
                                              capsys: pytest.CaptureFixture[str]) -> None:
    case_file, po, meta = issued
    assert main(["verify", str(case_file), str(po)]) == 0
    capsys.readouterr()
    data = json.loads(case_file.read_text(encoding="utf-8"))
    rec = data["documents"][0]
    rec["language"] = "nl" if rec["language"] != "nl" else "fr"
    # w1 is owed 1063.31 (conftest); a record claiming 1163.31 differs from the printed figure.
    rec["amounts"] = {**rec["amounts"], "w1 total": "1163.31"}
    write_case(case_file, data)
    assert main(["verify", str(case_file), str(po)]) == 2
    out = capsys.readouterr().out
    assert f"records the language of {meta['number']} as {rec['language']}" in out
    assert "recorded amount w1 total was 1163.31, now 1063.31" in out
