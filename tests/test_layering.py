"""The direction of imports is the architecture: the core and the store import without Qt."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run_without_qt(code: str) -> subprocess.CompletedProcess:
    blocker = textwrap.dedent("""
        import sys
        class _Block:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6', 'gui'):
                    raise ImportError(f'{name} is blocked in this test')
                return None
        sys.meta_path.insert(0, _Block())
    """)
    return subprocess.run([sys.executable, "-c", blocker + code], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def test_core_imports_without_qt():
    import pkgutil
    import annotate
    import store

    names = [m.name for pkg in (annotate, store)
             for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")
             if not m.name.endswith(".__main__")]  # __main__ runs the CLI when imported
    code = "import importlib\n" + "\n".join(f"importlib.import_module({n!r})" for n in names)
    code += "\nprint('ok')"
    result = _run_without_qt(code)
    assert result.returncode == 0, result.stderr
    assert "ok" in result.stdout


def test_blocker_really_blocks_qt():
    result = _run_without_qt("import PySide6")
    assert result.returncode != 0


def test_import_linter_contracts():
    import pytest

    pytest.importorskip("importlinter")
    result = subprocess.run([sys.executable, "-m", "importlinter.cli", "--config", "pyproject.toml"],
                            cwd=REPO, capture_output=True, text=True, timeout=300)
    if "No module named" in result.stderr:
        result = subprocess.run(["lint-imports"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
