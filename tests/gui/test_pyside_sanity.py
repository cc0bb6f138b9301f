"""PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void method, and the
process aborts with "deallocating None" after enough calls; 6.11.3 is sound. This guards the venv."""
from __future__ import annotations

import sys

from PySide6.QtCore import QPoint


def test_void_qt_calls_keep_none_alive():
    point = QPoint(1, 2)
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(3)
    assert sys.getrefcount(None) - before > -100
