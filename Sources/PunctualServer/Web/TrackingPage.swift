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
        body += """
            <h1 id="headline">\(e(view.headline))</h1>
            <dl class="facts">
              <dt>Date</dt><dd id="date">\(e(view.date))</dd>
              <dt>Promised arrival</dt><dd id="window">\(e(view.window ?? "to be arranged"))</dd>
              <dt>Technician</dt><dd id="technician">\(e(view.technician ?? "to be assigned"))</dd>
              <dt>Arriving</dt><dd id="arrival">\(e(view.arrival ?? "we will text you when they set off"))</dd>
              <dt>Address</dt><dd>\(e(view.address))</dd>
            </dl>
            <div id="where" class="where"\(view.position == nil ? " hidden" : "")>
              <p><span id="distance">\(e(view.distance ?? ""))</span>: near <span id="position">\(view.position.map { "\($0.lat), \($0.lon)" } ?? "")</span>
              (to about a block; shown only while they drive to you).</p>
            </div>
            """
        if view.canChange {
            body += """
                <section aria-labelledby="change-title">
                  <h2 id="change-title">Your appointment</h2>
                  <div class="buttons">
                    <form method="post" action="\(base)/keep"><button id="keep" class="primary">Keep my appointment</button></form>
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
                                script: "/assets/track.js", data: ["live": "\(base)/live", "status": view.status],
                                noscriptRefreshSeconds: 30)
    }

    /// The page for a link that is unknown or has expired.
    static func expired() -> String {
        WebPage.document(title: "Link expired", body: """
            <h1>This link has expired</h1><p>Tracking links work until the day after the visit. Please contact us by replying to our last message.</p>
            """)
    }
}
