"""Register a run's groups all-or-nothing, then run every pending group through the plan pipeline, bounded and resumable.

Each finished group is committed to the run store at once; Ctrl-C stops taking new groups,
lets the in-flight ones finish and commit, and says how to resume. Transient provider errors
(429 with Retry-After, 5xx, timeouts) are retried inside the provider call by planner.retry.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Optional

from planner.errors import InputError, PlannerError
from planner.providers.base import ProviderConfig
from planner.runs.store import RunStore


def prompt_version_for(config: ProviderConfig) -> str:
    """The prompt (or rules) version the backend records in its plans: part of the cache key."""
    from planner.backends import get_backend

    return get_backend(config).prompt_version


def file_sha256(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _group_rows(survey: Any) -> list[tuple[str, str, int, str, str, str]]:
    from planner.survey.problem import stored_analysis  # the analysis with the group's facts, handed to the plan as data

    return [(g.key, g.label, g.respondents, g.input_hash, g.problem_text, stored_analysis(g.analysis, g.facts)) for g in survey.groups]


def register_run(store: RunStore, run_id: str, args: dict[str, Any], provider: str, model: str,
                 load: Callable[[], Any]) -> Any:
    """Write the run ('registering', with what a resume needs: args["file"], args["file_sha256"],
    args["survey_options"]), load the survey, then register every group in one transaction.

    A bad export (or Ctrl-C) while loading leaves nothing behind: the run is deleted, and a store that
    holds no other run is removed. A SIGKILL leaves a run without groups, which ensure_registered completes."""
    store.create_run(run_id, args, provider, model, status="registering")
    try:
        survey = load()
    except BaseException:
        store.delete_run(run_id)
        if store.run_count() == 0:
            store.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(store.path) + suffix).unlink(missing_ok=True)
        raise
    store.update_args(run_id, {"dropped_protected": survey.dropped_protected, "redactions": survey.redactions,
                               "bad_rows": len(survey.bad_rows)})
    store.register_groups(run_id, _group_rows(survey))
    return survey


def ensure_registered(store: RunStore, run: dict[str, Any]) -> Optional[int]:
    """A run stopped while its groups were being registered: registered now from its export (the same file,
    checked by its SHA-256, read with the same options), or refused with a message saying why.
    Returns the number of groups registered now, None when the run was complete already."""
    expected, have = run.get("groups_expected"), store.group_count(run["id"])
    if run["status"] != "registering":
        if expected is not None and have != expected:
            raise InputError(f"{store.path}: the run {run['id']} should hold {expected} groups but holds {have}; "
                             "the store is damaged: start the run again with upskill batch FILE --out NEW_DIR")
        return None
    a = run["args"]
    file, digest, opts = a.get("file"), a.get("file_sha256"), a.get("survey_options")
    stopped = f"the run {run['id']} was stopped while its groups were being registered"
    if not file or opts is None or not digest:
        raise InputError(f"{stopped}, and the store does not say which export to read; start it again: upskill batch FILE --out NEW_DIR")
    if not Path(file).is_file():
        raise InputError(f"{stopped}, and its export {file} is no longer there; start it again: upskill batch FILE --out NEW_DIR")
    if file_sha256(file) != digest:
        raise InputError(f"{stopped}, and its export {file} has changed since; start it again: upskill batch FILE --out NEW_DIR")
    from planner.survey import SurveyOptions, load_survey

    survey = load_survey(file, SurveyOptions.model_validate(opts))
    store.update_args(run["id"], {"dropped_protected": survey.dropped_protected, "redactions": survey.redactions,
                                  "bad_rows": len(survey.bad_rows)})
    return store.register_groups(run["id"], _group_rows(survey))


@dataclass
class RunTotals:
    done: int = 0
    failed: int = 0
    cached: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    interrupted: bool = False


def run_groups(store: RunStore, run_id: str, config: ProviderConfig, today: dt.date, *, concurrency: int = 4,
               generator: Any = None, on_progress: Optional[Callable[[RunTotals, int], None]] = None,
               stop: Optional[threading.Event] = None) -> RunTotals:
    """Plan every pending (or previously failed) group; return the totals of this invocation."""
    from planner.pipeline import make_plan
    from planner.plan_json import plan_json
    from planner.survey.problem import stored_facts

    store.reset_running(run_id)
    todo = store.groups(run_id, "pending") + store.groups(run_id, "failed")
    totals = RunTotals()
    lock = threading.Lock()
    stop = stop or threading.Event()
    if generator is None:  # one backend (one SDK client and connection pool) shared by all workers
        from planner.pipeline import get_generator

        generator = get_generator(config)
    gen = generator
    # the backend knows its own prompt version; a caller's generator without one is asked through the registry
    version = getattr(gen, "prompt_version", None) or prompt_version_for(config)

    def one(g: dict[str, Any]) -> None:
        if stop.is_set():
            return
        hit = store.cached(config.name, config.model, version, g["input_hash"])
        if hit is not None:  # an identical request was answered before: not paid twice
            store.finish(run_id, g["key"], hit, 0, 0, 0.0)
            with lock:
                totals.done += 1
                totals.cached += 1
            return
        store.start(run_id, g["key"])
        try:
            plan = make_plan(g["problem_text"], config=config, today=today, generator=gen, survey=stored_facts(g["analysis"]))
        except PlannerError as e:
            store.fail(run_id, g["key"], str(e))
            with lock:
                totals.failed += 1
            return
        except Exception as e:  # a bug must not lose the rest of the run
            store.fail(run_id, g["key"], f"internal error: {type(e).__name__}: {e}")
            with lock:
                totals.failed += 1
            return
        result = plan_json(plan)
        u = plan.meta.usage
        store.finish(run_id, g["key"], result, u.input_tokens, u.output_tokens, plan.meta.estimated_cost_usd)
        store.put_cache(config.name, config.model, version, g["input_hash"], result)
        with lock:
            totals.done += 1
            totals.input_tokens += u.input_tokens
            totals.output_tokens += u.output_tokens
            totals.cost_usd += plan.meta.estimated_cost_usd

    pool = ThreadPoolExecutor(max_workers=max(1, concurrency))
    futures = {pool.submit(one, g) for g in todo}
    try:
        while futures:
            finished, futures = wait(futures, timeout=0.5, return_when=FIRST_COMPLETED)
            for f in finished:
                f.result()
            if on_progress:
                on_progress(totals, len(todo))
    except KeyboardInterrupt:
        stop.set()
        totals.interrupted = True
        for f in futures:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)  # in-flight groups finish and commit
        store.reset_running(run_id)
        return totals
    pool.shutdown(wait=True)
    if on_progress:
        on_progress(totals, len(todo))
    counts = store.counts(run_id)
    store.set_run_status(run_id, "failed" if counts.get("failed") else ("done" if not counts.get("pending") else "running"))
    return totals
