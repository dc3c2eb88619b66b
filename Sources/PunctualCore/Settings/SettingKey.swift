/// A tunable of the business that `punctual settings set KEY VALUE` changes; every key has a
/// default, so a fresh database works without any.
public enum SettingKey: String, CaseIterable, Sendable, Codable {
    case travelSpeed = "travel.speed_kmh"
    case travelCircuity = "travel.circuity"
    case travelPerTripSeconds = "travel.per_trip_seconds"
    case routingURL = "routing.url"
    case routingTimeoutSeconds = "routing.timeout_seconds"
    case maxOvertimeMinutes = "planning.max_overtime_minutes"
    case planningTimeLimitSeconds = "planning.time_limit_seconds"
    case atRiskLateProbability = "planning.at_risk_late_probability"
    case promiseBufferMinutes = "planning.promise_buffer_minutes"
    case wideBufferMinutes = "planning.wide_buffer_minutes"
    case bookingLeadMinutes = "booking.lead_minutes"
    case maxFillPercent = "booking.max_fill_percent"
    case windowMinutes = "booking.window_minutes"
    case minOnTimeProbability = "booking.min_on_time_probability"
    case serviceSpread = "forecast.service_cv"
    case travelSpread = "forecast.travel_cv"
    case lateThreshold = "tracking.late_threshold"
    case warningProbability = "tracking.warning_probability"
    case warningHorizonMinutes = "tracking.warning_horizon_minutes"
    case holdBehindLateMinutes = "tracking.hold_behind_late_minutes"
    case staleMinutes = "tracking.stale_minutes"
    case messagesTransport = "messages.transport"
    case quietHours = "messages.quiet_hours"
    case reminderHour = "messages.reminder_hour"
    case followUpDelayMinutes = "messages.follow_up_delay_minutes"
    case lateNoticeMoveMinutes = "messages.late_notice_move_minutes"
    case reassignWhenLate = "dispatch.reassign_when_late"
    case replanWhenLate = "dispatch.replan_when_late"
    case messagesMaxAttempts = "messages.max_attempts"
    case retryBaseSeconds = "messages.retry_base_seconds"
    case retryCapSeconds = "messages.retry_cap_seconds"
    case contact = "messages.contact"
    case phoneCountryCode = "phone.country_code"
    case templateConfirmation = "messages.template.confirmation"
    case templateReminder = "messages.template.reminder"
    case templateOnMyWay = "messages.template.on_my_way"
    case templateRunningLate = "messages.template.running_late"
    case templateReassigned = "messages.template.reassigned"
    case templateMoved = "messages.template.moved"
    case templateCancelled = "messages.template.cancelled"
    case templateRebookOptions = "messages.template.rebook_options"
    case templatePromiseBroken = "messages.template.promise_broken"
    case templateDone = "messages.template.done"
    case templateNotCompleted = "messages.template.not_completed"
    case templateFollowUp = "messages.template.follow_up"
    case templateOptOut = "messages.template.opt_out"
    case templateHelp = "messages.template.help"
    case smsBaseURL = "sms.base_url"
    case smsAccountSID = "sms.account_sid"
    case smsAuthToken = "sms.auth_token"
    case smsFrom = "sms.from"
    case smsWebhookURL = "sms.webhook_url"
    case smsTimeoutSeconds = "sms.timeout_seconds"
    case smtpURL = "smtp.url"
    case smtpStartTLS = "smtp.starttls"
    case smtpUsername = "smtp.username"
    case smtpPassword = "smtp.password"
    case smtpFrom = "smtp.from"
    case serverMaxConnections = "server.max_connections"
    case serverHeaderTimeoutSeconds = "server.header_timeout_seconds"
    case serverBodyTimeoutSeconds = "server.body_timeout_seconds"
    case serverIdleTimeoutSeconds = "server.idle_timeout_seconds"
    case webBaseURL = "web.base_url"

