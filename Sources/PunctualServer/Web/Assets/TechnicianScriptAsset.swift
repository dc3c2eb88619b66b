extension WebAssets {
    /// The technician's page: the day from `GET /v1/me/route`, progress posted to
    /// `/v1/me/visits/{job}/events` and positions to `/v1/me/positions`. Every report goes into a
    /// queue kept on the phone (localStorage) with its time and idempotency key before it is sent,
    /// and is sent in order when the network is back: a report made without signal arrives once,
    /// with the time it was made. Times are the server's clock (its `now` less the phone's), since
    /// a phone's own clock may be off.
    static let technicianScript = #"""
    "use strict";
    const QUEUE = "punctual.queue.v1";
    let route = null, offset = 0, sending = false, lastFix = null;
    const $ = (id) => document.getElementById(id);
    const el = (tag, attrs = {}, ...children) => {
      const node = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs)) { if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v); else node.setAttribute(k, v); }
      for (const child of children) node.append(child);
      return node;
    };
    const serverNow = () => new Date(Date.now() + offset).toISOString();
    const hhmm = (iso) => iso ? iso.slice(11, 16) : "";
    const newKey = () => (self.crypto && crypto.randomUUID) ? crypto.randomUUID() : "k-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
    const queue = () => JSON.parse(localStorage.getItem(QUEUE) || "[]");
    const saveQueue = (items) => { localStorage.setItem(QUEUE, JSON.stringify(items)); showQueue(); };

    function showQueue() {
      const waiting = queue().filter((item) => item.kind === "event").length;
      const box = $("queue");
      box.hidden = waiting === 0;
      box.textContent = waiting === 1 ? "1 report waiting for signal" : waiting + " reports waiting for signal";
    }
    function setOnline(on) { const net = $("net"); net.textContent = on ? "online" : "offline"; net.classList.toggle("off", !on); }

    function enqueue(item) { const items = queue(); items.push(item); saveQueue(items); flush(); }

    /// Sends the queue in order; stops at the first network failure and tries again later.
    async function flush() {
      if (sending) return;
      sending = true;
      try {
        let items = queue();
        while (items.length > 0) {
          const item = items[0];
          let response;
          try {
            const headers = { "Content-Type": "application/json" };
            if (item.key) headers["Idempotency-Key"] = item.key;
            response = await fetch(item.url, { method: "POST", headers, body: JSON.stringify(item.body), credentials: "same-origin" });
          } catch (error) { setOnline(false); return; }
          setOnline(true);
          if (response.status === 401) { location.href = "/"; return; }
          if (response.status >= 500) return;
          if (!response.ok && item.kind === "event") {
            const problem = await response.json().catch(() => ({}));
            alert("Not recorded: " + (problem.detail || response.status));
          }
          items = queue().slice(1);
          saveQueue(items);
          if (item.kind === "event") await load();
        }
      } finally { sending = false; }
    }

    function report(job, type, extra = {}) {
      enqueue({ kind: "event", url: "/v1/me/visits/" + encodeURIComponent(job) + "/events", key: newKey(), body: Object.assign({ type, at: serverNow() }, extra) });
      markPending(job, type);
    }
    function markPending(job, type) {
      const card = document.querySelector('[data-job="' + job + '"] .status');
      if (card) card.textContent = type.replace(/_/g, " ") + " (sending…)";
    }

    const next = { scheduled: ["en_route"], booked: ["en_route"], en_route: ["arrived"], arrived: ["started"], in_progress: ["paused", "running_over", "completed", "unable_to_complete"], paused: ["started"] };
    const labels = { en_route: "En route", arrived: "Arrived", started: "Start work", paused: "Pause", running_over: "Running over…", completed: "Done", unable_to_complete: "Can't complete…" };

    function actionButtons(visit) {
      const box = el("div", { class: "actions" });
      const pending = queue().some((item) => item.kind === "event" && item.url.includes("/" + encodeURIComponent(visit.job_id) + "/"));
      for (const type of next[visit.status] || []) {
        const button = el("button", { class: type === "en_route" || type === "completed" ? "primary wide" : "", "data-action": type }, labels[type]);
        button.addEventListener("click", () => act(visit, type));
        if (pending) button.disabled = true;
        box.append(button);
      }
      return box;
    }

    function act(visit, type) {
      if (type === "running_over") {
        const minutes = parseInt(prompt("About how many more minutes?", "15") || "", 10);
        if (!(minutes >= 1 && minutes <= 720)) return;
        return report(visit.job_id, type, { minutes_left: minutes });
      }
      if (type === "unable_to_complete") {
        const reason = (prompt("Why can't it be completed? (part missing, no access, …)") || "").trim();
        if (!reason) return;
        return report(visit.job_id, type, { reason });
      }
      if (type === "completed") {
        const parts = [];
        for (const item of (route.checklist || [])) {
          const used = parseInt(prompt("Units of " + item.part + " used (0 if none)", "0") || "0", 10);
          if (used > 0) parts.push({ part: item.part, quantity: used });
        }
        return report(visit.job_id, type, parts.length ? { parts_used: parts } : {});
      }
      report(visit.job_id, type);
    }

    function render() {
      const list = $("visits");
      list.replaceChildren();
      if (!route.visits.length) { list.append(el("li", {}, "No visits today.")); }
      const breaks = route.breaks || [];
      const breakAfter = (sequence) => breaks.filter((b) => b.after_visit === sequence).forEach((b) =>
        list.append(el("li", { class: "break" }, "Break " + hhmm(b.start) + "–" + hhmm(b.end) + " (" + b.minutes + " min)")));
      breakAfter(0);
      for (const visit of route.visits) {
        const closed = ["completed", "failed", "cancelled"].includes(visit.status);
        const maps = "geo:" + visit.lat + "," + visit.lon + "?q=" + encodeURIComponent(visit.address);
        const card = el("li", { class: "visit" + (closed ? " done" : ""), "data-job": visit.job_id },
          el("h2", {}, el("span", {}, visit.sequence + ". " + visit.customer_name), el("span", { class: "status" }, visit.status.replace(/_/g, " "))),
          el("p", { class: "when" }, "Window " + (visit.window_start ? hhmm(visit.window_start) + "–" + hhmm(visit.window_end) : "any time") +
            " · planned " + hhmm(visit.planned_arrival) + (visit.forecast_arrival ? " · forecast " + hhmm(visit.forecast_arrival) : "") +
            " · " + visit.duration_minutes + " min " + visit.type),
          el("p", {}, el("a", { href: maps, class: "address" }, visit.address)),
          el("p", {}, el("a", { href: "tel:" + visit.customer_phone, class: "call" }, "Call " + visit.customer_phone)));
        if (visit.notes) card.append(el("p", { class: "notes" }, visit.notes));
        if (!closed) card.append(actionButtons(visit));
        list.append(card);
        breakAfter(visit.sequence);
      }
      const checklist = $("checklist");
      checklist.replaceChildren(...(route.checklist || []).map((item) =>
        el("li", {}, item.part + ": need " + item.needed + ", in van " + item.in_van + (item.load > 0 ? ", load " + item.load : ""))));
      $("checklist-box").hidden = !(route.checklist || []).length;
    }

    async function load() {
      let response;
      try { response = await fetch("/v1/me/route", { credentials: "same-origin" }); } catch (error) { setOnline(false); return; }
      if (response.status === 401) { location.href = "/"; return; }
      if (!response.ok) return;
      setOnline(true);
      route = await response.json();
      offset = new Date(route.now).getTime() - Date.now();
      render();
      showQueue();
    }

    /// The position every 30 s while the page is open, queued like the reports.
    function watchPosition() {
      if (!navigator.geolocation) return;
      navigator.geolocation.watchPosition((p) => { lastFix = p; }, () => {}, { enableHighAccuracy: true, maximumAge: 15000 });
      setInterval(() => {
        if (!lastFix) return;
        const c = lastFix.coords;
        const fix = { at: serverNow(), lat: c.latitude, lon: c.longitude };
        if (c.accuracy != null) fix.accuracy_m = c.accuracy;
        enqueue({ kind: "fix", url: "/v1/me/positions", body: fix });
      }, 30000);
    }

    window.addEventListener("online", flush);
    setInterval(flush, 3000);
    setInterval(load, 60000);
    load().then(flush);
    watchPosition();
    """#
}
