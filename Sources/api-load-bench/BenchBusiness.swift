/// The business the load benchmark creates: technicians T0001… with shifts covering the day.
enum BenchBusiness {
    static func techniciansCSV(count: Int) -> String {
        var csv = "id,name,phone,email,start_lat,start_lon,end_lat,end_lon,shift_start,shift_end,skills,break_minutes,break_earliest,break_latest\n"
        for i in 1...count {
            csv += "T\(String(format: "%04d", i)),Tech \(i),,,46.87,-114.02,,,00:00,23:59,hvac,,,\n"
        }
        return csv
    }
}
