"""The package's layers hold (pyproject.toml [tool.importlinter]) and no module reaches into another package's
private names: the two structural rules of issue 10, checked in the suite as well as in .ci/run."""

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "planner"


def _top(module: str) -> str:
    """'planner.grounding.parse' -> 'planner.grounding'; a top-level module is its own package."""
    return ".".join(module.split(".")[:2])


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def private_imports() -> list[str]:
    """Every `from planner.X import _name` (or `import planner.X._mod`) whose importer lives in another package."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = _module_name(path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("planner") and not node.level:
                if _top(node.module) == _top(importer):
                    continue
                for alias in node.names:
                    if alias.name.startswith("_") and not alias.name.startswith("__"):
                        found.append(f"{importer} imports {node.module}.{alias.name} (line {node.lineno})")
                if any(p.startswith("_") and not p.startswith("__") for p in node.module.split(".")):
                    found.append(f"{importer} imports the private module {node.module} (line {node.lineno})")
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("planner") and _top(alias.name) != _top(importer) and any(
                        p.startswith("_") and not p.startswith("__") for p in alias.name.split(".")
                    ):
                        found.append(f"{importer} imports the private module {alias.name} (line {node.lineno})")
    return found


def test_no_module_imports_a_private_name_of_another_package():
    assert private_imports() == []


def test_the_private_import_scan_finds_one(tmp_path, monkeypatch):
    """The scan itself can fail: a module in another package importing a private name is reported."""
    pkg = tmp_path / "planner"
    (pkg / "a").mkdir(parents=True)
    (pkg / "b").mkdir()
    (pkg / "a" / "__init__.py").write_text("", encoding="utf-8")
    (pkg / "b" / "__init__.py").write_text("from planner.a.x import _hidden\nfrom planner.b.y import _own\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", pkg)
    assert private_imports() == ["planner.b imports planner.a.x._hidden (line 1)"]


def _lint_imports() -> str | None:
    exe = Path(sys.executable).parent / "lint-imports"
    return str(exe) if exe.exists() else shutil.which("lint-imports")


@pytest.mark.skipif(_lint_imports() is None, reason="import-linter (the [dev] extra) is not installed")
def test_the_layers_contract_is_kept():
    r = subprocess.run([_lint_imports(), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300,
                       env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stdout[-3000:] + r.stderr[-2000:]
    assert "1 kept, 0 broken" in r.stdout


def test_the_statement_checker_knows_nothing_of_plans():
    """Issue 10: the checker reads text only; the plan contract, backends and renderers are above it."""
    import importlib

    import grimp

    graph = grimp.build_graph("planner", include_external_packages=False, cache_dir=None)
    checker = {m for m in graph.modules if m == "planner.concreteness" or m.startswith("planner.concreteness.")}
    below = {"planner.concreteness", "planner.lexicon", "planner.text", "planner.resources"}
    reached = {_top(m) for m in graph.find_upstream_modules("planner.concreteness", as_package=True)}
    assert reached <= below, sorted(reached - below)
    assert checker and importlib.import_module("planner.concreteness").score_statement
