import Foundation

/// What libcurl's callbacks read from and write into during one transfer.
///
/// The callbacks are C functions without captures, so they reach this object through the userdata
/// pointer; `CurlEasy.perform` keeps it alive for the length of the transfer.
final class CurlTransferBuffers {
    /// The bytes to send, read by the read callback from `uploadOffset` on.
    let upload: Data
    var uploadOffset = 0
    /// The body received so far.
    var received = Data()
    /// Header lines received so far, line endings removed, for the last response only.
    var headerLines: [String] = []

    init(upload: Data) {
        self.upload = upload
    }

    func appendHeaderLine(_ line: String) {
        // A new status line starts a new response (after `100 Continue`, or a redirect): keep only
        // the headers of the final one.
        if line.hasPrefix("HTTP/") { headerLines.removeAll() }
        if !line.isEmpty { headerLines.append(line) }
    }

    /// Copies up to `capacity` upload bytes into `buffer` and returns how many.
    func readUpload(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int {
        let count = min(capacity, upload.count - uploadOffset)
        guard count > 0 else { return 0 }
        upload.withUnsafeBytes { bytes in
            let start = bytes.baseAddress!.advanced(by: uploadOffset)
            UnsafeMutableRawPointer(buffer).copyMemory(from: start, byteCount: count)
        }
        uploadOffset += count
        return count
    }
}