    /// What the setting means, for `punctual settings list`.
    public var summary: String {
        switch self {
        case .travelSpeed: "average driving speed of the embedded travel-time estimate, km/h"
        case .travelCircuity: "road distance ÷ straight-line distance in the embedded estimate"
        case .travelPerTripSeconds: "seconds added to every trip to park and walk to the door"
        case .routingURL: "base URL of an OSRM-compatible routing service; empty uses the embedded estimate"
        case .routingTimeoutSeconds: "how long to wait for the routing service before falling back, seconds"
        case .maxOvertimeMinutes: "how far past the shift end a route may run, minutes"
        case .planningTimeLimitSeconds: "default search time of `punctual plan`, seconds"
        case .atRiskLateProbability: "a planned promise counts as at risk when its chance of being late reaches this"
        case .promiseBufferMinutes: "plans aim to reach promised visits this long before the window closes, when they can"
        case .wideBufferMinutes: "plans first aim to reach promised visits this long before the window closes; a promise that cannot have it gets planning.promise_buffer_minutes"
        case .bookingLeadMinutes: "the earliest a window may start after now, minutes"
        case .maxFillPercent: "the most of a technician's shift (less the break) that booked work may fill, percent; the rest absorbs overruns"
        case .windowMinutes: "how wide an offered arrival window is, minutes"
        case .minOnTimeProbability: "a window is offered only if the technician arrives inside it with at least this probability"
        case .serviceSpread: "spread of job durations, as a fraction of the expected duration (coefficient of variation)"
        case .travelSpread: "spread of travel times, as a fraction of the expected travel time"
        case .warningHorizonMinutes: "a customer this many minutes or more before the window closes is warned of lateness only when it is all but certain (P(late) 0.95); nearer, the certainty needed falls linearly to tracking.warning_probability an hour before"
        case .holdBehindLateMinutes: "a visit at risk behind an earlier one that is itself at risk is announced once the earlier one is settled, or once its own window closes within this many minutes (0: at once)"
        case .lateThreshold: "a visit is at risk when its probability of arriving after the window passes this"
        case .warningProbability: "a customer is warned of lateness an hour before the window closes once its probability reaches this (more is needed further ahead: tracking.warning_horizon_minutes)"
        case .staleMinutes: "a technician with no GPS fix for this long is flagged stale"
        case .messagesTransport: "console writes messages to the log only; live sends them by SMS over HTTP and SMTP"
        case .quietHours: "local hours in which non-urgent messages wait, e.g. 21:00-08:00; empty for none"
        case .reminderHour: "local hour from which the evening-before reminders go out"
        case .followUpDelayMinutes: "how long after completion the \"how did we do?\" message goes, minutes"
        case .lateNoticeMoveMinutes: "a second running-late notice goes only if the new arrival moves by more than this, minutes"
        case .reassignWhenLate: "whether a visit gone at risk is given to another technician who can still make the window (true) or left to the dispatcher (false)"
        case .replanWhenLate: "whether, when no single handover saves a visit gone at risk, the rest of the day is planned again from where it stands (true; only with dispatch.reassign_when_late)"
        case .messagesMaxAttempts: "delivery attempts before a message is given up as failed"
        case .retryBaseSeconds: "first retry delay; each further retry doubles it, seconds"
        case .retryCapSeconds: "longest retry delay, seconds"
        case .contact: "how customers reach a person, sent in answer to HELP"
        case .phoneCountryCode: "country calling code for phone numbers written the national way, e.g. 1 or 44; empty: the time zone's country"
        case .templateConfirmation, .templateReminder, .templateOnMyWay, .templateRunningLate, .templateReassigned, .templateMoved, .templateCancelled,
             .templateRebookOptions, .templatePromiseBroken, .templateDone, .templateNotCompleted, .templateFollowUp, .templateOptOut,
             .templateHelp:
            "message text; placeholders: " + MessageTemplates.placeholders.sorted().map { "{\($0)}" }.joined(separator: " ")
        case .smsBaseURL: "base URL of the Twilio-compatible SMS API"
        case .smsAccountSID: "SMS account id (the basic-auth user)"
        case .smsAuthToken: "SMS auth token (the basic-auth password and the webhook signing key)"
        case .smsFrom: "the number texts are sent from, E.164"
        case .smsWebhookURL: "public URL of POST /v1/webhooks/sms, given to the provider for status callbacks and used to check signatures"
        case .smsTimeoutSeconds: "how long to wait for the SMS provider, seconds"
        case .smtpURL: "smtp://host:587 (STARTTLS) or smtps://host:465; empty sends no email"
        case .smtpStartTLS: "whether an smtp:// server must upgrade to TLS (true) or may stay plain (false, loopback relays only)"
        case .smtpUsername: "SMTP login; empty for none"
        case .smtpPassword: "SMTP password"
        case .smtpFrom: "the address emails are sent from"
        case .serverMaxConnections: "the most connections `punctual serve` holds open at once; more wait to be accepted"
        case .serverHeaderTimeoutSeconds: "a connection that has not sent a request's headers this long after it opened (or after its last answer, beyond the idle time) is closed, seconds"
        case .serverBodyTimeoutSeconds: "a request whose body is not whole this long after its headers is cut off, seconds"
        case .serverIdleTimeoutSeconds: "a connection with nothing sent either way this long is closed, seconds"
        case .webBaseURL: "the address customers and technicians reach `punctual serve` at, e.g. https://punctual.example.com; messages carry a tracking link under it and sign-in links start with it (empty: no links in messages)"
        }
    }

