"""The eval report's HTML (a jinja2 template with autoescape) and its benchmark section (imported, not run by path)."""

import json

from planner.evals.cases import load_cases
from planner.evals.report import write_reports
from planner.evals.runner import run_eval
from planner.providers.select import resolve
from tests.factories import TODAY

SMALL = "tests/fixtures/evals/small.yaml"
EVIL = "x' onmouseover='alert(1)\" <script>alert(2)</script> & <img src=x onerror=alert(3)>"


def _results():
    return run_eval(load_cases(SMALL)[:1], [resolve("offline")], today=TODAY)


def test_report_html_escapes_hostile_text_everywhere(tmp_path):
    res = _results()
    target = next(iter(res["summary"]))
    res["records"][0]["why"] = [EVIL]
    res["records"][0]["domain"] = EVIL
    res["cases"] = [EVIL if c == res["records"][0]["case"] else c for c in res["cases"]]
    res["records"][0]["case"] = EVIL
    deltas = {"metrics": {}, "cases": [{"target": target, "case": EVIL, "deltas": {"concreteness": 0.5}}]}
    write_reports(tmp_path, res, deltas=deltas, failures=[EVIL], with_bench=False)
    html = (tmp_path / "report.html").read_text()
    assert "<script" not in html and "<img" not in html and "onmouseover='" not in html
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in html and "x&#39; onmouseover=&#39;alert(1)&#34;" in html
    # in a cell, in its title attribute, in the domain, the baseline rows and the gate line
    assert html.count("&lt;script&gt;alert(2)") >= 5
    assert "<p class='fail'>Gate failed: x&#39;" in html


def _tiny_benchmarks(root):
    (root / "smartspan").mkdir(parents=True)
    rows = [{"goal": "Reduce escalations missing the invoice number from 40% to 10% by March", "measurable": 1, "specific": 1},
            {"goal": "Be better at communication", "measurable": 0, "specific": 0}]
    (root / "smartspan" / "goals.jsonl").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")


def test_benchmark_figures_come_from_the_package(tmp_path, monkeypatch):
    """The section is computed by planner.evals.benchmark from the folder found at run time: no bench/ script needed."""
    bench = tmp_path / "benchmarks"
    _tiny_benchmarks(bench)
    monkeypatch.setenv("UPSKILL_BENCHMARKS_DIR", str(bench))
    out = tmp_path / "out"
    write_reports(out, _results())
    results = json.loads((out / "results.json").read_text())
    assert results["benchmarks"]["statements_scored"] == 2 and "smartspan_measurable_f1" in results["benchmarks"]
    html = (out / "report.html").read_text()
    assert "<td>smartspan_measurable_f1</td>" in html and "Not available" not in html
    assert "smartspan_measurable_f1" in (out / "report.md").read_text()


def test_benchmark_section_says_not_available_when_the_folder_is_absent(tmp_path, monkeypatch):
    monkeypatch.setenv("UPSKILL_BENCHMARKS_DIR", str(tmp_path / "nowhere"))
    write_reports(tmp_path, _results())
    assert "benchmarks" not in json.loads((tmp_path / "results.json").read_text())
    for name in ("report.html", "report.md"):
        assert "Not available: the benchmarks folder" in (tmp_path / name).read_text(), name


def test_the_bench_script_and_the_report_give_the_same_figures(tmp_path):
    import subprocess
    import sys

    from planner.evals.benchmark import benchmark_figures, format_figures

    _tiny_benchmarks(tmp_path)
    r = subprocess.run([sys.executable, "bench/bench_concreteness.py", "--benchmarks", str(tmp_path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == format_figures(benchmark_figures(tmp_path))
