import Foundation
import HTTPTypes
import Hummingbird

/// The frame every page shares: one stylesheet, no external fonts or scripts (the pages work
/// offline on a LAN), a viewport for phones, and the security headers pages need.
enum WebPage {
    static func document(title: String, body: String, script: String? = nil, data: [String: String] = [:],
                         noscriptRefreshSeconds: Int? = nil) -> String {
        let attributes = data.sorted { $0.key < $1.key }.map { " data-\($0.key)=\"\(HTML.escape($0.value))\"" }.joined()
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <link rel="stylesheet" href="/assets/punctual.css">
            \(noscriptRefreshSeconds.map { "<noscript><meta http-equiv=\"refresh\" content=\"\($0)\"></noscript>" } ?? "")
            </head>
            <body\(attributes)>
            <main>
            \(body)
            </main>
            \(script.map { "<script src=\"\($0)\"></script>" } ?? "")
            </body>
            </html>
            """
    }

    /// An HTML response. Pages are never cached (they show live state) and never framed.
    static func response(_ html: String, status: HTTPResponse.Status = .ok, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [
            .contentType: "text/html; charset=utf-8",
            .cacheControl: "no-store",
            HTTPField.Name("X-Frame-Options")!: "DENY",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
            HTTPField.Name("Content-Security-Policy")!: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
        ]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// 303 to `location`: the answer to a form, so that reloading does not post it again.
    static func seeOther(_ location: String, headers extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.location: location, .cacheControl: "no-store"]
        headers.append(contentsOf: extra)
        return Response(status: .seeOther, headers: headers)
    }
}