    /// The value in force when the dispatcher has set none.
    public var defaultValue: String {
        switch self {
        case .travelSpeed: "40"
        case .travelCircuity: "1.3"
        case .travelPerTripSeconds: "120"
        case .routingURL: ""
        case .routingTimeoutSeconds: "10"
        case .maxOvertimeMinutes: "60"
        case .planningTimeLimitSeconds: "10"
        case .atRiskLateProbability: "0.2"
        case .promiseBufferMinutes: "15"
        case .wideBufferMinutes: "0"
        case .bookingLeadMinutes: "60"
        case .maxFillPercent: "100"
        case .windowMinutes: "60"
        case .minOnTimeProbability: "0.95"
        case .serviceSpread: "0.25"
        case .travelSpread: "0.2"
        case .lateThreshold: "0.5"
        case .warningProbability: "0.6"
        case .warningHorizonMinutes: "300"
        case .holdBehindLateMinutes: "60"
        case .staleMinutes: "10"
        case .messagesTransport: "console"
        case .quietHours: "21:00-08:00"
        case .reminderHour: "17"
        case .followUpDelayMinutes: "120"
        case .lateNoticeMoveMinutes: "20"
        case .reassignWhenLate: "true"
        case .replanWhenLate: "true"
        case .messagesMaxAttempts: "6"
        case .retryBaseSeconds: "30"
        case .retryCapSeconds: "3600"
        case .contact: "reply to this message and a person will answer."
        case .phoneCountryCode: ""
        case .templateConfirmation: MessageTemplates.builtIn(.confirmation)!
        case .templateReminder: MessageTemplates.builtIn(.reminder)!
        case .templateOnMyWay: MessageTemplates.builtIn(.onMyWay)!
        case .templateRunningLate: MessageTemplates.builtIn(.runningLate)!
        case .templateReassigned: MessageTemplates.builtIn(.reassigned)!
        case .templateMoved: MessageTemplates.builtIn(.moved)!
        case .templateCancelled: MessageTemplates.builtIn(.cancelled)!
        case .templateRebookOptions: MessageTemplates.builtIn(.rebookOptions)!
        case .templatePromiseBroken: MessageTemplates.builtIn(.promiseBroken)!
        case .templateDone: MessageTemplates.builtIn(.done)!
        case .templateNotCompleted: MessageTemplates.builtIn(.notCompleted)!
        case .templateFollowUp: MessageTemplates.builtIn(.followUp)!
        case .templateOptOut: MessageTemplates.builtIn(.optOut)!
        case .templateHelp: MessageTemplates.builtIn(.help)!
        case .smsBaseURL: "https://api.twilio.com"
        case .smsAccountSID, .smsAuthToken, .smsFrom, .smsWebhookURL: ""
        case .smsTimeoutSeconds: "10"
        case .smtpURL, .smtpUsername, .smtpPassword, .smtpFrom: ""
        case .smtpStartTLS: "true"
        case .serverMaxConnections: "500"
        case .serverHeaderTimeoutSeconds: "10"
        case .serverBodyTimeoutSeconds: "60"
        case .serverIdleTimeoutSeconds: "60"
        case .webBaseURL: ""
        }
    }

