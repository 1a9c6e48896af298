"""The transient-failure policy (planner.retry): what is retried, how long it waits, when it stops."""

from __future__ import annotations

import email.utils

import pytest

from planner.retry import RetryPolicy, is_transient, retry_after_s


class FakeResponse:
    def __init__(self, status: int, headers: dict[str, str] | None = None):
        self.status_code = status
        self.headers = headers or {}


class FakeAPIError(Exception):
    def __init__(self, status: int, headers: dict[str, str] | None = None):
        super().__init__(f"HTTP {status}")
        self.status_code = status
        self.response = FakeResponse(status, headers)


class APITimeoutError(Exception):
    """Named like the openai/anthropic SDK class: recognised by name, no SDK import."""


@pytest.mark.parametrize("status", [429, 500, 502, 503, 529, 408])
def test_transient_statuses_are_retried(status):
    assert is_transient(FakeAPIError(status))


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_client_errors_are_not_retried(status):
    assert not is_transient(FakeAPIError(status))


def test_timeouts_and_connection_errors_are_transient_even_when_wrapped():
    wrapped = RuntimeError("instructor gave up")
    wrapped.__cause__ = APITimeoutError("timed out")
    assert is_transient(wrapped)
    assert is_transient(ConnectionResetError("reset"))
    assert not is_transient(ValueError("bad json"))


def test_retry_after_in_seconds_ms_and_http_date():
    assert retry_after_s(FakeAPIError(429, {"retry-after": "7"})) == 7.0
    assert retry_after_s(FakeAPIError(429, {"retry-after-ms": "1500"})) == 1.5
    date = email.utils.formatdate(1_000_030, usegmt=True)
    assert retry_after_s(FakeAPIError(429, {"retry-after": date}), now=1_000_000) == pytest.approx(30.0)
    assert retry_after_s(FakeAPIError(500)) is None


def _flaky(errors: list[Exception]):
    calls = []

    def fn():
        calls.append(1)
        if errors:
            raise errors.pop(0)
        return "ok"

    return fn, calls


def test_policy_waits_retry_after_then_succeeds():
    slept: list[float] = []
    fn, calls = _flaky([FakeAPIError(429, {"retry-after": "3"}), FakeAPIError(503)])
    policy = RetryPolicy(attempts=4, max_wait=10, base_wait=1.0, sleep=slept.append)
    assert policy.run(fn) == "ok"
    assert len(calls) == 3
    assert slept[0] == 3.0  # Retry-After honoured
    assert 0 <= slept[1] <= 2.0  # second backoff: full jitter under base * 2


def test_retry_after_is_capped_by_max_wait():
    slept: list[float] = []
    fn, _ = _flaky([FakeAPIError(429, {"retry-after": "3600"})])
    RetryPolicy(attempts=2, max_wait=5, sleep=slept.append).run(fn)
    assert slept == [5]


def test_backoff_is_bounded_exponential():
    policy = RetryPolicy(attempts=10, max_wait=4.0, base_wait=1.0, sleep=lambda s: None)
    for attempt in range(1, 10):
        ceiling = min(4.0, 2 ** (attempt - 1))
        waits = [policy.wait_for(attempt, FakeAPIError(500)) for _ in range(50)]
        assert all(0 <= w <= ceiling for w in waits)
    assert max(policy.wait_for(8, FakeAPIError(500)) for _ in range(200)) > 2.0  # it does grow


def test_permanent_error_fails_at_once():
    fn, calls = _flaky([FakeAPIError(400), FakeAPIError(400)])
    with pytest.raises(FakeAPIError):
        RetryPolicy(attempts=5, sleep=lambda s: None).run(fn)
    assert len(calls) == 1


def test_attempts_run_out_and_the_last_error_is_raised():
    slept: list[float] = []
    fn, calls = _flaky([FakeAPIError(500) for _ in range(10)])
    with pytest.raises(FakeAPIError):
        RetryPolicy(attempts=3, sleep=slept.append).run(fn)
    assert len(calls) == 3 and len(slept) == 2


def test_env_sets_attempts_and_max_wait(monkeypatch):
    monkeypatch.setenv("UPSKILL_RETRY_ATTEMPTS", "2")
    monkeypatch.setenv("UPSKILL_RETRY_MAX_WAIT", "0.01")
    policy = RetryPolicy(sleep=lambda s: None)
    assert policy.attempts == 2 and policy.max_wait == 0.01
    assert policy.wait_for(1, FakeAPIError(429, {"retry-after": "60"})) == 0.01
