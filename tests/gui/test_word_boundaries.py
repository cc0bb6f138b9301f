from __future__ import annotations

from gui.word_boundaries import Snapper, word_boundaries


def test_boundaries_cover_the_text_and_snap_to_words():
    text = "广元市总工会召开全体会议"
    bounds = word_boundaries(text)
    assert bounds[0] == 0 and bounds[-1] == len(text)
    snapper = Snapper(len(text), bounds)
    s, e = snapper.snap(1, 2)  # inside the first word(s)
    assert s in bounds and e in bounds and s <= 1 and e >= 2
    assert snapper.step(0, +1) == bounds[1]
    assert snapper.step(bounds[1], -1) == 0


def test_character_snapper():
    snapper = Snapper(5)
    assert snapper.snap(2, 2) == (2, 3)
    assert snapper.step(4, +1) == 5 and snapper.step(5, +1) == 5 and snapper.step(0, -1) == 0
