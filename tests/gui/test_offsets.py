"""Code point <-> UTF-16 conversion, with characters outside the BMP."""
from __future__ import annotations

from gui.offsets import OffsetConverter


def _utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def test_identity_for_bmp_text():
    conv = OffsetConverter("广元市总工会")
    assert conv.identity
    assert conv.to_utf16(3) == 3 and conv.to_code_point(3) == 3


def test_round_trip_with_astral_characters():
    text = "𠀀甲𠀁乙😀丙丁"
    conv = OffsetConverter(text)
    assert not conv.identity
    for cp in range(len(text) + 1):
        u16 = conv.to_utf16(cp)
        assert u16 == _utf16_len(text[:cp])
        assert conv.to_code_point(u16) == cp
    assert conv.utf16_length == _utf16_len(text)


def test_position_inside_surrogate_pair_rounds_down():
    conv = OffsetConverter("a𠀀b")
    assert conv.to_code_point(2) == 1  # between the surrogates of 𠀀 -> start of 𠀀
    assert conv.to_code_point(3) == 2
