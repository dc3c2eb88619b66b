/// The pages that are shells over the JSON API (the technician's and the dispatcher's), and the
/// small pages around signing in.
enum ShellPages {
    static func technician() -> String {
        WebPage.document(title: "Punctual: my day", body: """
            <header class="bar"><h1>My day</h1><span id="net" class="net" role="status">online</span>
            <form method="post" action="/signout"><button class="link">Sign out</button></form></header>
            <p id="queue" class="queue" role="status" hidden></p>
            <section id="refused" class="refused" role="alert" hidden></section>
            <section id="checklist-box" aria-labelledby="checklist-title" hidden><h2 id="checklist-title">Load the van</h2><ul id="checklist"></ul></section>
            <ol id="visits" class="visits" aria-label="Today's visits"><li>Loading your route…</li></ol>
            <noscript><p>This page needs JavaScript to report progress.</p></noscript>
            """, script: "/assets/app.js")
    }

    static func board() -> String {
        WebPage.document(title: "Punctual: board", body: """
            <header class="bar"><h1>Board <span id="board-date"></span></h1><span id="live" class="net" role="status">connecting</span>
            <form method="post" action="/signout"><button class="link">Sign out</button></form></header>
            <div class="board">
              <section class="map-box" aria-label="Map of technicians and visits"><svg id="map" viewBox="0 0 1000 460" preserveAspectRatio="xMidYMid meet" role="img" aria-label="map"></svg></section>
              <section class="inbox-box" aria-labelledby="inbox-title"><h2 id="inbox-title">Inbox</h2><ul id="inbox"></ul></section>
              <section class="timeline-box" aria-labelledby="timeline-title"><h2 id="timeline-title">Timeline: promised windows, planned arrival (tick), forecast (dot); red: at risk</h2><div id="timeline"></div></section>
            </div>
            <dialog id="actions"><form method="dialog"><h2 id="actions-title"></h2><div id="actions-body"></div><button value="close">Close</button></form></dialog>
            """, script: "/assets/board.js")
    }

    static func signIn(code: String) -> String {
        WebPage.document(title: "Punctual: sign in", body: """
            <h1>Sign in to Punctual</h1>
            <p>This link signs this browser in. It works once.</p>
            <form method="post" action="/signin/\(HTML.escape(code))"><button id="sign-in" class="primary">Sign in</button></form>
            """)
    }

    static func linkSpent() -> String {
        WebPage.document(title: "Punctual: link used", body: """
            <h1>This sign-in link has been used or has expired</h1><p>Ask the dispatcher for a new one.</p>
            """)
    }

    static func signedOut() -> String {
        WebPage.document(title: "Punctual", body: """
            <h1>Punctual</h1><p>You are not signed in. Open the sign-in link the dispatcher sent you
            (<code>punctual technicians link T</code> or <code>punctual token dispatcher --link</code>).</p>
            """)
    }
}
