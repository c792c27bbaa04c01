"""Bytes to text: UTF-8 (BOM allowed), else cp1252 with a warning."""

from __future__ import annotations

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


def decode_article(data: bytes, name: str) -> Decoded:
    """Decode and sanitise; every problem is a warning naming the file."""
    if not data.strip():
        return Decoded(None, f"{name}: empty file, skipped")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return Decoded(sanitize(data.decode("utf-16")), f"{name}: UTF-16, decoded as such")
        except UnicodeDecodeError:
            return Decoded(None, f"{name}: binary file, skipped")
    if _looks_binary(data):
        return Decoded(None, f"{name}: binary file, skipped")
    try:
        return Decoded(sanitize(data.decode("utf-8-sig")))
    except UnicodeDecodeError as exc:
        text = data.decode("cp1252", errors="replace")
        return Decoded(
            sanitize(text),
            f"{name}: not UTF-8 (byte {exc.start}); read as cp1252",
        )
