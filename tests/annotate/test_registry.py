"""The shared registry refuses duplicates and names the known entries when asked for an unknown one."""
from __future__ import annotations

import pytest

from annotate.errors import InputError
from annotate.registry import Registry


def test_register_require_and_refuse_duplicates():
    reg: Registry[int] = Registry("widget")
    reg.register("a")(1)
    reg.add("b", 2)
    assert reg.require("a") == 1 and sorted(reg) == ["a", "b"]
    with pytest.raises(ValueError, match="registered twice"):
        reg.add("a", 3)
    with pytest.raises(InputError, match=r"--kind: 'c' is not a known widget; choose one of a, b"):
        reg.require("c", option="--kind")


def test_every_project_registry_is_populated():
    from annotate.cli import build_parser
    from annotate.commands import COMMANDS
    from annotate.exports.formats import load_all as writers
    from annotate.imports.formats import load_all as readers

    build_parser()
    assert {"preview", "import", "export", "stats"} <= set(COMMANDS)
    assert set(writers()) == {"jsonl", "bio", "bioes", "cluener", "brat", "label-studio", "spacy"}
    assert {"jsonl", "label-studio", "brat", "doccano"} <= set(readers())
