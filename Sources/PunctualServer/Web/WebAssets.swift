/// The pages' static files, compiled into the binary so `punctual serve` needs nothing beside it
/// and the pages work offline on a LAN (no CDN, no external fonts).
enum WebAssets {
    struct Asset {
        var contentType: String
        var text: String
    }

    static let named: [String: Asset] = [
        "punctual.css": Asset(contentType: "text/css; charset=utf-8", text: style),
        "app.js": Asset(contentType: "text/javascript; charset=utf-8", text: technicianScript),
        "board.js": Asset(contentType: "text/javascript; charset=utf-8", text: boardScript),
        "track.js": Asset(contentType: "text/javascript; charset=utf-8", text: trackingScript),
    ]
}