    /// The range a numeric value must fall in, or nil for text settings.
    var numericRange: ClosedRange<Double>? {
        switch self {
        case .travelSpeed: 1...200
        case .travelCircuity: 1...5
        case .travelPerTripSeconds: 0...3600
        case .routingURL: nil
        case .reminderHour: 0...23
        case .followUpDelayMinutes: 0...10_080
        case .lateNoticeMoveMinutes: 0...480
        case .messagesMaxAttempts: 1...50
        case .retryBaseSeconds: 0.01...86_400
        case .retryCapSeconds: 0.01...604_800
        case .smsTimeoutSeconds: 0.1...300
        case .serverMaxConnections: 1...100_000
        case .serverHeaderTimeoutSeconds, .serverBodyTimeoutSeconds, .serverIdleTimeoutSeconds: 0.1...3600
        case .messagesTransport, .quietHours, .contact, .reassignWhenLate, .replanWhenLate, .templateConfirmation, .templateReminder, .templateOnMyWay,
             .templateRunningLate, .templateReassigned, .templateMoved, .templateCancelled, .templateRebookOptions, .templatePromiseBroken, .templateDone, .templateNotCompleted,
             .templateFollowUp, .templateOptOut, .templateHelp, .phoneCountryCode, .smsBaseURL, .smsAccountSID, .smsAuthToken, .smsFrom, .smsWebhookURL,
             .smtpURL, .smtpStartTLS, .smtpUsername, .smtpPassword, .smtpFrom, .webBaseURL:
            nil
        case .routingTimeoutSeconds: 0.1...300
        case .maxOvertimeMinutes: 0...480
        case .planningTimeLimitSeconds: 0...3600
        case .atRiskLateProbability, .lateThreshold, .warningProbability, .minOnTimeProbability: 0.01...0.99
        case .promiseBufferMinutes, .wideBufferMinutes: 0...120
        case .bookingLeadMinutes: 0...10_080
        case .maxFillPercent: 10...100
        case .windowMinutes: 15...480
        case .serviceSpread, .travelSpread: 0...2
        case .staleMinutes: 1...1440
        case .warningHorizonMinutes: 60...1440
        case .holdBehindLateMinutes: 0...1440
        }
    }

    /// Why `text` is not a valid value for this key, or nil when it is.
    public func problem(with text: String) -> String? {
        if let range = numericRange {
            guard let value = Double(text), value.isFinite else { return "'\(text)' is not a number" }
            guard range.contains(value) else {
                return "\(text) is outside \(Self.format(range.lowerBound))…\(Self.format(range.upperBound))"
            }
            return nil
        }
        if let problem = messagingProblem(with: text) { return problem }
        if self == .routingURL, !text.isEmpty {
            let lower = text.lowercased()
            guard lower.hasPrefix("http://") || lower.hasPrefix("https://"), text.count > 8, !text.contains(" ") else {
                return "'\(text)' is not an http(s) URL"
            }
        }
        return nil
    }

    private static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
