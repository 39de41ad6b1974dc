// crisiswatch web console: vanilla JS, no build step, nothing loaded from elsewhere.
//
// Security: everything shown comes from the API and may contain text written by anyone on the
// internet (mention texts, author handles, headlines); it is inserted with textContent /
// createTextNode only, never innerHTML, and links are followed only when http(s).
// The API token stays in sessionStorage (this tab) and goes out only as
// "Authorization: Bearer" to this origin.
//
// Live updates: GET /api/events read with fetch() (EventSource cannot send the header) as a
// stream of Server-Sent Events; on (re)connect the page fetches the lists again, then applies
// the pushed changes. See streams/web/console_routes.py.
"use strict";

(() => {
  const TOKEN_KEY = "crisiswatch.token";
  const BY_KEY = "crisiswatch.by";
  const SEVERITY_RANK = { info: 0, warning: 1, error: 2, critical: 3 };
  const STATE_RANK = { triggered: 0, acknowledged: 1, resolved: 2 };
  const ACTIONS = [
    { kind: "ack", label: "Acknowledge", busy: "Acknowledging…", cls: "primary" },
    { kind: "resolve", label: "Resolve", busy: "Resolving…", cls: "" },
    { kind: "silence", label: "Silence 1h", busy: "Silencing…", cls: "" },
  ];

  const S = {
    token: sessionStorage.getItem(TOKEN_KEY) || "",
    by: localStorage.getItem(BY_KEY) || "",
    incidents: new Map(),
    brands: new Map(),
    filter: "open",
    brandFilter: null,
    selected: incidentFromPath(),
    detail: null,
    detailSeq: 0,
    stream: null,
    retries: 0,
    lastByte: 0,
    heartbeatS: 15,
    keys: new Map(), // "id kind" -> Idempotency-Key of an attempt that did not get an answer
  };

  const $ = (id) => document.getElementById(id);

  // ------------------------------------------------------------------ DOM helpers (no HTML)

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    const p = props || {};
    if (p.cls) node.className = p.cls;
    if (p.text !== undefined && p.text !== null) node.textContent = String(p.text);
    for (const [k, v] of Object.entries(p.attrs || {})) {
      if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const [k, v] of Object.entries(p.data || {})) node.dataset[k] = String(v);
    for (const [k, v] of Object.entries(p.on || {})) node.addEventListener(k, v);
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }

  function svgEl(tag, attrs) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  function safeUrl(raw) {
    if (typeof raw !== "string" || !raw) return null;
    try {
      const u = new URL(raw, location.origin);
      return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
    } catch (_) {
      return null;
    }
  }

  function incidentFromPath() {
    const m = location.pathname.match(/^\/console\/incidents\/([^/]+)$/);
    if (!m) return null;
    try {
      return decodeURIComponent(m[1]);
    } catch (_) {
      return null;
    }
  }

  function newKey() {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes); // works on plain http too, unlike crypto.randomUUID
    return "console-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  function age(ms) {
    const s = Math.max(0, (Date.now() - ms) / 1000);
    if (s < 45) return "just now";
    if (s < 3600) return `${Math.round(s / 60)} min ago`;
    if (s < 86400) return `${Math.round(s / 3600)} h ago`;
    return `${Math.round(s / 86400)} d ago`;
  }

  function clock(ms) {
    return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  }

  function fullTime(ms) {
    return new Date(ms).toLocaleString();
  }

  function words(s) {
    return String(s || "").replace(/_/g, " ");
  }

  let toastTimer = 0;
  function toast(message, bad) {
    const t = $("toast");
    t.textContent = message;
    t.className = "toast show" + (bad ? " bad" : "");
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { t.className = "toast"; }, bad ? 7000 : 3500);
  }

  function setLive(state, text) {
    const live = $("live");
    live.dataset.state = state;
    live.textContent = text;
  }

  // ------------------------------------------------------------------ API

  class ApiError extends Error {
    constructor(status, doc) {
      super((doc && (doc.detail || doc.error)) || `HTTP ${status}`);
      this.status = status;
      this.doc = doc;
    }
  }

  async function api(method, path, body, headers) {
    const init = {
      method,
      headers: { Authorization: "Bearer " + S.token, Accept: "application/json", ...(headers || {}) },
      cache: "no-store",
      credentials: "omit",
    };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const resp = await fetch(path, init);
    let doc = null;
    try {
      doc = await resp.json();
    } catch (_) {
      doc = null;
    }
    if (resp.status === 401) {
      signOut("The worker refused the token: sign in again.");
      throw new ApiError(401, doc);
    }
    if (!resp.ok && resp.status !== 202) throw new ApiError(resp.status, doc);
    return { status: resp.status, doc };
  }

  // ------------------------------------------------------------------ sign in / out

  function showLogin(message) {
    $("app").hidden = true;
    $("who").hidden = true;
    $("login").hidden = false;
    $("login-error").textContent = message || "";
    setLive("off", "Not connected");
    $("token").focus();
  }

  function signOut(message) {
    S.token = "";
    sessionStorage.removeItem(TOKEN_KEY);
    stopStream();
    S.incidents.clear();
    showLogin(message);
  }

  async function onLogin(event) {
    event.preventDefault();
    const value = $("token").value.trim();
    if (!value) return;
    const button = event.target.querySelector("button");
    button.disabled = true;
    $("login-error").textContent = "";
    try {
      const resp = await fetch("/api/incidents?limit=1", {
        headers: { Authorization: "Bearer " + value }, cache: "no-store", credentials: "omit",
      });
      if (resp.status === 401) {
        $("login-error").textContent = "That token was refused.";
        return;
      }
      if (resp.status === 503) {
        const doc = await resp.json().catch(() => null);
        if (doc && doc.error === "disabled") {
          $("login-error").textContent = doc.detail;
          return;
        }
      }
      S.token = value;
      sessionStorage.setItem(TOKEN_KEY, value);
      $("token").value = "";
      start();
    } catch (_) {
      $("login-error").textContent = "The worker cannot be reached.";
    } finally {
      button.disabled = false;
    }
  }

  function start() {
    $("login").hidden = true;
    $("app").hidden = false;
    $("who").hidden = false;
    $("by").value = S.by;
    connect();
  }

  // ------------------------------------------------------------------ live stream

  function stopStream() {
    if (S.stream) S.stream.abort();
    S.stream = null;
  }

  async function connect() {
    stopStream();
    if (!S.token) return;
    const ctrl = new AbortController();
    S.stream = ctrl;
    setLive("wait", S.retries ? "Reconnecting…" : "Connecting…");
    let wait = Math.min(15000, 1000 * 2 ** Math.min(S.retries, 4));
    try {
      const resp = await fetch("/api/events", {
        headers: { Authorization: "Bearer " + S.token, Accept: "text/event-stream" },
        cache: "no-store", credentials: "omit", signal: ctrl.signal,
      });
      if (resp.status === 401) {
        signOut("The worker refused the token: sign in again.");
        return;
      }
      if (!resp.ok || !resp.body) {
        const retryAfter = Number(resp.headers.get("Retry-After"));
        if (retryAfter > 0) wait = retryAfter * 1000;
        throw new Error(`HTTP ${resp.status}`);
      }
      S.lastByte = Date.now();
      await readEvents(resp.body, ctrl);
    } catch (err) {
      if (ctrl.signal.aborted && S.stream !== ctrl) return; // replaced or signed out
    }
    if (S.stream !== ctrl || !S.token) return;
    S.retries += 1;
    setLive("wait", "Reconnecting…");
    setTimeout(() => { if (S.stream === ctrl) connect(); }, wait);
  }

  async function readEvents(body, ctrl) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done || ctrl.signal.aborted) return;
      S.lastByte = Date.now();
      buffer += value;
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        dispatch(frame);
      }
    }
  }

  function dispatch(frame) {
    let name = "message";
    const data = [];
    for (const line of frame.split("\n")) {
      if (line.startsWith(":")) continue; // heartbeat
      const colon = line.indexOf(":");
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
      if (field === "event") name = value;
      else if (field === "data") data.push(value);
    }
    if (!data.length) return;
    let doc;
    try {
      doc = JSON.parse(data.join("\n"));
    } catch (_) {
      return;
    }
    if (name === "hello") {
      S.retries = 0;
      S.heartbeatS = doc.heartbeat_s || 15;
      setLive("on", "Live");
      loadAll();
    } else if (name === "incidents") {
      for (const inc of doc.incidents || []) S.incidents.set(inc.id, inc);
      for (const id of doc.removed || []) S.incidents.delete(id);
      renderList();
      const ids = new Set([...(doc.incidents || []).map((i) => i.id), ...(doc.removed || [])]);
      if (S.selected && ids.has(S.selected)) loadDetail(S.selected);
    } else if (name === "brands") {
      for (const snap of doc.brands || []) {
        const b = S.brands.get(snap.brand);
        if (b) b.series = snap;
      }
      renderBrands();
    } else if (name === "reload") {
      loadAll();
    }
  }

  // A stream that went silent for longer than heartbeats allow is dead: reconnect.
  setInterval(() => {
    if (S.stream && S.lastByte && Date.now() - S.lastByte > S.heartbeatS * 2500) {
      S.lastByte = 0;
      connect();
    }
  }, 5000);

  async function loadAll() {
    try {
      const [list, brands] = await Promise.all([
        api("GET", "/api/incidents?limit=500"),
        api("GET", "/api/brands"),
      ]);
      S.incidents = new Map(list.doc.incidents.map((i) => [i.id, i]));
      S.brands = new Map(brands.doc.brands.map((b) => [b.id, b]));
      renderBrands();
      renderList();
      if (S.selected) loadDetail(S.selected);
    } catch (err) {
      if (err.status !== 401) toast("Could not load incidents: " + err.message, true);
    }
  }

  // ------------------------------------------------------------------ brands and sparklines

  function pointsFor(interval) {
    return Math.max(1, Math.min(60, Math.floor(3600000 / interval)));
  }

  function per(interval) {
    return interval === 60000 ? "/min" : ` per ${Math.round(interval / 60000)} min`;
  }

  function sparkline(series, name) {
    const W = 240, H = 48;
    const svg = svgEl("svg", { class: "spark", viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", role: "img" });
    const points = (series && series.points) || [];
    if (!points.length) {
      svg.setAttribute("aria-label", `${name}: no volume data yet`);
      svg.append(svgEl("line", { class: "axis", x1: 0, y1: H - 0.5, x2: W, y2: H - 0.5 }));
      return svg;
    }
    const interval = series.interval_ms;
    const n = pointsFor(interval);
    const last = points[points.length - 1][0];
    const first = last - (n - 1) * interval;
    const counts = points.map((p) => p[1] || 0);
    const peak = Math.max(...counts);
    const top = Math.max(1, peak, series.expected * 1.25);
    const w = W / n;
    const y = (v) => H - (v / top) * (H - 2);
    svg.append(svgEl("line", { class: "axis", x1: 0, y1: H - 0.5, x2: W, y2: H - 0.5 }));
    for (const [t, total, negative] of points) {
      if (total === null || total === undefined) continue;
      const i = Math.round((t - first) / interval);
      if (i < 0 || i >= n) continue;
      const x = i * w + 0.5;
      // Any mention at all gets a visible bar: a quiet minute is not an empty one.
      const bar = (v, cls) => {
        const h = Math.max(2, H - y(v));
        svg.append(svgEl("rect", { class: cls, x, y: H - h, width: Math.max(1, w - 1), height: h }));
      };
      if (total > 0) bar(total, "bar");
      if (negative > 0) bar(negative, "bar-negative");
    }
    if (series.expected > 0) {
      const ey = y(series.expected);
      svg.append(svgEl("line", { class: "expected", x1: 0, y1: ey, x2: W, y2: ey }));
    }
    const peakAt = points[counts.indexOf(peak)][0];
    const label = `${name}: last hour, peak ${peak}${per(interval)} at ${clock(peakAt)}, ` +
      (series.expected > 0 ? `expected ${series.expected.toFixed(1)}${per(interval)}` : "baseline still learning");
    svg.setAttribute("aria-label", label);
    const title = svgEl("title");
    title.textContent = label;
    svg.prepend(title);
    return svg;
  }

  function renderBrands() {
    const list = $("brand-list");
    const items = [];
    for (const b of S.brands.values()) {
      const s = b.series;
      const last = s && s.points.length ? s.points[s.points.length - 1] : null;
      const now = last && last[1] !== null ? last[1] : null;
      const nowText = now === null ? "no data yet" :
        `${now}${per(s.interval_ms)} now · ` +
        (s.expected > 0 ? `expected ${s.expected.toFixed(1)}` : "baseline learning");
      const open = [...S.incidents.values()].filter((i) => i.brand === b.id && i.state !== "resolved").length;
      const button = el("button", {
        cls: "brand", attrs: { type: "button", "aria-pressed": S.brandFilter === b.id ? "true" : "false",
          title: `Show only ${b.name}'s incidents` },
        data: { brand: b.id },
        on: { click: () => { S.brandFilter = S.brandFilter === b.id ? null : b.id; renderBrands(); renderList(); } },
      },
      el("span", { cls: "brand-name", text: b.name }),
      sparkline(s, b.name),
      el("span", { cls: "brand-now" }, nowText,
        open ? el("span", { cls: "brand-open", text: ` · ${open} open` }) : null));
      items.push(el("li", null, button));
    }
    list.replaceChildren(...items);
  }

  // ------------------------------------------------------------------ incident list

  function visible() {
    const all = [...S.incidents.values()].filter((i) =>
      (S.filter === "all" || i.state !== "resolved") && (!S.brandFilter || i.brand === S.brandFilter));
    all.sort((a, b) =>
      (a.state === "resolved") - (b.state === "resolved") ||
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.opened_ms - a.opened_ms || (a.id < b.id ? -1 : 1));
    return all;
  }

  function severityBadge(inc) {
    return el("span", { cls: `badge sev sev-${inc.severity}`, text: inc.severity, attrs: { title: inc.severity_text } });
  }

  function stateBadge(inc) {
    return el("span", { cls: `badge state state-${inc.state}`, text: inc.state });
  }

  function row(inc) {
    const current = inc.id === S.selected;
    return el("li", null, el("button", {
      cls: `row sev-${inc.severity} state-${inc.state}`,
      attrs: { type: "button", "aria-current": current ? "true" : "false" },
      data: { id: inc.id },
      on: { click: () => select(inc.id), keydown: onRowKey },
    },
    severityBadge(inc),
    stateBadge(inc),
    el("span", { cls: "brand-label", text: inc.brand_name }),
    el("span", { cls: "age", text: age(inc.opened_ms), attrs: { title: fullTime(inc.opened_ms) }, data: { ms: inc.opened_ms } }),
    el("span", { cls: "headline", text: inc.headline }),
    el("span", { cls: "meta" },
      words(inc.kind_text || inc.kind),
      inc.unverified ? " · " : "",
      inc.unverified ? el("span", { cls: "badge flag", text: "unverified", attrs: { title: inc.unverified_text || "" } }) : null,
      inc.silenced_by ? " · silenced" : "",
      inc.acked_by ? ` · acknowledged by ${inc.acked_by}` : "")));
  }

  function renderList() {
    const focused = document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.id : undefined;
    const rows = visible();
    $("incident-list").replaceChildren(...rows.map(row));
    $("list-empty").hidden = rows.length > 0;
    const bf = $("brand-filter");
    if (S.brandFilter) {
      const b = S.brands.get(S.brandFilter);
      bf.replaceChildren(`Only ${b ? b.name : S.brandFilter} · `,
        el("button", { cls: "chip", text: "show all brands", attrs: { type: "button" },
          on: { click: () => { S.brandFilter = null; renderBrands(); renderList(); } } }));
      bf.hidden = false;
    } else {
      bf.hidden = true;
    }
    if (focused) {
      const again = [...$("incident-list").querySelectorAll(".row")].find((r) => r.dataset.id === focused);
      if (again) again.focus();
    }
    const open = [...S.incidents.values()].filter((i) => i.state === "triggered").length;
    document.title = (open ? `(${open}) ` : "") + "crisiswatch console";
  }

  function onRowKey(event) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const rows = [...$("incident-list").querySelectorAll(".row")];
    const i = rows.indexOf(event.currentTarget);
    const next = rows[i + (event.key === "ArrowDown" ? 1 : -1)];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  function select(id) {
    S.selected = id;
    history.replaceState(null, "", "/console/incidents/" + encodeURIComponent(id));
    for (const r of $("incident-list").querySelectorAll(".row")) {
      r.setAttribute("aria-current", r.dataset.id === id ? "true" : "false");
    }
    S.detail = null;
    loadDetail(id);
  }

  // ------------------------------------------------------------------ detail

  async function loadDetail(id) {
    const seq = ++S.detailSeq;
    try {
      const { doc } = await api("GET", "/api/incidents/" + encodeURIComponent(id));
      if (seq !== S.detailSeq || S.selected !== id) return;
      renderDetail(doc.incident);
    } catch (err) {
      if (seq !== S.detailSeq) return;
      if (err.status === 404) {
        $("detail").replaceChildren(el("p", { cls: "empty", text: `Incident ${id} is not known (resolved more than 7 days ago, or a mistyped link).` }));
      } else if (err.status !== 401) {
        toast("Could not load the incident: " + err.message, true);
      }
    }
  }

  function renderDetail(inc) {
    const pane = $("detail");
    const same = S.detail && S.detail.id === inc.id;
    const oldNote = same ? pane.querySelector("textarea") : null;
    const noteText = oldNote ? oldNote.value : "";
    const noteFocused = oldNote && document.activeElement === oldNote;
    const focusedAction = same && document.activeElement && document.activeElement.dataset
      ? document.activeElement.dataset.action : undefined;
    S.detail = inc;
    S.incidents.set(inc.id, { ...(S.incidents.get(inc.id) || {}), ...inc });

    const buttons = ACTIONS.filter((a) => inc.actions.includes(a.kind)).map((a) =>
      el("button", {
        cls: a.cls, text: a.label, attrs: { type: "button" }, data: { action: a.kind },
        on: { click: (e) => act(inc, a, e.currentTarget) },
      }));

    const note = inc.actions.includes("note") ? el("form", {
      cls: "note", on: { submit: (e) => { e.preventDefault(); addNote(inc, e.currentTarget); } },
    },
    el("label", { text: "Note", attrs: { for: "note-text" } }),
    el("textarea", { attrs: { id: "note-text", name: "text", maxlength: 2000, rows: 1, placeholder: "e.g. statement published" } }),
    el("button", { text: "Add note", attrs: { type: "submit" }, data: { action: "note" } })) : null;

    const facts = [];
    facts.push(`Opened ${fullTime(inc.opened_ms)}`);
    if (inc.last_signal_ms) facts.push(`last signal ${age(inc.last_signal_ms)}`);
    if (inc.acked_ms) facts.push(`acknowledged by ${inc.acked_by || "?"} at ${clock(inc.acked_ms)}`);
    if (inc.resolved_ms) facts.push(`resolved by ${inc.resolved_by || "?"} at ${clock(inc.resolved_ms)}`);
    if (inc.mtta_s !== null && inc.mtta_s !== undefined) facts.push(`MTTA ${Math.round(inc.mtta_s)} s`);
    if (inc.escalation_level) facts.push(`escalation level ${inc.escalation_level}`);
    if (inc.silenced_by) facts.push(`silenced (${inc.silenced_by})`);
    if (inc.inhibited_by) facts.push(`inhibited by ${inc.inhibited_by}`);

    const why = (inc.why || []).flatMap((f) => [el("dt", { text: f.label }), el("dd", { text: f.value })]);

    const mentions = (inc.mentions || []).map((m) => {
      const href = safeUrl(m.url);
      return el("li", { cls: "mention" },
        el("p", { cls: "by" },
          el("span", { cls: "author", text: "@" + (m.author || "unknown") }),
          el("span", { text: m.source }),
          el("span", { text: `reach ${Number(m.reach || 0).toLocaleString()}` }),
          m.created_ms ? el("span", { text: clock(m.created_ms) }) : null,
          href ? el("a", { text: "open", attrs: { href, target: "_blank", rel: "noopener noreferrer" } }) : null),
        el("p", { cls: "text", text: m.text }));
    });

    const timeline = (inc.timeline || []).map((e) => el("li", null,
      el("time", { text: clock(e.at_ms), attrs: { datetime: e.at || "", title: fullTime(e.at_ms) } }),
      el("span", { cls: "tl-kind", text: words(e.kind) }),
      e.text,
      e.by ? ` (${e.by})` : ""));

    const grafana = safeUrl(inc.links && inc.links.grafana);

    pane.replaceChildren(el("article", { attrs: { "aria-labelledby": "detail-title" } },
      el("div", { cls: "detail-head" },
        severityBadge(inc), stateBadge(inc),
        inc.unverified ? el("span", { cls: "badge flag", text: "unverified / possible fake", attrs: { title: inc.unverified_text || "" } }) : null,
        inc.silenced_by ? el("span", { cls: "badge muted-badge", text: "silenced" }) : null),
      el("h2", { text: inc.headline, attrs: { id: "detail-title" } }),
      el("p", { cls: "sub" }, `${inc.brand_name} · ${words(inc.kind_text || inc.kind)} · `, el("code", { text: inc.id })),
      buttons.length ? el("div", { cls: "actions", attrs: { role: "group", "aria-label": "Actions" } }, buttons) : null,
      note,
      el("p", { cls: "facts", text: facts.join(" · ") }),
      why.length ? el("h3", { text: "Why it fired" }) : null,
      why.length ? el("dl", { cls: "why" }, why) : null,
      mentions.length ? el("h3", { text: "Top mentions" }) : null,
      mentions.length ? el("ol", { cls: "mentions" }, mentions) : null,
      timeline.length ? el("h3", { text: "Timeline" }) : null,
      timeline.length ? el("ol", { cls: "timeline" }, timeline) : null,
      grafana ? el("p", { cls: "links" }, el("a", { text: "Volume in Grafana", attrs: { href: grafana, target: "_blank", rel: "noopener noreferrer" } })) : null));

    const textarea = pane.querySelector("textarea");
    if (textarea && noteText) textarea.value = noteText;
    if (noteFocused && textarea) textarea.focus();
    else if (focusedAction) {
      // The button pressed may be gone (no Acknowledge once acknowledged): the next one.
      const again = pane.querySelector(`[data-action="${focusedAction}"]`) ||
        pane.querySelector(".actions button, .note textarea");
      if (again) again.focus();
    }
  }

  // ------------------------------------------------------------------ actions

  async function send(inc, kind, path, body, button, busy) {
    const slot = `${inc.id} ${kind}`;
    const key = S.keys.get(slot) || newKey();
    S.keys.set(slot, key);
    const label = button.textContent;
    button.disabled = true;
    button.textContent = busy;
    try {
      const { status, doc } = await api("POST", path, { ...body, by: S.by || "console", via: "console" },
        { "Idempotency-Key": key });
      S.keys.delete(slot);
      if (status === 202) {
        toast("Stored; the engine has not applied it yet. The page updates when it does.");
      } else {
        const a = doc.action || {};
        const message = String(a.message || "done");
        toast(a.status === "noop" ? `Nothing to do: ${message}`
          : message.charAt(0).toUpperCase() + message.slice(1));
      }
      if (doc && doc.incident && S.selected === doc.incident.id) renderDetail(doc.incident);
      renderList();
      return true;
    } catch (err) {
      if (err.status && err.status !== 503) S.keys.delete(slot); // a final answer: next try is new
      if (err.status !== 401) toast(`Could not ${kind}: ${err.message}`, true);
      return false;
    } finally {
      if (button.isConnected) {
        button.disabled = false;
        button.textContent = label;
      }
    }
  }

  function act(inc, action, button) {
    const id = encodeURIComponent(inc.id);
    if (action.kind === "silence") {
      return send(inc, "silence", "/api/silences", { incident_id: inc.id, duration: "1h" }, button, action.busy);
    }
    return send(inc, action.kind, `/api/incidents/${id}/${action.kind}`, {}, button, action.busy);
  }

  async function addNote(inc, form) {
    const textarea = form.querySelector("textarea");
    const text = textarea.value.trim();
    if (!text) {
      textarea.focus();
      return;
    }
    const ok = await send(inc, "note", `/api/incidents/${encodeURIComponent(inc.id)}/note`, { text },
      form.querySelector("button"), "Adding…");
    if (ok) {
      const again = $("detail").querySelector("textarea");
      if (again) again.value = "";
    }
  }

  // ------------------------------------------------------------------ start

  function refreshAges() {
    for (const a of document.querySelectorAll(".row .age")) a.textContent = age(Number(a.dataset.ms));
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("login-form").addEventListener("submit", onLogin);
    $("signout").addEventListener("click", () => signOut("Signed out."));
    $("by").addEventListener("input", (e) => {
      S.by = e.target.value.trim();
      localStorage.setItem(BY_KEY, S.by);
    });
    for (const chip of document.querySelectorAll("[data-filter]")) {
      chip.addEventListener("click", () => {
        S.filter = chip.dataset.filter;
        for (const c of document.querySelectorAll("[data-filter]")) {
          c.setAttribute("aria-pressed", c === chip ? "true" : "false");
        }
        renderList();
      });
    }
    setInterval(refreshAges, 20000);
    if (S.token) start();
    else showLogin();
  });
})();
