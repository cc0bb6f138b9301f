"""The command line keeps the contract in shared/cli-contract.md: commands, --help, exit codes, JSON."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotate.cli import build_parser, main
from annotate.commands import COMMANDS

CONTRACT_COMMANDS = {"preview", "import", "suggest", "annotations", "export", "agreement", "stats", "gui"}


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "annotate", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def test_contract_commands_are_registered():
    build_parser()
    assert CONTRACT_COMMANDS <= set(COMMANDS), CONTRACT_COMMANDS - set(COMMANDS)


@pytest.mark.parametrize("name", sorted(CONTRACT_COMMANDS))
def test_every_command_has_help(name, capsys):
    with pytest.raises(SystemExit) as exc:
        main([name, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "usage: annotate" in out and name in out


def test_top_level_help_lists_commands():
    result = run_cli("--help")
    assert result.returncode == 0
    for name in CONTRACT_COMMANDS:
        assert name in result.stdout


def test_bad_usage_exits_2():
    result = run_cli("no-such-command")
    assert result.returncode == 2


def test_preview_missing_file_exits_2_naming_it(tmp_path):
    missing = tmp_path / "nope.txt"
    result = run_cli("preview", str(missing), "--json")
    assert result.returncode == 2
    assert str(missing) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_preview_json_matches_contract(corpus_dir):
    result = run_cli("preview", str(corpus_dir / "002_34510a25cc078cce.txt"), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"clean_text", "suggestions", "report"}
    assert data["report"]["encoding"]
    assert {"removed", "flags"} <= set(data["report"])
    text = data["clean_text"]
    assert data["suggestions"], "a work report always has some entities"
    for s in data["suggestions"]:
        assert set(s) >= {"start", "end", "label", "text", "score", "source"}
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert text[s["start"]:s["end"]] == s["text"]
        assert 0.0 <= s["score"] <= 1.0


def test_preview_every_corpus_file(corpus_files):
    for path in corpus_files:
        result = run_cli("preview", str(path), "--json")
        assert result.returncode == 0, (path, result.stderr)
        data = json.loads(result.stdout)
        for s in data["suggestions"]:
            assert data["clean_text"][s["start"]:s["end"]] == s["text"]


def test_db_option_and_env_select_the_database(tmp_path):
    import os

    target = tmp_path / "chosen.sqlite"
    env = dict(os.environ, ANNOTATE_DB=str(target))
    result = run_cli("stats", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    other = tmp_path / "flag.sqlite"
    result = run_cli("--db", str(other), "stats", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert other.exists()
