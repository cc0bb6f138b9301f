"""GUI tests run offscreen; Qt must learn the platform before it is imported."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
