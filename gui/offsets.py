"""Code points (what the database stores) <-> UTF-16 units (what Qt's QTextDocument counts).

Qt's QString is UTF-16, so every character outside the Basic Multilingual Plane (e.g. 𠀀 U+20000,
CJK Extension B, or an emoji) counts as two positions in the widget but one in Python. Converting
only at the widget boundary keeps the stored offsets right (Label Studio #1347, doccano #2290).
The table is built only when the text has such characters; for pure-BMP text both directions are the
identity and cost nothing.
"""
from __future__ import annotations

from bisect import bisect_left


class OffsetConverter:
    """Converts offsets for one text. ``astral`` holds the code-point indices of non-BMP characters."""

    __slots__ = ("astral", "_utf16_of_astral", "length", "utf16_length")

    def __init__(self, text: str) -> None:
        self.length = len(text)
        if text.isascii() or max(text, default="\0") <= "\uffff":
            self.astral: list[int] = []
        else:
            self.astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # the UTF-16 position of each astral character: its code-point index plus the astrals before it
        self._utf16_of_astral = [cp + n for n, cp in enumerate(self.astral)]
        self.utf16_length = self.length + len(self.astral)

    @property
    def identity(self) -> bool:
        return not self.astral

    def to_utf16(self, cp: int) -> int:
        """UTF-16 position of code-point offset ``cp`` (0..len(text))."""
        if not self.astral:
            return cp
        return cp + bisect_left(self.astral, cp)

    def to_code_point(self, u16: int) -> int:
        """Code-point offset of UTF-16 position ``u16``.

        A position between the two halves of a surrogate pair rounds down to the character's start:
        each astral character whose first unit lies before ``u16`` added one extra unit.
        """
        if not self.astral:
            return u16
        return u16 - bisect_left(self._utf16_of_astral, u16)
