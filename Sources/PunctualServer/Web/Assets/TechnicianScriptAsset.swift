extension WebAssets {
    /// The technician's page: the day from `GET /v1/me/route`, progress posted to
    /// `/v1/me/visits/{job}/events` and positions to `/v1/me/positions`. Every report goes into a
    /// queue kept on the phone (localStorage, one per technician) with its time and idempotency key
    /// before it is sent, and is sent in order when the network is back: a report made without
    /// signal arrives once, with the time it was made. The card moves on at the tap, so a technician
    /// without signal can go on (en route, arrived, started, done). Times are the server's clock
    /// (its `now` less the phone's), since a phone's own clock may be off. A report the server
    /// refuses stays on screen, with the reason, until dismissed.
    static let technicianScript = #"""
    "use strict";
    let route = null, offset = 0, sending = false, lastFix = null, technician = null;
    const $ = (id) => document.getElementById(id);
    const el = (tag, attrs = {}, ...children) => {
      const node = document.createElement(tag);
      if (tag === "button") node.type = "button";
      for (const [k, v] of Object.entries(attrs)) { if (k === "class") node.className = v; else node.setAttribute(k, v); }
      for (const child of children) node.append(child);
      return node;
    };
    const serverNow = () => new Date(Date.now() + offset).toISOString();
    const hhmm = (iso) => iso ? iso.slice(11, 16) : "";
    const newKey = () => (self.crypto && crypto.randomUUID) ? crypto.randomUUID() : "k-" + Date.now().toString(36) + "-" + Math.random().toString(36).slice(2, 12);
    const storeKey = (name) => "punctual." + name + "." + (technician || "unknown");
    const read = (name, fallback) => { try { return JSON.parse(localStorage.getItem(storeKey(name))) ?? fallback; } catch (error) { return fallback; } };
    const write = (name, value) => localStorage.setItem(storeKey(name), JSON.stringify(value));
    const queue = () => read("queue", []);
    const refused = () => read("refused", []);

    function showQueue() {
      const waiting = queue().filter((item) => item.kind === "event").length;
      $("queue").hidden = waiting === 0;
      $("queue").textContent = waiting === 1 ? "1 report waiting for signal" : waiting + " reports waiting for signal";
      const box = $("refused");
      const items = refused();
      box.hidden = items.length === 0;
      box.replaceChildren(el("h2", {}, "Not recorded"), ...items.map((item) => {
        const dismiss = el("button", { class: "link" }, "Dismiss");
        dismiss.addEventListener("click", () => { write("refused", refused().filter((other) => other.key !== item.key)); showQueue(); });
        return el("p", {}, item.job + " " + item.type.replace(/_/g, " ") + ": " + item.reason + " ", dismiss);
      }));
    }
    function setOnline(on) { const net = $("net"); net.textContent = on ? "online" : "offline"; net.classList.toggle("off", !on); }

    function enqueue(item) { write("queue", queue().concat([item])); showQueue(); flush(); }
    /// Removes one item by its key: another tab of the same technician may have sent others.
    function dequeue(key) { write("queue", queue().filter((item) => item.key !== key)); showQueue(); }

    let retryAfter = 0, retries = 0;
    /// Sends the queue in order; stops at the first failure that may pass (no network, the server
    /// busy or failing) and tries again later, backing off to a minute.
    async function flush() {
      if (sending || Date.now() < retryAfter) return;
      sending = true;
      try {
        for (let item = queue()[0]; item; item = queue()[0]) {
          let response;
          try {
            const headers = { "Content-Type": "application/json", "Idempotency-Key": item.key };
            if (item.kind === "fix") delete headers["Idempotency-Key"];
            response = await fetch(item.url, { method: "POST", headers, body: JSON.stringify(item.body), credentials: "same-origin" });
          } catch (error) { setOnline(false); backOff(); return; }
          setOnline(true);
          if (response.status === 401) { location.href = "/"; return; }
          if (response.status >= 500 || response.status === 408 || response.status === 429) { backOff(); return; }
          retries = 0;
          if (!response.ok && item.kind === "event") {
            const problem = await response.json().catch(() => ({}));
            write("refused", refused().concat([{ key: item.key, job: item.job, type: item.body.type, reason: problem.detail || ("HTTP " + response.status) }]));
          }
          dequeue(item.key);
          if (item.kind === "event" && queue().every((other) => other.kind !== "event")) await load();
        }
      } finally { sending = false; }
    }
    function backOff() { retries += 1; retryAfter = Date.now() + Math.min(60000, 3000 * 2 ** Math.min(retries - 1, 5)); }

    /// What a report makes of the visit, shown at once (the server says the same when it hears).
    const after = { en_route: "en_route", arrived: "arrived", started: "in_progress", paused: "paused", completed: "completed", unable_to_complete: "failed" };
    function report(visit, type, extra = {}) {
      enqueue({ kind: "event", key: newKey(), job: visit.job_id, url: "/v1/me/visits/" + encodeURIComponent(visit.job_id) + "/events",
                body: Object.assign({ type, at: serverNow() }, extra) });
      if (after[type]) visit.status = after[type];
      if (type === "running_over") visit.note = "running over: about " + extra.minutes_left + " more minutes (sent)";
      write("route", route);
      render();
    }

    const next = { scheduled: ["en_route"], booked: ["en_route"], en_route: ["arrived"], arrived: ["started"], in_progress: ["paused", "running_over", "completed", "unable_to_complete"], paused: ["started"] };
    const labels = { en_route: "En route", arrived: "Arrived", started: "Start work", paused: "Pause", running_over: "Running over…", completed: "Done", unable_to_complete: "Can't complete…" };

    function actionButtons(visit) {
      const box = el("div", { class: "actions" });
      for (const type of next[visit.status] || []) {
        const button = el("button", { class: type === "en_route" || type === "completed" ? "primary wide" : "", "data-action": type }, labels[type]);
        button.addEventListener("click", () => { button.disabled = true; act(visit, type); });
        box.append(button);
      }
      return box;
    }

    function act(visit, type) {
      if (type === "running_over") {
        const minutes = parseInt(prompt("About how many more minutes?", "15") || "", 10);
        if (!(minutes >= 1 && minutes <= 720)) return render();
        return report(visit, type, { minutes_left: minutes });
      }
      if (type === "unable_to_complete") {
        const reason = (prompt("Why can't it be completed? (part missing, no access, …)") || "").trim();
        if (!reason) return render();
        return report(visit, type, { reason });
      }
      if (type === "completed") {
        const parts = [];
        for (const item of (visit.parts || [])) {
          const used = parseInt(prompt("How many " + item.part + " did you use?", String(item.quantity)) || "0", 10);
          if (used > 0) parts.push({ part: item.part, quantity: used });
        }
        return report(visit, type, parts.length ? { parts_used: parts } : {});
      }
      report(visit, type);
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
        if (visit.note) card.append(el("p", { class: "when" }, visit.note));
        if (!closed) card.append(actionButtons(visit));
        list.append(card);
        breakAfter(visit.sequence);
      }
      const checklist = $("checklist");
      checklist.replaceChildren(...(route.checklist || []).map((item) =>
        el("li", {}, item.part + ": need " + item.needed + ", in van " + item.in_van + (item.load > 0 ? ", load " + item.load : ""))));
      $("checklist-box").hidden = !(route.checklist || []).length;
      showQueue();
    }

    async function load() {
      let response;
      // Today, or the day in the page's own address (/app?date=YYYY-MM-DD).
      const day = new URLSearchParams(location.search).get("date");
      try { response = await fetch("/v1/me/route" + (day ? "?date=" + encodeURIComponent(day) : ""), { credentials: "same-origin" }); }
      catch (error) {
        setOnline(false);
        // No signal when the page opens: the day as last seen, with what is still waiting to go.
        if (!route) { technician = localStorage.getItem("punctual.technician"); route = read("route", null); if (route) render(); }
        return;
      }
      if (response.status === 401) { location.href = "/"; return; }
      if (!response.ok) return;
      setOnline(true);
      const fresh = await response.json();
      technician = fresh.technician_id;
      localStorage.setItem("punctual.technician", technician);
      offset = new Date(fresh.now).getTime() - Date.now();
      // A report still waiting is not in the server's answer yet: keep the card where the tap left it.
      const waiting = queue().filter((item) => item.kind === "event");
      for (const visit of fresh.visits) {
        for (const item of waiting.filter((w) => w.job === visit.job_id)) if (after[item.body.type]) visit.status = after[item.body.type];
      }
      route = fresh;
      write("route", route);
      render();
    }

    /// The position as soon as the phone has one, then every 30 s while the page is open, queued
    /// like the reports.
    function watchPosition() {
      if (!navigator.geolocation) return;
      const post = () => {
        if (!lastFix || !technician) return;
        const c = lastFix.coords;
        const fix = { at: serverNow(), lat: c.latitude, lon: c.longitude };
        if (c.accuracy != null) fix.accuracy_m = c.accuracy;
        enqueue({ kind: "fix", key: newKey(), url: "/v1/me/positions", body: fix });
      };
      navigator.geolocation.watchPosition((p) => { const first = !lastFix; lastFix = p; if (first) post(); }, () => {},
        { enableHighAccuracy: true, maximumAge: 15000 });
      setInterval(post, 30000);
    }

    window.addEventListener("online", () => { retryAfter = 0; flush(); });
    setInterval(flush, 3000);
    setInterval(() => { if (queue().length === 0) load(); }, 60000);
    load().then(() => { flush(); watchPosition(); });
    """#
}
