import Foundation

/// The noise profile's parameters by name, as `punctual simulate --noise KEY=VALUE` takes them.
public enum NoiseParameter: String, CaseIterable, Sendable, Hashable, Codable {
    case travelSigma = "travel.sigma"
    case travelBias = "travel.bias"
    case dayTravelSigma = "travel.day_sigma"
    case rushHourFactor = "travel.rush_hour"
    case trafficDelayChance = "traffic.chance"
    case trafficDelayMeanMinutes = "traffic.mean_minutes"
    case serviceSigma = "service.sigma"
    case typeBiasSigma = "service.type_bias_sigma"
    case technicianSpeedSigma = "service.technician_sigma"
    case overrunChance = "service.overrun_chance"
    case repairOverrunChance = "service.repair_overrun_chance"
    case unfinishedChance = "service.unfinished_chance"
    case wrongPartChance = "service.wrong_part_chance"
    case workLeftEstimateSigma = "service.work_left_sigma"
    case lateStartChance = "start.late_chance"
    case lateStartMeanMinutes = "start.late_mean_minutes"
    case accessDelayChance = "door.delay_chance"
    case accessDelayMeanMinutes = "door.delay_mean_minutes"
    case gpsGapChance = "gps.gap_chance"
    case gpsGapMeanMinutes = "gps.gap_mean_minutes"
    case phoneBatchChance = "phone.batch_chance"
    case forgottenArrivalChance = "phone.forgot_arrived_chance"

    /// What the parameter means, for `--help`.
    public var help: String {
        switch self {
        case .travelSigma: "log-sd of a trip's actual / expected time"
        case .travelBias: "median real trip / the product's estimate"
        case .dayTravelSigma: "log-sd of the day's travel factor (all trips of a day share it)"
        case .rushHourFactor: "trips starting 07-09 or 16-18 take this many times longer"
        case .trafficDelayChance: "chance a trip meets a traffic jam"
        case .trafficDelayMeanMinutes: "mean minutes a jam adds (exponential)"
        case .serviceSigma: "log-sd of a job's actual / true mean duration"
        case .typeBiasSigma: "log-sd of the hidden bias of each job type's stated duration"
        case .technicianSpeedSigma: "log-sd of each technician's hidden speed"
        case .overrunChance: "chance a job runs 1.5-3 times over"
        case .repairOverrunChance: "the same for repair work"
        case .unfinishedChance: "chance a job cannot be finished (no access)"
        case .wrongPartChance: "chance the job needs a part it did not list (a return visit)"
        case .workLeftEstimateSigma: "log-sd of a technician's 'running over: about N more minutes' against the truth"
        case .lateStartChance: "chance a technician sets off late in the morning"
        case .lateStartMeanMinutes: "mean minutes of a late start"
        case .accessDelayChance: "chance the customer is slow to open the door"
        case .accessDelayMeanMinutes: "mean minutes waited at the door"
        case .gpsGapChance: "chance a trip's GPS fixes go missing"
        case .gpsGapMeanMinutes: "mean minutes of a GPS gap"
        case .phoneBatchChance: "chance a progress report waits on the phone for the next batch of fixes"
        case .forgottenArrivalChance: "chance the technician never taps 'arrived' (work starting says it)"
        }
    }

    /// Whether the parameter is a chance (0-1); the others are non-negative amounts.
    public var isChance: Bool { rawValue.hasSuffix("chance") }

    /// Why `value` does not fit, or nil.
    public func problem(with value: Double) -> String? {
        guard value.isFinite, value >= 0 else { return "must be a non-negative number" }
        if isChance && value > 1 { return "is a chance and must be between 0 and 1" }
        if (self == .travelBias || self == .rushHourFactor) && value == 0 { return "is a factor and must be above 0" }
        return nil
    }
}

extension NoiseParameter {
    /// The profile's field this parameter names.
    var field: WritableKeyPath<NoiseModel, Double> {
        switch self {
        case .travelSigma: \.travelSigma
        case .travelBias: \.travelBias
        case .dayTravelSigma: \.dayTravelSigma
        case .rushHourFactor: \.rushHourFactor
        case .trafficDelayChance: \.trafficDelayChance
        case .trafficDelayMeanMinutes: \.trafficDelayMeanMinutes
        case .serviceSigma: \.defaultServiceSigma
        case .typeBiasSigma: \.typeBiasSigma
        case .technicianSpeedSigma: \.technicianSpeedSigma
        case .overrunChance: \.overrunChance
        case .repairOverrunChance: \.repairOverrunChance
        case .unfinishedChance: \.unfinishedChance
        case .wrongPartChance: \.wrongPartChance
        case .workLeftEstimateSigma: \.workLeftEstimateSigma
        case .lateStartChance: \.lateStartChance
        case .lateStartMeanMinutes: \.lateStartMeanMinutes
        case .accessDelayChance: \.accessDelayChance
        case .accessDelayMeanMinutes: \.accessDelayMeanMinutes
        case .gpsGapChance: \.gpsGapChance
        case .gpsGapMeanMinutes: \.gpsGapMeanMinutes
        case .phoneBatchChance: \.phoneBatchChance
        case .forgottenArrivalChance: \.forgottenArrivalChance
        }
    }
}

extension NoiseModel {
    public subscript(parameter: NoiseParameter) -> Double {
        get { self[keyPath: parameter.field] }
        set { self[keyPath: parameter.field] = newValue }
    }
}
