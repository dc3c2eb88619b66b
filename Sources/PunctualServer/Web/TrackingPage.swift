import Foundation

/// The customer's tracking page, rendered on the server so that it works without JavaScript:
/// every action is a plain form. A small script (`track.js`) only keeps it live.
enum TrackingPage {
    static func render(_ view: TrackingView, token: String, outcome: TrackingActions.Outcome?) -> String {
        let e = HTML.escape
        let base = "/track/\(e(token))"
        var body = #"<header class="brand">\#(e(view.business))</header>"#
        if let outcome {
            body += #"<p class="notice" role="status" id="outcome">\#(e(outcome.text))</p>"#
        }
        let closed = ["completed", "failed", "cancelled"].contains(view.status)
        body += """
            <h1 id="headline">\(e(view.headline))</h1>
            <dl class="facts">
              <dt>Date</dt><dd id="date">\(e(view.date))</dd>
              <dt>Promised arrival</dt><dd id="window">\(e(view.window ?? "to be arranged"))</dd>
              <dt>Technician</dt><dd id="technician">\(e(view.technician ?? "to be assigned"))</dd>
            """
        if !closed {
            body += #"  <dt>Arriving</dt><dd id="arrival">\#(e(view.arrival ?? "we will text you when they set off"))</dd>"#
        }
        body += """
              <dt>Address</dt><dd>\(e(view.address))</dd>
            </dl>
            <figure id="where" class="where"\(view.position == nil ? " hidden" : "")>
              \(Self.map(view))
              <figcaption>Your technician (●) is <span id="distance">\(e(view.distance ?? ""))</span> from your place (⌂), to about a
              block; shown only while they drive to you.</figcaption>
            </figure>
            """
        if view.canChange {
            body += """
                <section aria-labelledby="change-title">
                  <h2 id="change-title">Your appointment</h2>
                  <div class="buttons">
                    <form method="post" action="\(base)/keep"><button id="keep" class="primary">\(view.lateArrival.map { "Wait for the new time (\(e($0)))" } ?? "Keep my appointment")</button></form>
                    <form method="post" action="\(base)/reschedule"><button id="reschedule">Reschedule</button></form>
                    <form method="post" action="\(base)/cancel"><button id="cancel" class="danger">Cancel the visit</button></form>
                  </div>
                </section>
                """
        }
        if !view.choices.isEmpty {
            body += #"<section aria-labelledby="choices-title"><h2 id="choices-title">Other times</h2><ul class="choices">"#
            for choice in view.choices {
                body += """
                    <li><form method="post" action="\(base)/choose"><input type="hidden" name="number" value="\(choice.number)">\
                    <button class="choice" data-start="\(e(choice.start))">\(e(choice.date)), \(e(choice.window))</button></form></li>
                    """
            }
            body += "</ul></section>"
        }
        if view.canNote {
            body += """
                <section aria-labelledby="note-title">
                  <h2 id="note-title">A note for your technician</h2>
                  <form method="post" action="\(base)/note">
                    <label for="note">Gate code, parking, a dog…</label>
                    <textarea id="note" name="note" maxlength="\(TrackingActions.noteLimit)" rows="3"></textarea>
                    <button id="send-note">Send the note</button>
                  </form>
                </section>
                """
        }
        body += #"<p class="contact">\#(e(view.business)): \#(e(view.contact))</p>"#
        return WebPage.document(title: "\(view.business): your visit", body: body,
                                script: "/assets/track.js", data: ["live": "\(base)/live", "status": view.status, "late": view.lateArrival ?? ""],
                                noscriptRefreshSeconds: 30)
    }

    /// A small map without tiles (the page works offline): the customer's place in the middle and
    /// the technician's rounded position around it, up to 5 km out on the scale. `track.js` moves
    /// the dot as positions come in, with the same arithmetic.
    static func map(_ view: TrackingView) -> String {
        let (x, y) = view.position.map { dot(from: view.home, to: $0) } ?? (150, 80)
        return """
            <svg id="where-map" viewBox="0 0 300 160" role="img" aria-label="Your technician's position relative to your place" \
            data-home-lat="\(view.home.lat)" data-home-lon="\(view.home.lon)">
            <circle cx="150" cy="80" r="70" class="ring"/><circle cx="150" cy="80" r="35" class="ring"/>
            <text x="188" y="80" class="scale">2.5 km</text><text x="223" y="80" class="scale">5 km</text>
            <text x="150" y="86" text-anchor="middle" class="home">⌂</text>
            <circle id="where-dot" cx="\(x)" cy="\(y)" r="7" class="dot"/>
            </svg>
            """
    }

    /// Where `position` falls on the little map: 70 px is 5 km, farther is drawn at the edge.
    static func dot(from home: TrackingView.Position, to position: TrackingView.Position) -> (Double, Double) {
        let east = (position.lon - home.lon) * cos(home.lat * .pi / 180) * 111.32
        let north = (position.lat - home.lat) * 111.32
        let distance = (east * east + north * north).squareRoot()
        let scale = distance > 5 ? 70 / distance : 14
        return (((150 + east * scale) * 10).rounded() / 10, ((80 - north * scale) * 10).rounded() / 10)
    }

    /// The page for a link that is unknown or has expired.
    static func expired() -> String {
        WebPage.document(title: "Link expired", body: """
            <h1>This link has expired</h1><p>Tracking links work until the day after the visit. Please contact us by replying to our last message.</p>
            """)
    }
}
