"""The built wheel works outside the repository: every file it reads at run time is inside the package.

The wheel is built from a copy of the checkout (no build isolation, so no registry is asked), installed
without its dependencies into a fresh venv that borrows the test venv's third-party packages (but not its
editable `planner`), and run from a folder with no repository around it.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
IGNORE = shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache",
                                "eval-out*", "tests", "docs", "bench", "scripts")


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now: a connection is refused at once
    return port


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    shutil.copytree(ROOT, src, symlinks=True, ignore=IGNORE)
    dist = tmp / "dist"
    r = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-q", "-w", str(dist), str(src)],
        capture_output=True, text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    (wheel,) = dist.glob("upskill_planner-*.whl")
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    r = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"), "install", "--no-deps", "--no-index", "-q", str(wheel)],
        capture_output=True, text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    # third-party packages from the test venv, as a plain path: its .pth files (the editable planner) are not run
    site = Path(subprocess.check_output([str(env_dir / "bin" / "python"), "-c", "import sysconfig;print(sysconfig.get_paths()['purelib'])"], text=True).strip())
    (site / "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    return env_dir


def _run(env_dir: Path, cwd: Path, *args: str, **kw) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UPSKILL_", "OPENAI", "ANTHROPIC", "PYTHON"))}
    env.update(kw.pop("env", {}))
    env["UPSKILL_STATE_DIR"] = str(cwd / "state")
    return subprocess.run([str(env_dir / "bin" / "upskill"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_wheel_is_imported_from_site_packages(installed: Path, tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    out = subprocess.check_output([str(installed / "bin" / "python"), "-c", "import planner;print(planner.__file__)"], cwd=tmp_path, env=env, text=True)
    assert str(installed) in out and str(ROOT) not in out


def test_wheel_plans_offline_and_reaches_the_network_step_with_openai(installed: Path, tmp_path: Path) -> None:
    r = _run(installed, tmp_path, "plan", "--file", str(ROOT / "examples" / "support-escalation-notes.txt"), "--format", "json")
    assert r.returncode == 0, r.stderr
    assert '"skill_goal"' in r.stdout
    port = _closed_port()
    r = _run(installed, tmp_path, "plan", "Our 12 support agents write vague escalation notes.", "--provider", "openai",
             "--base-url", f"http://127.0.0.1:{port}/v1", "--model", "m", env={"OPENAI_API_KEY": "sk-test", "UPSKILL_TIMEOUT_S": "2"})
    # exit 3 is a provider error (here: connection refused), so the prompt was found and the request was built
    assert r.returncode == 3, (r.returncode, r.stderr[-800:])
    assert "not found" not in r.stderr


def test_wheel_runs_eval_on_its_bundled_cases(installed: Path, tmp_path: Path) -> None:
    r = _run(installed, tmp_path, "eval", "--out", str(tmp_path / "eval-out"))
    assert r.returncode == 0, r.stderr[-2000:]
    assert (tmp_path / "eval-out" / "report.md").is_file()
    assert (tmp_path / "eval-out" / "results.json").stat().st_size > 100


def test_wheel_runs_batch_without_out(installed: Path, tmp_path: Path) -> None:
    """The documented default: no --out, so the plans go to upskill-batch-<date> in the working folder."""
    shutil.copy(ROOT / "tests" / "fixtures" / "survey" / "clean.csv", tmp_path / "clean.csv")
    r = _run(installed, tmp_path, "batch", "clean.csv", "--today", "2026-12-01")
    assert r.returncode == 0, (r.returncode, r.stderr[-2000:])
    (out,) = [p for p in tmp_path.iterdir() if p.is_dir() and p.name.startswith("upskill-batch-")]
    assert (out / "summary.csv").is_file() and (out / "index.html").is_file()
    assert list(out.glob("*.md")), "batch without --out wrote no plan"
