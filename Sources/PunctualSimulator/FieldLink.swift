import Foundation
import Punctual
import PunctualCore

/// How simulated technicians and customers reach Punctual: in process through the services the HTTP
/// handlers call (`InProcessFieldLink`), or over HTTP against a running server (`HTTPFieldLink`).
/// Everything the simulator reports goes through one of these, so tracking, re-dispatch and
/// messaging run as they would for real.
public protocol FieldLink: Sendable {
    /// A technician's phone posts a batch of GPS fixes.
    func postPositions(_ fixes: [PositionFix], technician: String) async throws
    /// A technician's phone posts progress on a visit.
    func postProgress(_ report: ProgressReport, technician: String) async throws
    /// The jobs still ahead on the technician's published route for `date`, in order.
    func remainingRoute(technician: String, date: LocalDate) async throws -> RemainingRoute
    /// A customer texts the business.
    func customerTexts(from phone: String, body: String) async throws
}

/// One progress report as a technician's phone sends it.
public struct ProgressReport: Sendable, Hashable {
    public var job: String
    public var kind: VisitEventKind
    public var at: Date
    public var partsUsed: [PartQuantity] = []
    public var notes: String?
    public var reason: String?
    public var minutesLeft: Int?

    /// The report of a simulated field event, or nil for a position fix.
    init?(_ event: FieldEvent) {
        switch event.kind {
        case .position: return nil
        case .enRoute(let job): self.init(job: job, kind: .enRoute, at: event.at)
        case .arrived(let job): self.init(job: job, kind: .arrived, at: event.at)
        case .started(let job): self.init(job: job, kind: .started, at: event.at)
        case .runningOver(let job, let minutes): self.init(job: job, kind: .runningOver, at: event.at, minutesLeft: minutes)
        case .completed(let job, let parts): self.init(job: job, kind: .completed, at: event.at, partsUsed: parts)
        case .unableToComplete(let job, let reason): self.init(job: job, kind: .unableToComplete, at: event.at, reason: reason)
        }
    }

    init(job: String, kind: VisitEventKind, at: Date, partsUsed: [PartQuantity] = [], notes: String? = nil, reason: String? = nil,
         minutesLeft: Int? = nil) {
        self.job = job
        self.kind = kind
        self.at = at
        self.partsUsed = partsUsed
        self.notes = notes
        self.reason = reason
        self.minutesLeft = minutesLeft
    }

    /// A stable idempotency key, so a retried post is harmless.
    var idempotencyKey: String { "\(job):\(kind.rawValue):\(Int(at.timeIntervalSince1970))" }
}

/// What a technician's phone shows of the day still ahead: the visits not yet closed, and the
/// planned break with the visit it follows.
public struct RemainingRoute: Sendable, Hashable {
    public var jobs: [String]
    /// The job after which the plan puts the break (nil: before the first visit, or no break).
    public var breakAfter: String?
    /// When the plan puts the break; nil when it plans none.
    public var breakStart: Date?

    public init(jobs: [String], breakAfter: String? = nil, breakStart: Date? = nil) {
        self.jobs = jobs
        self.breakAfter = breakAfter
        self.breakStart = breakStart
    }
}
