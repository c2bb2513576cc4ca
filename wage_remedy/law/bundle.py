"""Signed rates bundles for offline laptops (``rates export-bundle`` / ``rates import``).

A bundle is one JSON file: a manifest (sequence number, created and expiry dates, publisher, every
rate file of a rates folder) as exact bytes, an Ed25519 signature of those bytes (``cryptography``)
and the id of the signing key. Importing verifies everything before anything changes: a trusted
key, the signature, the expiry date, a sequence number above the installed one (no rollback), safe
file names and the strict check of every table. The files are then installed into the user's rates
folder (never inside the installed program), which the catalogue loads over the bundled tables.
Key handling: rates/README.md, "Rates bundles".
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from wage_remedy.law.catalogue import user_rates_dir

FORMAT = "wage-remedy-rates-bundle"
STATE_FILE = "installed-bundle.json"
MAX_BUNDLE_BYTES = 50 * 1024 * 1024
# Software policy: a bundle is valid this long unless the exporter says otherwise.
DEFAULT_VALID_DAYS = 180
_NAME = re.compile(r"^(be|nl)/[a-z0-9][a-z0-9-]*\.yaml$")
_EXTRA = {"CHANGELOG.md", "README.md", "FORMAT.md"}


class BundleError(Exception):
    """A bundle cannot be exported or is refused; nothing was changed."""


def trusted_keys_file() -> Path:
    """The trusted public keys: ``$WAGE_REMEDY_TRUSTED_KEYS``, else ``<user config dir>/trusted-rate-keys.txt``."""
    env = os.environ.get("WAGE_REMEDY_TRUSTED_KEYS")
    if env:
        return Path(env)
    import platformdirs
    return Path(platformdirs.user_config_dir("wage-remedy", appauthor=False)) / "trusted-rate-keys.txt"


# ------------------------------------------------------------------------------------ keys
def key_id(public: Ed25519PublicKey) -> str:
    """First 16 hex digits of the SHA-256 of the raw public key."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_key_text(public: Ed25519PublicKey) -> str:
    """The public key as one line of base64 (what ``trusted-rate-keys.txt`` holds)."""
    return base64.b64encode(public.public_bytes(serialization.Encoding.Raw,
                                                serialization.PublicFormat.Raw)).decode()


def generate_key(out: Path) -> tuple[Path, str]:
    """A new private key (PEM, readable by the owner only) at ``out`` and its public key file
    ``out.pub``; returns (public key file, key id). An existing file is never overwritten."""
    if out.exists() or out.with_suffix(out.suffix + ".pub").exists():
        raise BundleError(f"{out} (or {out}.pub) exists already; choose another name")
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    out.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pem)
    pub = out.with_suffix(out.suffix + ".pub")
    pub.write_text(public_key_text(key.public_key()) + "\n", encoding="ascii")
    return pub, key_id(key.public_key())


def load_private_key(path: Path) -> Ed25519PrivateKey:
    """An Ed25519 private key from a PEM file."""
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError) as exc:
        raise BundleError(f"{path}: not a readable private key ({exc})") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise BundleError(f"{path}: not an Ed25519 private key")
    return key


def parse_public_key(text: str, where: str) -> Ed25519PublicKey:
    """A public key from one line of base64 (32 bytes)."""
    try:
        raw = base64.b64decode(text.strip(), validate=True)
        return Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, TypeError):
        raise BundleError(f"{where}: not an Ed25519 public key (one line of base64)") from None


def trusted_keys(path: Path | None = None) -> dict[str, tuple[str, Ed25519PublicKey]]:
    """key id -> (name, key) from the trusted keys file: ``<base64 key> <name>`` per line."""
    path = path or trusted_keys_file()
    out: dict[str, tuple[str, Ed25519PublicKey]] = {}
    if not path.is_file():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        text, _, name = line.partition(" ")
        key = parse_public_key(text, f"{path}:{n}")
        out[key_id(key)] = (name.strip() or key_id(key), key)
    return out


