"""Bytes to text: UTF-8 (BOM allowed), else cp1252 with a warning."""

from __future__ import annotations

import re
from dataclasses import dataclass

from workbench.textsafe import sanitize


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str | None  # None: skip this file
    warning: str | None = None


_TEXT_BYTES = bytes(range(32, 256)) + b"\t\n\r\f\b\x1b"


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _TEXT_BYTES))
    return controls > len(sample) * 0.1


_LONE_CR = re.compile(r"\r(?!\n)")


def _clean(text: str) -> str:
    """Sanitised, with a lone CR (old Mac line ends) made a line break: one
    character for one, so offsets stay true; without it such a file is one
    line, its headline and body run together."""
    return sanitize(_LONE_CR.sub("\n", text) if "\r" in text else text)


def decode_article(data: bytes, name: str) -> Decoded:
    """Decode and sanitise; every problem is a warning naming the file."""
    if not data.strip():
        return Decoded(None, f"{name}: empty file, skipped")
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        try:
            return Decoded(_clean(data.decode("utf-32")), f"{name}: UTF-32, decoded as such")
        except UnicodeDecodeError:
            return Decoded(None, f"{name}: binary file, skipped")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(_clean(data.decode("utf-16")), f"{name}: UTF-16, decoded as such")
        except UnicodeDecodeError:
            return Decoded(None, f"{name}: binary file, skipped")
    if _looks_binary(data):
        return Decoded(None, f"{name}: binary file, skipped")
    try:
        return Decoded(_clean(data.decode("utf-8-sig")))
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        return Decoded(
            _clean(text),
            f"{name}: not UTF-8 (byte {exc.start}); read as cp1252",
        )
