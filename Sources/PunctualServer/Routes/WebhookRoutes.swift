import Foundation
import HTTPTypes
import Hummingbird
import Messaging
import Punctual
import PunctualCore

/// `POST /v1/webhooks/sms`: the SMS provider's inbound texts and delivery receipts, form-encoded and
/// signed with the account's auth token (`X-Twilio-Signature`); an unsigned or badly signed request
/// gets 403 and changes nothing.
enum WebhookRoutes {
    static func add<Context: RequestContext>(to router: Router<Context>, store: Store, clock: WallClock) {
        router.post("/v1/webhooks/sms") { request, _ -> Response in
            let body = try await request.body.collect(upTo: 64 * 1024)
            let parameters = FormEncoding.decode(String(buffer: body))
            let settings = try store.settings()
            // The provider signs the URL it called: the configured public one, else the one we were called at.
            let configured = settings.text(.smsWebhookURL)
            let url = configured.isEmpty ? "http://\(request.head.authority ?? "localhost")\(request.uri)" : configured
            let signature = request.headers[HTTPField.Name(TwilioSignature.header)!]
            guard TwilioSignature.isValid(signature, url: url, parameters: parameters, authToken: settings.text(.smsAuthToken)) else {
                return Response(status: .forbidden, headers: [.contentType: "text/plain"],
                                body: .init(byteBuffer: ByteBuffer(string: "invalid or missing \(TwilioSignature.header)\n")))
            }
            _ = try SMSWebhook(store: store).receive(parameters, now: clock())
            // An empty TwiML answer: replies go through the outbox, never in the HTTP response.
            return Response(status: .ok, headers: [.contentType: "text/xml"],
                            body: .init(byteBuffer: ByteBuffer(string: "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>")))
        }
    }
}
