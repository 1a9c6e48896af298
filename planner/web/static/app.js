// upskill-planner page. Every piece of user or model text is inserted with textContent, never as HTML.
"use strict";

const $ = (id) => document.getElementById(id);
let plan = null;
// Review notes (the checkers' findings) are for the plan's author: hidden unless "Show review notes" is on,
// so the plan on the page reads as the plan a manager pastes (issue 15).
const annotating = () => $("annotate").checked;

const FIELDS = [
  ["skill_goal", "Skill goal", (p) => p.skill_goal, true],
  ["audience", "Audience", (p) => [p.audience.description, `role: ${p.audience.role}`, `team: ${p.audience.team || "not stated"}`,
    p.audience.headcount ? `${p.audience.headcount} people` : "headcount not stated"]],
  ["current_gap", "Current gap", (p) => p.current_gap, true],
  ["work_impact", "Work impact", (p) => `${p.work_impact.category}: ${p.work_impact.description}`],
  ["performance_standard", "Performance standard", (p) => p.performance_standard, true],
  ["training_assets", "Training assets", (p) => p.training_assets.map((a) => `${a.kind}: ${a.title} — ${a.contains}`)],
  ["practice_activity", "Practice activity", (p) => [p.practice_activity.task, "materials: " + p.practice_activity.materials.join("; "),
    `where: ${p.practice_activity.setting}`]],
  ["feedback_owner", "Feedback owner", (p) => `${p.feedback_owner.role}, ${p.feedback_owner.cadence}`],
  ["success_signal", "Success signal", (p) => { const s = p.success_signal; return [s.behaviour, `metric: ${s.metric}`,
    `baseline: ${s.baseline || "not known yet: " + (s.baseline_method || "")}`,
    `${s.target_is_proposal ? "target (proposed, to confirm)" : "target"}: ${s.target}`, `source: ${s.data_source}`]; }],
  ["review_date", "Review date", (p) => `${p.review_date} (proposed)`],
];
const LISTS = [["decision_rules", "Decision rules"], ["common_mistakes", "Common mistakes"], ["practice_cases", "Sample practice cases"],
  ["delivery_methods", "Delivery methods"], ["open_questions", "Open questions for you"], ["assumptions", "Assumptions to confirm"]];

function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function setStatus(text, busy) { const s = $("status"); s.textContent = text; s.classList.toggle("busy", !!busy); }
function showError(msg) { const e = $("error"); e.textContent = msg || ""; e.hidden = !msg; }

async function api(path, body, asText) {
  const r = await fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
  if (!r.ok) {
    let msg = `HTTP ${r.status}`;
    try { const j = await r.json(); if (j.detail) msg = typeof j.detail === "string" ? j.detail : JSON.stringify(j.detail); } catch (_) {}
    throw new Error(msg);
  }
  return asText ? r.text() : r.json();
}

function renderField(key, title, value, editable, fs) {
  if (!annotating()) fs = null;
  const box = el("section", { class: "field" + (fs && fs.verdict === "vague" ? " weak" : ""), "data-field": key });
  const h = el("h3");
  const name = el("span", {}, title);
  h.appendChild(name);
  if (fs) h.appendChild(el("span", { class: "badge review" }, fs.verdict === "vague" ? "could be more specific" : "specific"));
  box.appendChild(h);
  const v = el("div", { class: "value" });
  if (Array.isArray(value)) { const ul = el("ul"); value.forEach((x) => ul.appendChild(el("li", {}, x))); v.appendChild(ul); }
  else v.textContent = value;
  box.appendChild(v);
  if (fs && fs.verdict === "vague") {
    const ul = el("ul", { class: "reasons review" });
    [...fs.reasons, ...fs.fixes].slice(0, 4).forEach((r) => ul.appendChild(el("li", {}, plain(r))));
    box.appendChild(ul);
  }
  if (editable) {
    const b = el("button", { class: "edit", type: "button" }, "Edit");
    b.addEventListener("click", () => openEditor(box, key));
    name.appendChild(b);
  }
  return box;
}

function openEditor(box, key) {
  if (box.querySelector(".editor")) return;
  const wrap = el("div", { class: "editor" });
  const ta = el("textarea", { rows: "3", "aria-label": `Edit ${key}` });
  ta.value = plan[key];
  const save = el("button", { type: "button", class: "primary" }, "Save and re-check");
  wrap.append(ta, save);
  box.appendChild(wrap);
  save.addEventListener("click", async () => {
    const text = ta.value.trim();
    if (!text) { showError("The field cannot be empty."); return; }
    plan[key] = text;
    setStatus("Re-checking…", true);
    try {
      const [rep, chk] = await Promise.all([api("/api/report", { plan: strip(plan) }), api("/api/check", { statements: [text] })]);
      plan.report = rep;
      render();
      const item = chk.items[0];
      setStatus(`Re-checked: "${key}" scores ${item.score.toFixed(2)} as a statement (${item.verdict}).`);
    } catch (e) { showError(e.message); setStatus(""); }
  });
}

