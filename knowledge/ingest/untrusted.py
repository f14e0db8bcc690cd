"""Reading files and YAML that nobody vouches for (issue 11): regular files only, opened once.

A sources folder may hold anything: named pipes, devices, symlink loops, files swapped for
symlinks while a reload runs, YAML alias bombs. Each of these must cost one rejected file with a
one-line reason, within fixed time and memory, never the whole reload.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import yaml

from knowledge.models import SourceError

# What a file that is not a regular file is, in words.
_KINDS = (
    (stat.S_ISDIR, "is a directory, not a file"),
    (stat.S_ISFIFO, "is a named pipe, not a regular file"),
    (stat.S_ISCHR, "is a character device, not a regular file"),
    (stat.S_ISBLK, "is a block device, not a regular file"),
    (stat.S_ISSOCK, "is a socket, not a regular file"),
    (stat.S_ISLNK, "is a symlink that changed while loading"),
)
# O_NONBLOCK: opening a named pipe must not wait for a writer. O_NOCTTY: a terminal device
# must not become our controlling terminal. O_NOFOLLOW (when inside a root): a file swapped
# for a symlink after the check is refused at open, not followed.
_OPEN_FLAGS = os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0)
_ERRNO_REASONS = {
    errno.ENOENT: "file vanished while loading",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "is a symlink loop or changed into a symlink while loading",
    errno.ENXIO: "is a socket or device without a reader, not a regular file",
    errno.EISDIR: "is a directory, not a file",
}

# Front matter is a handful of `key: value` lines; anything far beyond is not front matter.
MAX_FRONT_MATTER_CHARS = 64 * 1024
MAX_YAML_EVENTS = 5_000
MAX_YAML_DEPTH = 16


def resolve_inside(path: Path, root: Path) -> Path:
    """`path` with symlinks resolved; SourceError if it loops or leaves `root` (resolved)."""
    try:
        target = path.resolve()
    except RuntimeError:  # Python 3.11 raises this for a symlink loop
        raise SourceError("is a symlink loop (the link points back to itself)") from None
    except OSError as exc:
        raise SourceError(_os_reason(exc)) from None
    if not target.is_relative_to(root):
        raise SourceError("symlink points outside the sources folder")
    return target


def read_regular_file(path: Path, *, max_bytes: int, root: Path | None = None) -> bytes:
    """The bytes of `path` if it is a regular file of at most `max_bytes`, read from one descriptor.

    With `root` (a resolved folder), symlinks are resolved first and must stay inside it, and
    the file is then opened without following symlinks, so a swap after the check is refused.
    """
    flags = _OPEN_FLAGS
    if root is not None:
        path = resolve_inside(path, root)
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise SourceError(_os_reason(exc)) from None
    try:
        return _read_checked(fd, max_bytes, root)
    finally:
        os.close(fd)


def _read_checked(fd: int, max_bytes: int, root: Path | None) -> bytes:
    """Check what `fd` is (regular, small enough, inside `root`) and read it."""
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        raise SourceError(_kind(info.st_mode))
    if info.st_size > max_bytes:
        raise SourceError(f"file too large ({info.st_size:,} bytes, limit {max_bytes:,})")
    if root is not None:
        _check_opened_inside(fd, root)
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= max_bytes:
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise SourceError(_os_reason(exc)) from None
    if size > max_bytes:  # it grew after the check
        raise SourceError(f"file too large (more than {max_bytes:,} bytes)")
    return b"".join(chunks)


def _check_opened_inside(fd: int, root: Path) -> None:
    """Where the descriptor really points (a folder on the way may have been swapped)."""
    try:
        opened = Path(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        return  # no /proc here: O_NOFOLLOW on the resolved path is the defence
    if not opened.is_relative_to(root):
        raise SourceError("file moved outside the sources folder while loading")


def _kind(mode: int) -> str:
    return next((reason for test, reason in _KINDS if test(mode)), "not a regular file")


def _os_reason(exc: OSError) -> str:
    reason = _ERRNO_REASONS.get(exc.errno or 0)
    return reason or f"cannot read file: {exc.strerror or type(exc).__name__}"


def check_yaml_shape(text: str) -> None:
    """Refuse YAML that is too big, too deep or uses aliases, before anything is built from it.

    Aliases are how a few hundred bytes expand to gigabytes (the "billion laughs"); front
    matter never needs them. The scan is libyaml's event stream: linear, without recursion.
    """
    if len(text) > MAX_FRONT_MATTER_CHARS:
        raise SourceError(f"front matter too long (limit {MAX_FRONT_MATTER_CHARS:,} characters)")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    for events, event in enumerate(yaml.parse(text, Loader=loader), 1):
        if isinstance(event, yaml.AliasEvent):
            raise SourceError("front matter uses a YAML alias (*name), which is not allowed")
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
        if depth > MAX_YAML_DEPTH or events > MAX_YAML_EVENTS:
            raise SourceError("front matter too deeply nested or too long")