def trust_key(public_file: Path, name: str, path: Path | None = None) -> str:
    """Add the public key in ``public_file`` to the trusted keys under ``name``; returns its id."""
    path = path or trusted_keys_file()
    try:
        text = public_file.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise BundleError(f"{public_file}: cannot read ({exc})") from None
    key = parse_public_key(text, str(public_file))
    kid = key_id(key)
    if kid in trusted_keys(path):
        return kid
    from wage_remedy.fileio import atomic_write_bytes
    old = path.read_text(encoding="utf-8") if path.is_file() else (
        "# Public keys whose rates bundles this installation accepts: <base64 key> <name>\n")
    atomic_write_bytes(path, (old.rstrip("\n") + f"\n{public_key_text(key)} {name}\n").encode("utf-8"))
    return kid


# ------------------------------------------------------------------------------------ export
def _rate_files(folder: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder).as_posix()
        if p.is_file() and (_NAME.match(rel) or rel in _EXTRA):
            files[rel] = p.read_bytes()
    return files


def export_bundle(folder: Path, key_path: Path, out: Path, *, sequence: int | None = None,
                  expires: dt.date | None = None, publisher: str = "",
                  now: dt.datetime | None = None) -> dict[str, Any]:
    """Sign every rate file of ``folder`` (after the strict check) into the bundle ``out``; return
    the manifest's summary. ``sequence`` defaults to the creation time as YYYYMMDDHHMMSS."""
    from wage_remedy.fileio import atomic_write_bytes
    from wage_remedy.law.catalogue import load_catalogue

    cat = load_catalogue(folder)  # RateFileError when a table is invalid: nothing is exported
    key = load_private_key(key_path)
    now = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
    seq = sequence if sequence is not None else int(now.strftime("%Y%m%d%H%M%S"))
    if seq < 1:
        raise BundleError("sequence: a whole number of 1 or more")
    exp = expires or (now.date() + dt.timedelta(days=DEFAULT_VALID_DAYS))
    if exp <= now.date():
        raise BundleError(f"expires: {exp} is not after today ({now.date()})")
    files = _rate_files(folder)
    manifest = {"format": FORMAT, "version": 1, "sequence": seq, "created": now.isoformat(),
                "expires": exp.isoformat(), "publisher": publisher, "rates_digest": cat.digest,
                "files": {k: base64.b64encode(v).decode() for k, v in files.items()}}
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode("utf-8")
    envelope = {"format": FORMAT, "version": 1, "key_id": key_id(key.public_key()),
                "manifest": base64.b64encode(body).decode(),
                "signature": base64.b64encode(key.sign(body)).decode()}
    if out.exists():
        raise BundleError(f"{out} exists already; a bundle is never overwritten")
    atomic_write_bytes(out, (json.dumps(envelope, indent=1) + "\n").encode("utf-8"))
    return {"file": str(out), "sequence": seq, "created": now.isoformat(), "expires": exp.isoformat(),
            "key_id": envelope["key_id"], "tables": sum(1 for k in files if k.endswith(".yaml")),
            "rates_digest": cat.digest}


# ------------------------------------------------------------------------------------ import
@dataclass
class Verified:
    """A bundle that passed every check, with what it would change."""

    sequence: int
    created: str
    expires: dt.date
    publisher: str
    key_id: str
    key_name: str
    files: dict[str, bytes]
    added: list[str] = field(default_factory=list)  # tables new to this installation
    changed: list[tuple[str, list[str]]] = field(default_factory=list)  # table, what changed
    unchanged: int = 0
    install: dict[str, bytes] = field(default_factory=dict)  # the files written to the user folder
    superseded: list[str] = field(default_factory=list)  # the program's own table is reviewed later

    def summary(self) -> str:
        """What the bundle adds and changes, in words."""
        lines = [f"Rates bundle {self.sequence} of {self.created} from {self.publisher or '?'}, "
                 f"signed by {self.key_name} ({self.key_id}), valid until {self.expires}"]
        for t in self.added:
            lines.append(f"  adds {t}")
        for t, what in self.changed:
            lines.append(f"  changes {t}: " + "; ".join(what))
        for t in self.superseded:
            lines.append(f"  installs {t} but does not use it: the program's own table is reviewed "
                         "through a later date")
        lines.append(f"  {self.unchanged} table(s) unchanged")
        return "\n".join(lines) + "\n"

    def as_json(self) -> dict[str, Any]:
        return {"sequence": self.sequence, "created": self.created, "expires": self.expires.isoformat(),
                "publisher": self.publisher, "key_id": self.key_id, "key_name": self.key_name,
                "added": self.added, "changed": [{"table": t, "changes": w} for t, w in self.changed],
                "superseded": self.superseded, "unchanged": self.unchanged}


