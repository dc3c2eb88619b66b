import Punctual
import PunctualCore
import PunctualImport
/// Generates a field-service business in Missoula, Montana, of a given size, for one working day.
///
/// The default (12 technicians, 96 jobs, Tuesday 2026-11-24, seed 1) is the sample business in
/// `data/`: a day slightly bigger than the team, so a good plan serves most but not all jobs and
/// the planner's choices (who, in what order, which jobs wait) matter. Larger sizes keep the same
/// shape — trade mix, van stock, shifts, the share and spread of promised windows — for benchmarks.
/// Everything is drawn from `SplitMix64`, so a seed always gives byte-identical files.
public struct SampleBusinessGenerator: Sendable {
    public static let defaultTechnicians = 12
    public static let defaultJobs = 96
    /// The day of the checked-in sample; `punctual generate` itself defaults to tomorrow.
    public static let sampleDate = "2026-11-24"
    public static let defaultSeed: UInt64 = 1

    /// The business's fictional name.
    public static let businessName = "Garnet Range Home Services"
    /// The business's IANA time zone; shift and window times in the files are local to it.
    public static let timeZone = "America/Denver"

    public let technicians: Int
    public let jobs: Int
    /// The working day, `YYYY-MM-DD`.
    public let date: String
    public let seed: UInt64

    /// - Parameters:
    ///   - technicians: team size, at least 1.
    ///   - jobs: jobs on the day, at least 0.
    ///   - date: the working day, `YYYY-MM-DD` (a date `LocalDate(parsing:)` accepts); its month sets the season's mix.
    ///   - seed: any value; equal parameters give equal bytes.
    public init(
        technicians: Int = defaultTechnicians, jobs: Int = defaultJobs,
        date: String = sampleDate, seed: UInt64 = defaultSeed
    ) {
        precondition(technicians > 0, "technicians must be positive")
        precondition(jobs >= 0, "jobs must not be negative")
        precondition(LocalDate(parsing: date) != nil, "date must be a real calendar date written YYYY-MM-DD")
        self.technicians = technicians
        self.jobs = jobs
        self.date = date
        self.seed = seed
    }

    public func generate() -> SampleBusiness {
        // Separate streams for the team and the jobs, so the same seed gives the same team whatever
        // the number of jobs.
        var master = SampleRandom(seed: seed)
        var teamRandom = SampleRandom(seed: master.next())
        var jobRandom = SampleRandom(seed: master.next())
        var phoneRandom = SampleRandom(seed: master.next())
        var phones = SamplePhoneBook(count: technicians + jobs, random: &phoneRandom)
        var addresses = SampleAddressBook()
        var names: Set<String> = []

        let team = SampleTechnicianFactory.make(
            count: technicians, random: &teamRandom, phones: &phones, addresses: &addresses, names: &names)
        let month = LocalDate(parsing: date)!.month
        let day = SampleJobFactory.make(
            count: jobs, month: month, technicians: team, random: &jobRandom, phones: &phones,
            addresses: &addresses, names: &names)

        return SampleBusiness(
            business: businessCSV(), parts: partsCSV(), technicians: techniciansCSV(team),
            stock: stockCSV(team), jobs: jobsCSV(day))
    }

    private func businessCSV() -> String {
        var csv = CSVWriter(header: ["name", "time_zone", "depot_lat", "depot_lon", "depot_address"])
        let depot = MissoulaStreets.depot
        csv.append([Self.businessName, Self.timeZone, SampleFormat.degrees(depot.lat),
                    SampleFormat.degrees(depot.lon), depot.address])
        return csv.text
    }

    private func partsCSV() -> String {
        var csv = CSVWriter(header: ["id", "name", "unit_cost"])
        for part in SampleCatalog.parts {
            csv.append([part.id, part.name, SampleFormat.dollars(part.unitCostCents)])
        }
        return csv.text
    }

    private func techniciansCSV(_ team: [SampleTechnicianFactory.Technician]) -> String {
        var csv = CSVWriter(header: [
            "id", "name", "phone", "email", "start_lat", "start_lon", "end_lat", "end_lon",
            "shift_start", "shift_end", "skills", "break_minutes", "break_earliest", "break_latest",
        ])
        for tech in team {
            csv.append([
                tech.id, tech.name, tech.phone, tech.email,
                SampleFormat.degrees(tech.start.lat), SampleFormat.degrees(tech.start.lon),
                tech.end.map { SampleFormat.degrees($0.lat) } ?? "",
                tech.end.map { SampleFormat.degrees($0.lon) } ?? "",
                SampleFormat.clock(tech.shiftStart), SampleFormat.clock(tech.shiftEnd),
                tech.skills.joined(separator: ";"),
                tech.lunch.map { String($0.minutes) } ?? "",
                tech.lunch.map { SampleFormat.clock($0.earliest) } ?? "",
                tech.lunch.map { SampleFormat.clock($0.latest) } ?? "",
            ])
        }
        return csv.text
    }

    private func stockCSV(_ team: [SampleTechnicianFactory.Technician]) -> String {
        var csv = CSVWriter(header: ["technician_id", "part", "quantity"])
        for tech in team {
            for item in tech.stock {
                csv.append([tech.id, item.part, String(item.quantity)])
            }
        }
        return csv.text
    }

    private func jobsCSV(_ day: [SampleJobFactory.Job]) -> String {
        var csv = CSVWriter(header: [
            "id", "customer", "phone", "email", "notify", "address", "lat", "lon", "type",
            "duration_minutes", "skills", "parts", "priority", "date", "window_start", "window_end",
            "available", "notes",
        ])
        for job in day {
            csv.append([
                job.id, job.customer.name, job.customer.phone, job.customer.email, job.customer.notify,
                job.customer.address.text, SampleFormat.degrees(job.customer.address.lat),
                SampleFormat.degrees(job.customer.address.lon), job.type.id, String(job.minutes),
                job.type.skill, job.parts.map { "\($0.part):\($0.quantity)" }.joined(separator: ";"),
                job.priority, date,
                job.windowStart.map(SampleFormat.clock) ?? "",
                job.windowStart.map { SampleFormat.clock($0 + 60) } ?? "",
                job.available.map { SampleFormat.clock($0.start) + "-" + SampleFormat.clock($0.end) }
                    .joined(separator: ";"),
                job.notes,
            ])
        }
        return csv.text
    }
}
