extension WebAssets {
    /// The tracking page works without it; with it, the page follows the visit live (server-sent
    /// events), and reloads when the visit's state changes what the customer may do.
    static let trackingScript = #"""
    "use strict";
    (function () {
      const body = document.body;
      const set = (id, text) => { const node = document.getElementById(id); if (node && text != null) node.textContent = text; };
      const cancel = document.getElementById("cancel");
      if (cancel) cancel.form.addEventListener("submit", (event) => { if (!confirm("Cancel this visit?")) event.preventDefault(); });
      if (!window.EventSource || !body.dataset.live) return;
      const source = new EventSource(body.dataset.live);
      source.addEventListener("visit", (event) => {
        const view = JSON.parse(event.data);
        if (!view) { location.reload(); return; }
        if (view.status !== body.dataset.status || view.choices.length !== document.querySelectorAll("button.choice").length ||
            (view.lateArrival || "") !== (body.dataset.late || "")) {
          source.close();
          location.replace(location.pathname);
          return;
        }
        set("headline", view.headline);
        set("window", view.window || "to be arranged");
        set("technician", view.technician || "to be assigned");
        set("arrival", view.arrival || "we will text you when they set off");
        const where = document.getElementById("where");
        where.hidden = !view.position;
        if (view.position) {
          set("distance", view.distance);
          const map = document.getElementById("where-map"), dot = document.getElementById("where-dot");
          const homeLat = parseFloat(map.dataset.homeLat), homeLon = parseFloat(map.dataset.homeLon);
          const east = (view.position.lon - homeLon) * Math.cos(homeLat * Math.PI / 180) * 111.32, north = (view.position.lat - homeLat) * 111.32;
          const distance = Math.hypot(east, north), scale = distance > 5 ? 70 / distance : 14;
          dot.setAttribute("cx", (150 + east * scale).toFixed(1));
          dot.setAttribute("cy", (80 - north * scale).toFixed(1));
        }
      });
    })();
    """#
}