def installed_state(user_dir: Path | None = None) -> dict[str, Any] | None:
    """The record of the installed bundle (sequence, key, dates), or None."""
    path = (user_dir or user_rates_dir()) / STATE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise BundleError(f"{path}: the record of the installed bundle is damaged ({exc}); "
                          "remove the folder to start again") from None
    return data if isinstance(data, dict) else None


def verify_bundle(path: Path, *, today: dt.date | None = None, keys_file: Path | None = None,
                  user_dir: Path | None = None) -> Verified:
    """Every check of a bundle, in order; raises ``BundleError`` with a clear message."""
    today = today or dt.date.today()
    kid, body, signature = _read_envelope(path)
    key_name = _check_signature(path, kid, body, signature, keys_file)
    seq, expires, files, created, publisher = _read_manifest(path, body)
    if expires < today:
        raise BundleError(f"{path}: expired on {expires} (today is {today}); ask the legal team "
                          "for a current bundle")
    _check_sequence(path, seq, user_dir)
    bad = [k for k in files if not (_NAME.match(k) or k in _EXTRA)]
    if bad:
        raise BundleError(f"{path}: file names not allowed in a rates bundle: {', '.join(bad)}")
    tables = _strict_tables(path, files)
    verified = Verified(seq, created, expires, publisher, kid, key_name, files)
    _compare_tables(verified, tables)
    return verified


def _read_envelope(path: Path) -> tuple[str, bytes, bytes]:
    """(key id, manifest bytes, signature) of a bundle file within the size bound."""
    try:
        size = path.stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path}: {size} bytes, more than a rates bundle can be")
        envelope = json.loads(path.read_bytes())
        if not isinstance(envelope, dict) or envelope.get("format") != FORMAT:
            raise ValueError("not a rates bundle")
        kid = str(envelope["key_id"])
        body = base64.b64decode(envelope["manifest"], validate=True)
        signature = base64.b64decode(envelope["signature"], validate=True)
    except FileNotFoundError:
        raise BundleError(f"{path}: no such file") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BundleError(f"{path}: not a wage-remedy rates bundle ({exc})") from None
    return kid, body, signature


def _check_signature(path: Path, kid: str, body: bytes, signature: bytes, keys_file: Path | None) -> str:
    """The name of the trusted key ``kid`` once its signature of ``body`` is verified."""
    keys = trusted_keys(keys_file)
    if kid not in keys:
        trusted = ", ".join(f"{n} ({k})" for k, (n, _) in keys.items()) or "none configured"
        raise BundleError(f"{path}: signed by key {kid}, which this installation does not trust "
                          f"(trusted: {trusted}; see `wage-remedy rates trust-key`)")
    name, public = keys[kid]
    try:
        public.verify(signature, body)
    except InvalidSignature:
        raise BundleError(f"{path}: the signature does not match the content: the bundle was "
                          "changed after it was signed (tampered or damaged); nothing installed") from None
    return name


def _read_manifest(path: Path, body: bytes) -> tuple[int, dt.date, dict[str, bytes], str, str]:
    """(sequence, expiry date, files, created, publisher) of a signed manifest."""
    try:
        manifest = json.loads(body)
        seq = int(manifest["sequence"])
        expires = dt.date.fromisoformat(manifest["expires"])
        files = {str(k): base64.b64decode(v, validate=True) for k, v in manifest["files"].items()}
        created, publisher = str(manifest["created"]), str(manifest.get("publisher", ""))
    except (ValueError, KeyError, TypeError) as exc:
        raise BundleError(f"{path}: signed, but its manifest is not readable ({exc})") from None
    return seq, expires, files, created, publisher


def _check_sequence(path: Path, seq: int, user_dir: Path | None) -> None:
    """Refuse a bundle older than the installed one, or the installed one again (no rollback)."""
    state = installed_state(user_dir)
    if state is None:
        return
    old_seq = int(state.get("sequence", 0))
    if seq < old_seq:
        raise BundleError(f"{path}: bundle {seq} is older than the installed bundle {old_seq} "
                          f"(of {state.get('created')}); an older bundle is never installed")
    if seq == old_seq:
        raise BundleError(f"{path}: bundle {seq} is already installed")


