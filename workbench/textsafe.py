"""Neutralise untrusted text once, at load, keeping every offset true.

Article and claim text may hold terminal escape sequences (window title,
OSC 52 clipboard), C0/C1 control characters and bidi overrides. Each such
character is *replaced* by one visible character, never deleted, so that
`text[start:end]` offsets computed on the sanitised text are offsets into
the article as decoded. The visible stand-ins are Unicode "control
pictures" (␛ for ESC), so a reviewer still sees that something was there.
"""

from __future__ import annotations

import re

_KEEP = {"\n", "\t", "\r"}
_BIDI = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        if chr(code) not in _KEEP:
            table[code] = chr(0x2400 + code)  # ␀ … ␟, ␛ for ESC
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):
        table[code] = "\ufffd"
    for ch in _BIDI:
        table[ord(ch)] = "\ufffd"
    return table


_TABLE = _build_table()


_ANY = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(_TABLE)) + "]")


def sanitize(text: str) -> str:
    """Return `text` with every control character replaced one-for-one."""
    if _ANY.search(text) is None:  # the common case, and much faster than translate
        return text
    return text.translate(_TABLE)


def is_clean(text: str) -> bool:
    """True when `sanitize` would leave `text` unchanged."""
    return _ANY.search(text) is None


def escape_json(text: str) -> str:
    """JSON text with each character `sanitize` replaces written as a `\\uXXXX` escape.

    The data read back is unchanged (a script still gets the true string),
    but no control character reaches the terminal. `json.dumps` escapes C0
    itself; DEL, C1 and the bidi overrides it leaves raw.
    """
    if _ANY.search(text) is None:
        return text
    return _ANY.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
