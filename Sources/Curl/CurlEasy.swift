import CCurl
import Foundation

/// One libcurl easy handle for one transfer: typed option setters, the callbacks wired to buffers,
/// and failures turned into `CurlError`.
///
/// Not shared between threads: each request makes its own handle, which is what keeps the public
/// clients thread-safe without locks. Protocol clients (HTTP now, SMTP later) configure it and call
/// `perform`.
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    private let errorBuffer: UnsafeMutablePointer<CChar>
    private var lists: [UnsafeMutablePointer<curl_slist>] = []
    let url: String

    init(url: String) throws(CurlError) {
        try CurlGlobal.ensureInitialized(url: url)
        guard let handle = curl_easy_init() else {
            throw CurlError(kind: .other(code: Int(CURLE_FAILED_INIT.rawValue)), url: url,
                            message: "libcurl could not create a handle")
        }
        self.handle = handle
        self.url = url
        let size = ccurl_error_size()
        errorBuffer = .allocate(capacity: size)
        errorBuffer.initialize(repeating: 0, count: size)
        try check(ccurl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer))
        try set(CURLOPT_URL, url)
        // Signals cannot be used for timeouts in a multi-threaded process.
        try set(CURLOPT_NOSIGNAL, 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        for list in lists { curl_slist_free_all(list) }
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: Int) throws(CurlError) {
        try check(ccurl_setopt_long(handle, option, value))
    }

    func set(_ option: CURLoption, offset value: Int) throws(CurlError) {
        try check(ccurl_setopt_off_t(handle, option, curl_off_t(value)))
    }

    func set(_ option: CURLoption, _ value: String) throws(CurlError) {
        try check(ccurl_setopt_string(handle, option, value))
    }

    /// Sets a string-list option (headers, mail recipients); the list lives as long as the handle.
    func set(_ option: CURLoption, list values: [String]) throws(CurlError) {
        var list: UnsafeMutablePointer<curl_slist>?
        for value in values {
            guard let extended = curl_slist_append(list, value) else {
                if let list { curl_slist_free_all(list) }
                throw CurlError(kind: .other(code: Int(CURLE_OUT_OF_MEMORY.rawValue)), url: url,
                                message: "out of memory building a list option")
            }
            list = extended
        }
        guard let list else { return }
        lists.append(list)
        try check(ccurl_setopt_slist(handle, option, list))
    }

    func setTimeouts(_ timeouts: CurlTimeouts) throws(CurlError) {
        try set(CURLOPT_CONNECTTIMEOUT_MS, timeouts.connect.curlMilliseconds)
        try set(CURLOPT_TIMEOUT_MS, timeouts.total.curlMilliseconds)
    }

    func setCredentials(_ credentials: CurlCredentials) throws(CurlError) {
        try set(CURLOPT_USERNAME, credentials.user)
        try set(CURLOPT_PASSWORD, credentials.password)
    }

    /// Runs the transfer, sending `upload` through the read callback when the options ask for a
    /// body, and returns what came back.
    func perform(upload: Data = Data()) throws(CurlError) -> CurlTransferBuffers {
        let buffers = CurlTransferBuffers(upload: upload)
        let userdata = Unmanaged.passUnretained(buffers).toOpaque()
        try check(ccurl_setopt_write_function(handle) { data, size, count, userdata in
            let buffers = Unmanaged<CurlTransferBuffers>.fromOpaque(userdata!).takeUnretainedValue()
            let length = size * count
            if let data { buffers.received.append(UnsafeRawPointer(data).assumingMemoryBound(to: UInt8.self), count: length) }
            return length
        })
        try check(ccurl_setopt_pointer(handle, CURLOPT_WRITEDATA, userdata))
        try check(ccurl_setopt_header_function(handle) { data, size, count, userdata in
            let buffers = Unmanaged<CurlTransferBuffers>.fromOpaque(userdata!).takeUnretainedValue()
            let length = size * count
            if let data {
                let bytes = UnsafeRawBufferPointer(start: data, count: length)
                let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .newlines)
                buffers.appendHeaderLine(line)
            }
            return length
        })
        try check(ccurl_setopt_pointer(handle, CURLOPT_HEADERDATA, userdata))
        try check(ccurl_setopt_read_function(handle) { data, size, count, userdata in
            let buffers = Unmanaged<CurlTransferBuffers>.fromOpaque(userdata!).takeUnretainedValue()
            guard let data else { return 0 }
            return buffers.readUpload(into: data, capacity: size * count)
        })
        try check(ccurl_setopt_pointer(handle, CURLOPT_READDATA, userdata))
        errorBuffer[0] = 0
        let code = withExtendedLifetime(buffers) { curl_easy_perform(handle) }
        try check(code)
        return buffers
    }

    /// The last response's status code (HTTP status, or SMTP reply code).
    func responseCode() -> Int {
        var code = 0
        _ = ccurl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, &code)
        return code
    }

    private func check(_ code: CURLcode) throws(CurlError) {
        guard code != CURLE_OK else { return }
        let detail = String(cString: errorBuffer)
        throw CurlError(code: code, url: url, message: detail.isEmpty ? CurlError.text(of: code) : detail)
    }
}