def _strict_tables(path: Path, files: dict[str, bytes]) -> dict[str, Any]:
    """The bundle's tables by id, once every one passes the loader's strict check."""
    from wage_remedy.law.catalogue import default_rates_dir
    from wage_remedy.law.loader import after_service_problems, load_rate_dir

    with tempfile.TemporaryDirectory(prefix="wr-bundle-") as tmp:
        _write_files(Path(tmp), files)
        tables, problems = load_rate_dir(Path(tmp))
        if not problems:  # rules naming another table, over the program's own tables
            problems = after_service_problems({**load_rate_dir(default_rates_dir())[0], **tables})
        if problems:
            raise BundleError(f"{path}: a table does not pass the strict check:\n"
                              + "\n".join(f"  - {p}" for p in problems))
    return tables


def _compare_tables(verified: Verified, tables: dict[str, Any]) -> None:
    """What the bundle would install (only tables that differ from the program's own, so that a
    later program release still brings its corrections of the others), which of them the
    program's own newer tables supersede, and what it adds and changes in the rates in use."""
    from wage_remedy.law.catalogue import default_rates_dir, load_catalogue
    from wage_remedy.law.loader import RateFileError, load_rate_dir

    files = verified.files
    try:
        current = load_catalogue().tables
    except RateFileError:
        current = {}
    bundled, _ = load_rate_dir(default_rates_dir())
    verified.install = {k: v for k, v in files.items() if not k.endswith(".yaml")
                        or k[:-5] not in bundled or bundled[k[:-5]].digest != tables[k[:-5]].digest}
    verified.superseded = sorted(k[:-5] for k in verified.install if k.endswith(".yaml") and k[:-5] in bundled
                                 and bundled[k[:-5]].reviewed_through > tables[k[:-5]].reviewed_through)
    for tid, t in sorted(tables.items()):
        old = current.get(tid)
        if old is None:
            verified.added.append(tid)
            continue
        what = _differences(old, t)
        if what:
            verified.changed.append((tid, what))
        else:
            verified.unchanged += 1


def _differences(old: Any, new: Any) -> list[str]:
    out = []
    old_v = {v.start: v for v in old.versions}
    new_v = {v.start: v for v in new.versions}
    added = sorted(set(new_v) - set(old_v))
    removed = sorted(set(old_v) - set(new_v))
    changed = sorted(d for d in set(old_v) & set(new_v) if old_v[d] != new_v[d])
    if added:
        out.append("new versions from " + ", ".join(f"{d} [{new_v[d].status}]" for d in added))
    if changed:
        out.append("changed versions " + ", ".join(str(d) for d in changed))
    if removed:
        out.append("versions no longer listed " + ", ".join(str(d) for d in removed))
    if old.reviewed_through != new.reviewed_through:
        out.append(f"reviewed through {old.reviewed_through} -> {new.reviewed_through}")
    if not out and old.digest != new.digest:
        out.append("notes or sources changed")
    return out


def _write_files(folder: Path, files: dict[str, bytes]) -> None:
    for rel, data in files.items():
        target = folder / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def install_bundle(verified: Verified, user_dir: Path | None = None) -> Path:
    """Install a verified bundle into the user's rates folder: written beside it, then swapped in
    with renames, so that a failure leaves the previous folder as it was."""
    target = user_dir or user_rates_dir()
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".rates-new-", dir=target.parent))
    try:
        if target.is_dir():  # tables the bundle does not hold (added in the app) are kept
            kept = {p.relative_to(target).as_posix(): p.read_bytes() for p in target.glob("*/*.yaml")}
            _write_files(staging, {k: v for k, v in kept.items() if k not in verified.files})
        _write_files(staging, verified.install)
        state = {"sequence": verified.sequence, "created": verified.created,
                 "expires": verified.expires.isoformat(), "publisher": verified.publisher,
                 "key_id": verified.key_id, "installed": dt.datetime.now(dt.UTC).isoformat()}
        (staging / STATE_FILE).write_text(json.dumps(state, indent=1) + "\n", encoding="utf-8")
        old = None
        if target.exists():
            old = target.parent / f".rates-old-{os.getpid()}"
            os.replace(target, old)
        try:
            os.replace(staging, target)
        except OSError:
            if old is not None:
                os.replace(old, target)
            raise
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
    return target
