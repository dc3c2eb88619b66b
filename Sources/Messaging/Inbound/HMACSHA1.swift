/// HMAC-SHA1 (RFC 2104): the keyed digest Twilio-compatible providers sign webhooks with.
public enum HMACSHA1 {
    public static func authenticationCode(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > SHA1.blockSize ? SHA1.digest(key) : key
        block += [UInt8](repeating: 0, count: SHA1.blockSize - block.count)
        let inner = SHA1.digest(block.map { $0 ^ 0x36 } + message)
        return SHA1.digest(block.map { $0 ^ 0x5C } + inner)
    }
}
