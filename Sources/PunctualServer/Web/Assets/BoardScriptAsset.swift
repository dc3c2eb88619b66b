extension WebAssets {
    /// The dispatcher's board: the JSON of `GET /v1/board`, pushed by `/v1/board/live` when it
    /// changes, drawn as a map and a timeline per technician; the inbox beside it (read every
    /// 15 s); actions through the documented API (alternatives and reassign, absences), and a tel:
    /// link to call the customer.
    static let boardScript = #"""
    "use strict";
    const $ = (id) => document.getElementById(id);
    const SVG = "http://www.w3.org/2000/svg";
    const el = (tag, attrs = {}, ...children) => {
      const node = document.createElement(tag);
      if (tag === "button") node.type = "button";  // inside the dialog's form, a button would submit and close it
      for (const [k, v] of Object.entries(attrs)) { if (k === "class") node.className = v; else node.setAttribute(k, v); }
      for (const child of children) node.append(child);
      return node;
    };
    const svg = (tag, attrs = {}) => { const node = document.createElementNS(SVG, tag); for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v); return node; };
    const minutes = (iso) => iso ? parseInt(iso.slice(11, 13), 10) * 60 + parseInt(iso.slice(14, 16), 10) : null;
    const hhmm = (iso) => iso ? iso.slice(11, 16) : "–";
    const colours = ["#0b5cad", "#17663a", "#8a3ffc", "#b35c00", "#00707a", "#a4161a", "#5a6b00", "#7a2e5c"];
    let board = null;

    async function api(method, url, body) {
      const response = await fetch(url, { method, credentials: "same-origin", headers: body ? { "Content-Type": "application/json" } : {}, body: body ? JSON.stringify(body) : undefined });
      const data = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(data.detail || ("HTTP " + response.status));
      return data;
    }

    function drawMap() {
      const map = $("map");
      map.replaceChildren();
      const points = [];
      board.technicians.forEach((t) => { if (t.position) points.push(t.position); t.visits.forEach((v) => { if (v.lat != null) points.push(v); }); });
      if (!points.length) return;
      const lats = points.map((p) => p.lat), lons = points.map((p) => p.lon);
      const minLat = Math.min(...lats), maxLat = Math.max(...lats), minLon = Math.min(...lons), maxLon = Math.max(...lons);
      const k = Math.cos((minLat + maxLat) / 2 * Math.PI / 180);
      const spanX = Math.max((maxLon - minLon) * k, 0.005), spanY = Math.max(maxLat - minLat, 0.005);
      const scale = Math.min(900 / spanX, 400 / spanY);
      const offX = (1000 - spanX * scale) / 2, offY = (460 - spanY * scale) / 2;
      const x = (lon) => offX + (lon - minLon) * k * scale, y = (lat) => 460 - offY - (lat - minLat) * scale;
      board.technicians.forEach((t, index) => {
        const colour = colours[index % colours.length];
        const line = t.visits.filter((v) => v.lat != null).map((v) => x(v.lon) + "," + y(v.lat)).join(" ");
        map.append(svg("polyline", { points: line, fill: "none", stroke: colour, "stroke-width": 2, "stroke-dasharray": "6 4", opacity: 0.6 }));
        t.visits.forEach((v) => {
          if (v.lat == null) return;
          const dot = svg("circle", { cx: x(v.lon), cy: y(v.lat), r: 9, fill: v.at_risk ? "#a4161a" : (["completed", "failed", "cancelled"].includes(v.status) ? "#9aa5b1" : colour), stroke: "#fff", "stroke-width": 2, "data-job": v.job_id, tabindex: 0 });
          const title = svg("title"); title.textContent = v.job_id + " " + (v.customer_name || "") + " " + hhmm(v.window_start) + "–" + hhmm(v.window_end);
          dot.append(title);
          dot.addEventListener("click", () => openVisit(t, v));
          dot.addEventListener("keydown", (event) => { if (event.key === "Enter" || event.key === " ") { event.preventDefault(); openVisit(t, v); } });
          dot.setAttribute("role", "button");
          map.append(dot);
          const tag = svg("text", { x: x(v.lon) + 12, y: y(v.lat) - 10, "font-size": 14, fill: v.at_risk ? "#a4161a" : "#4d5866" });
          tag.textContent = v.job_id + " " + hhmm(v.window_start);
          map.append(tag);
        });
        if (t.position) {
          const px = x(t.position.lon), py = y(t.position.lat);
          map.append(svg("rect", { x: px - 11, y: py - 11, width: 22, height: 22, rx: 4, fill: colour, stroke: "#fff", "stroke-width": 2 }));
          const label = svg("text", { x: px + 14, y: py + 5, "font-size": 16, fill: t.stale ? "#a4161a" : "#1b1f24" });
          label.textContent = t.name + (t.stale ? " (no signal)" : "");
          map.append(label);
        }
      });
    }

    function drawTimeline() {
      const box = $("timeline");
      box.replaceChildren();
      const all = board.technicians.flatMap((t) => t.visits);
      const times = all.flatMap((v) => [minutes(v.planned_arrival), minutes(v.window_end), minutes(v.p90_arrival)]).filter((m) => m != null);
      const start = Math.floor((Math.min(...times, 8 * 60) - 30) / 60) * 60, end = Math.ceil((Math.max(...times, 17 * 60) + 60) / 60) * 60;
      const pos = (m) => ((m - start) / (end - start) * 100) + "%";
      const hours = el("div", { class: "hours" });
      for (let h = start; h <= end; h += 60) { const s = el("span", {}, String(h / 60).padStart(2, "0") + ":00"); s.style.left = pos(h); hours.append(s); }
      box.append(el("div", { class: "lane" }, el("span"), hours));
      const now = minutes(board.generated_at);
      board.technicians.forEach((t) => {
        const track = el("div", { class: "track" });
        t.visits.forEach((v) => {
          const arrival = minutes(v.planned_arrival);
          const closed = ["completed", "failed", "cancelled"].includes(v.status);
          // The block is the promised window; the tick in it the planned arrival, the dot the forecast.
          const from = v.window_start ? minutes(v.window_start) : arrival, to = v.window_end ? minutes(v.window_end) : arrival + 45;
          const block = el("button", { class: "v" + (v.at_risk ? " risk" : "") + (closed ? " done" : ""), "data-job": v.job_id,
            "aria-label": v.job_id + " " + (v.customer_name || "") + ", window " + hhmm(v.window_start) + " to " + hhmm(v.window_end) + (v.at_risk ? ", at risk" : "") },
            v.job_id + " " + hhmm(v.window_start) + "–" + hhmm(v.window_end));
          block.style.left = pos(from);
          block.style.width = ((to - from) / (end - start) * 100) + "%";
          const tick = el("span", { class: "p" }); tick.style.left = pos(arrival); track.append(tick);
          block.addEventListener("click", () => openVisit(t, v));
          track.append(block);
          if (v.median_arrival) { const f = el("span", { class: "f" + (v.at_risk ? " risk" : "") }); f.style.left = pos(minutes(v.median_arrival)); track.append(f); }
        });
        if (now != null && now >= start && now <= end) { const n = el("span", { class: "now" }); n.style.left = pos(now); track.append(n); }
        const who = el("button", { class: "who", "data-technician": t.technician_id }, t.name + (t.stale ? " ⚠" : ""));
        who.addEventListener("click", () => openTechnician(t));
        box.append(el("div", { class: "lane" }, who, track));
      });
    }

    function dialog(title, ...content) {
      $("actions-title").textContent = title;
      $("actions-body").replaceChildren(...content);
      if (!$("actions").open) $("actions").showModal();
    }

    function openVisit(t, v) {
      const result = el("p", { role: "status", id: "action-result" });
      const suggest = el("button", { id: "suggest" }, "Suggest another technician");
      suggest.addEventListener("click", async () => {
        result.textContent = "Looking…";
        try {
          const options = await api("GET", "/v1/jobs/" + encodeURIComponent(v.job_id) + "/alternatives");
          if (!options.length) { result.textContent = "Nobody else can take it and keep the promise."; return; }
          result.replaceChildren(...options.slice(0, 4).map((o) => {
            const give = el("button", { class: "give", "data-technician": o.technician }, "Give to " + o.name + " (arrives " + hhmm(o.planned_arrival) + ", " + Math.round(o.on_time_probability * 100) + " % on time)");
            give.addEventListener("click", async () => {
              try { const moved = await api("POST", "/v1/jobs/" + encodeURIComponent(v.job_id) + "/reassign", { technician: o.technician }); result.textContent = "Given to " + moved.technician + " (plan v" + moved.plan_version + ")."; }
              catch (error) { result.textContent = "Not moved: " + error.message; }
            });
            return give;
          }));
        } catch (error) { result.textContent = error.message; }
      });
      dialog(v.job_id + " · " + (v.customer_name || ""),
        el("p", {}, "Window " + hhmm(v.window_start) + "–" + hhmm(v.window_end) + " · planned " + hhmm(v.planned_arrival) +
          " · forecast " + hhmm(v.median_arrival) + (v.p_late != null ? " · P(late) " + Math.round(v.p_late * 100) + " %" : "") + " · " + v.status.replace(/_/g, " ")),
        el("p", {}, v.address || ""),
        v.customer_phone ? el("p", {}, el("a", { href: "tel:" + v.customer_phone }, "Call " + v.customer_phone)) : el("span"),
        suggest, result);
    }

    function openTechnician(t) {
      const result = el("p", { role: "status" });
      const absent = el("button", { class: "danger", id: "mark-absent" }, "Mark " + t.name + " absent for the rest of today");
      absent.addEventListener("click", async () => {
        if (!confirm("Mark " + t.name + " absent? Their visits are handed over or their customers told.")) return;
        try { await api("POST", "/v1/technicians/" + encodeURIComponent(t.technician_id) + "/absences", { date: board.date, from: board.generated_at.slice(11, 16), reason: "marked absent on the board" }); result.textContent = "Recorded."; }
        catch (error) { result.textContent = "Not recorded: " + error.message; }
      });
      dialog(t.name, el("p", {}, t.current_job_id ? "At " + t.current_job_id + " (" + (t.current_status || "").replace(/_/g, " ") + ")" : "Between visits"), absent, result);
    }

    async function loadInbox() {
      try {
        const items = await api("GET", "/v1/inbox?all=true");
        $("inbox").replaceChildren(...(items.length ? items.slice(0, 50).map((item) =>
          el("li", { "data-job": item.job_id || "", class: item.handled ? "handled" : "open" }, el("div", {}, item.body),
            el("div", { class: "meta" }, hhmm(item.received_at) + " · " + (item.customer_name || item.sender) + (item.job_id ? " · " + item.job_id : "") + " · " + item.source + (item.action ? " · " + item.action : "")))) : [el("li", {}, "Nothing waiting.")]));
      } catch (error) { /* shown again at the next read */ }
    }

    function connect() {
      // Today, or the day in the page's own address (/board?date=YYYY-MM-DD).
      const day = new URLSearchParams(location.search).get("date");
      const source = new EventSource("/v1/board/live" + (day ? "?date=" + encodeURIComponent(day) : ""));
      source.addEventListener("board", (event) => {
        board = JSON.parse(event.data);
        $("board-date").textContent = board.date;
        $("live").textContent = "live"; $("live").classList.remove("off");
        drawMap(); drawTimeline();
      });
      source.addEventListener("error", () => { $("live").textContent = "reconnecting"; $("live").classList.add("off"); });
    }
    connect();
    loadInbox();
    setInterval(loadInbox, 15000);
    """#
}
