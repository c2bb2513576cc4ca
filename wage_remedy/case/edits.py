"""Typed edit operations on case data (the JSON form of a case, as the app holds it).

The app changes a case only through these operations (``api.apply_edit``), so every change is a
value that can be named, logged, undone and tested without Qt. They act on the decoded JSON, not
on the validated model: a half-filled case (a new worker without a name yet) must stay editable;
``store.parse_case_data`` says what is still wrong.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

Data = dict[str, Any]
Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class SetValue:
    """Set the value at ``path`` (``("workers", 0, "employment", "sector")``); ``None`` removes
    the key. Missing objects on the way are created."""

    path: Path_
    value: Any


@dataclass(frozen=True)
class InsertRows:
    """Insert ``rows`` into the list at ``path`` (``("workers", 0, "shifts")``) at ``index``
    (None: at the end)."""

    path: Path_
    rows: tuple[Data, ...]
    index: int | None = None


@dataclass(frozen=True)
class DeleteRows:
    """Delete the rows at ``indexes`` of the list at ``path``."""

    path: Path_
    indexes: tuple[int, ...]


@dataclass(frozen=True)
class AddWorker:
    """Append a worker (its ``id`` must be new)."""

    worker: Data


@dataclass(frozen=True)
class RemoveWorker:
    """Remove the worker with ``worker_id`` with everything recorded for them."""

    worker_id: str


@dataclass(frozen=True)
class ReplaceCase:
    """Replace the whole case (an import, a recovered autosave); the issued-documents record is
    kept unless ``documents`` is True."""

    data: Data = field(default_factory=dict)
    documents: bool = False


Edit = SetValue | InsertRows | DeleteRows | AddWorker | RemoveWorker | ReplaceCase


def _container(data: Data, path: Path_, create: bool, leaf_list: bool = False) -> Any:
    """The object or list at ``path``; with ``create``, missing ones are made on the way (a list
    where the next key is an index, or at the end with ``leaf_list``)."""
    node: Any = data
    for i, key in enumerate(path):
        if isinstance(node, dict):
            if key not in node or node[key] is None:
                if not create:
                    raise KeyError(f"{'.'.join(map(str, path[:i + 1]))}: not in the case")
                last = i + 1 == len(path)
                node[key] = [] if (leaf_list if last else isinstance(path[i + 1], int)) else {}
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int):
            node = node[key]
        else:
            raise KeyError(f"{'.'.join(map(str, path[:i + 1]))}: not in the case")
    return node


def applied(data: Data, *edits: Edit) -> Data:
    """A new case ``data`` with ``edits`` applied, sharing every part they do not touch with
    ``data`` (which is left unchanged): only the objects and lists on the edited paths are copied,
    so an edit to one shift of a large case costs microseconds, and unchanged workers stay the
    same objects (``case.revalidate`` and the per-worker cache skip them)."""
    out = dict(data)
    for edit in edits:
        if isinstance(edit, SetValue | InsertRows | DeleteRows):
            path = edit.path if isinstance(edit, SetValue) else (*edit.path, 0)
            _copy_path(out, path[:-1])
            apply_edit(out, edit)
        elif isinstance(edit, AddWorker | RemoveWorker):
            out["workers"] = list(out.get("workers") or [])
            apply_edit(out, edit)
        else:
            apply_edit(out, edit)
    return out


def _copy_path(root: Data, path: Path_) -> None:
    """Replace each object and list on ``path`` (below ``root``) by a shallow copy of its own."""
    node: Any = root
    for key in path:
        if isinstance(node, dict):
            child = node.get(key)
        elif isinstance(node, list) and isinstance(key, int) and -len(node) <= key < len(node):
            child = node[key]
        else:
            return  # apply_edit reports the wrong path
        if isinstance(child, dict):
            child = dict(child)
        elif isinstance(child, list):
            child = list(child)
        else:
            return  # missing on the way: apply_edit creates fresh objects from here
        node[key] = child
        node = child


def apply_edit(data: Data, edit: Edit) -> None:
    """Apply ``edit`` to ``data`` in place; ``KeyError``/``IndexError`` when the path is wrong."""
    if isinstance(edit, SetValue):
        parent = _container(data, edit.path[:-1], create=True)
        key = edit.path[-1]
        if edit.value is None and isinstance(parent, dict):
            parent.pop(key, None)
        else:
            parent[key] = copy.deepcopy(edit.value)
    elif isinstance(edit, InsertRows):
        rows = _container(data, edit.path, create=True, leaf_list=True)
        at = len(rows) if edit.index is None else edit.index
        rows[at:at] = [copy.deepcopy(r) for r in edit.rows]
    elif isinstance(edit, DeleteRows):
        rows = _container(data, edit.path, create=False)
        drop = set(edit.indexes)
        rows[:] = [r for i, r in enumerate(rows) if i not in drop]
    elif isinstance(edit, AddWorker):
        data.setdefault("workers", []).append(copy.deepcopy(edit.worker))
    elif isinstance(edit, RemoveWorker):
        data["workers"] = [w for w in data.get("workers", []) if w.get("id") != edit.worker_id]
    elif isinstance(edit, ReplaceCase):
        documents = data.get("documents", [])
        data.clear()
        data.update(copy.deepcopy(edit.data))
        if not edit.documents and documents:
            data["documents"] = documents
    else:  # pragma: no cover - the union is closed
        raise TypeError(f"not an edit: {edit!r}")
