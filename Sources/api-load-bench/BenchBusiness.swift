/// The business the load benchmark creates: technicians with shifts covering the day.
enum BenchBusiness {
    /// Technician `i` (from 1) of a run: `T0001`… for the first run in a fresh database; a run
    /// against a database other runs used names its technicians after itself (`prefix`), so its
    /// fixes can never collide with theirs and the stored count is exactly this run's.
    static func technicianID(_ i: Int, prefix: String = "T") -> String {
        "\(prefix)\(String(format: "%04d", i))"
    }

    static func techniciansCSV(count: Int, prefix: String = "T") -> String {
        var csv = "id,name,phone,email,start_lat,start_lon,end_lat,end_lon,shift_start,shift_end,skills,break_minutes,break_earliest,break_latest\n"
        for i in 1...count {
            csv += "\(technicianID(i, prefix: prefix)),Tech \(i),,,46.87,-114.02,,,00:00,23:59,hvac,,,\n"
        }
        return csv
    }
}