// A checker's suggestion in plain words: no "(e.g. ...)" example, which may name a number the problem lacks.
function plain(text) { return String(text || "").replace(/\s*\((?:e\.g\.|for example)[^)]*\)/gi, "").trim(); }

function strip(p) { const c = Object.assign({}, p); delete c.report; return c; }

function render() {
  const rep = plan.report || { fields: {}, weak_fields: [] };
  $("overall").textContent = `Review: ${rep.weak_fields.length} field(s) could be more specific`;
  $("overall").hidden = !annotating();
  const t = $("type"); t.textContent = "";
  const strong = el("strong", {}, plan.intervention_type);
  t.append(strong, document.createTextNode(` — ${plan.intervention_rationale} `), el("br"),
    el("small", {}, `Would change if: ${plan.intervention_would_change_if}`));
  const fields = $("fields"); fields.textContent = "";
  for (const [key, title, get, editable] of FIELDS) fields.appendChild(renderField(key, title, get(plan), editable, rep.fields[key]));
  const tasks = $("tasks"); tasks.textContent = "";
  for (const task of plan.tasks) {
    const d = el("div", { class: "task" });
    d.appendChild(el("strong", {}, task.rewritten));
    const parts = el("div", { class: "parts" });
    for (const [k, label] of [["workflow", "workflow"], ["consumer", "used by"], ["outcome", "outcome"]]) {
      parts.append(el("span", {}, label), el("span", {}, task[k] || (k === "consumer" ? "not known yet — see open questions" : "–")));
    }
    d.appendChild(parts);
    if (annotating()) {
      const notes = task.checks.filter((c) => !c.passed || c.warning);
      notes.forEach((c) => d.appendChild(el("div", { class: "check-fail review" }, `Review note: ${plain(c.reason)}`)));
    }
    tasks.appendChild(d);
  }
  const lists = $("lists"); lists.textContent = "";
  if (annotating() && plan.review_notes && plan.review_notes.length) {
    lists.appendChild(el("h2", { class: "review" }, "Review notes (for the plan's author; not part of the plan)"));
    const ul = el("ul", { class: "review" }); plan.review_notes.forEach((x) => ul.appendChild(el("li", {}, x))); lists.appendChild(ul);
  }
  for (const [key, title] of LISTS) {
    if (!plan[key] || !plan[key].length) continue;
    lists.appendChild(el("h2", {}, title));
    const ul = el("ul"); plan[key].forEach((x) => ul.appendChild(el("li", {}, x))); lists.appendChild(ul);
  }
  $("result").hidden = false;
}

async function generate() {
  const text = $("problem").value.trim();
  if (!text) { showError("Paste a problem description first."); return; }
  showError(""); $("generate").disabled = true; setStatus("Writing the plan…", true);
  try {
    const body = { text };
    if ($("today").value) body.today = $("today").value;
    plan = await api("/api/plan", body);
    render();
    setStatus(`Plan ready (${plan.meta.provider}, ${plan.meta.model}).`);
  } catch (e) { showError(e.message); setStatus(""); }
  finally { $("generate").disabled = false; }
}

function download(name, text, type) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.appendChild(a); a.click(); a.remove();
}

async function markdown() { return api("/api/render?format=md", { plan: strip(plan) }, true); }

$("generate").addEventListener("click", generate);
$("annotate").addEventListener("change", () => { if (plan) render(); });
$("example").addEventListener("click", async () => { const r = await fetch("/api/example"); $("problem").value = await r.text(); });
$("download-md").addEventListener("click", async () => {
  try { download("upskilling-plan.md", await markdown(), "text/markdown"); } catch (e) { showError(e.message); }
});
$("download-json").addEventListener("click", () => download("upskilling-plan.json", JSON.stringify(strip(plan), null, 2), "application/json"));
$("copy").addEventListener("click", async () => {
  try { await navigator.clipboard.writeText(await markdown()); setStatus("Markdown copied."); }
  catch (e) { showError("Copy failed: " + e.message); }
});
fetch("/api/health").then((r) => r.json()).then((h) => { $("provider").textContent = `${h.provider} · ${h.model}`; })
  .catch(() => { $("provider").textContent = "unavailable"; });
