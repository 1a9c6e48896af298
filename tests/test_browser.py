"""A real browser (Debian's chromium, driven by Playwright) on the page: paste, plan, weak field, edit, re-check, download.

Set UPSKILL_SCREENSHOTS=1 to (re)write docs/screenshot-plan.png and docs/screenshot-phone.png.
"""

import os
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian's chromium is not installed (CI installs it with apt-get)")]
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-dev-shm-usage"]
THIN = "Our 6 ward clerks mistype patient IDs when booking follow-ups."


@pytest.fixture(scope="module")
def server():
    import uvicorn

    from planner.web.app import create_app

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(rate_per_minute=100), host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    t.join(timeout=5)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


def test_manager_flow(server, browser, tmp_path):
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server)
    page.wait_for_selector("#provider:has-text('offline')")
    page.fill("#problem", THIN)
    page.click("#generate")
    page.wait_for_selector("section.field[data-field='skill_goal']")
    assert page.locator("#type strong").inner_text().lower() == "upskilling"
    # by default the page shows the plan only: no checker marks (issue 15)
    assert page.locator("section.field.weak").count() == 0 and page.locator(".review").count() == 0
    # "Show review notes": a weak field is highlighted with the checker's reasons
    page.check("#annotate")
    weak = page.locator("section.field.weak")
    assert weak.count() >= 1
    assert page.locator("section.field.weak .reasons li").count() >= 1
    gap = page.locator("section.field[data-field='current_gap']")
    assert "weak" in gap.get_attribute("class")
    # edit the weak field and re-check it in place
    gap.locator("button.edit").click()
    gap.locator("textarea").fill("Clerks mistype the patient ID in about 5% of follow-up bookings in the scheduling system, found by the weekly booking audit")
    gap.locator("button:has-text('Save and re-check')").click()
    page.wait_for_selector("#status:has-text('Re-checked')")
    gap = page.locator("section.field[data-field='current_gap']")
    assert "weak" not in gap.get_attribute("class")
    assert "about 5%" in gap.inner_text()
    # download the markdown: it carries the edit
    with page.expect_download() as dl:
        page.click("#download-md")
    path = tmp_path / "plan.md"
    dl.value.save_as(path)
    md = path.read_text(encoding="utf-8")
    assert md.startswith("# Upskilling plan") and "about 5% of follow-up bookings" in md
    assert dialogs == []
    if os.environ.get("UPSKILL_SCREENSHOTS"):
        page.fill("#problem", open("examples/support-escalation-notes.txt", encoding="utf-8").read())
        page.fill("#today", "2026-01-05")
        page.click("#generate")
        page.wait_for_selector("#status:has-text('Plan ready')")
        page.screenshot(path="docs/screenshot-plan.png", full_page=False)
    page.close()


def test_hostile_text_is_shown_as_text(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server)
    hostile = "Our 4 agents write vague notes <script>alert(1)</script><img src=x onerror=alert(2)> for finance in 20% of tickets."
    page.fill("#problem", hostile)
    page.click("#generate")
    page.wait_for_selector("section.field[data-field='skill_goal']")
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("#result img").count() == 0 and page.locator("#result script").count() == 0
    gap = page.locator("section.field[data-field='current_gap'] .value").inner_text()
    assert "<script>alert(1)</script><img src=x onerror=alert(2)>" in gap  # shown literally, not run
    page.close()


def test_phone_width_layout(server, browser):
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(server)
    page.click("#example")
    page.wait_for_function("document.querySelector('#problem').value.length > 50")
    page.click("#generate")
    page.wait_for_selector("section.field[data-field='skill_goal']")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 400  # no horizontal scrolling on a phone
    if os.environ.get("UPSKILL_SCREENSHOTS"):
        page.screenshot(path="docs/screenshot-phone.png")
    page.close()
