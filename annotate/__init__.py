"""Headless core of the Chinese annotation tool: reading, cleaning, suggesting, operations, exports.

This package never imports Qt; everything the window can do is reachable from here (and the CLI).
"""
from __future__ import annotations

__version__ = "0.1.0"
