import Foundation
import Testing
@testable import Messaging

@Suite struct ICSWriterTests {
    let event = CalendarEvent(
        uid: "job-J0001@punctual", sequence: 2,
        start: Date(timeIntervalSince1970: 1_795_536_000), end: Date(timeIntervalSince1970: 1_795_539_600),
        summary: "Furnace repair, Garnet Range Home Services",
        location: "1182 Scott St, Missoula, MT 59802",
        description: "Technician: Kim Edwards; gate code 4412\nReply to this message to reach a person.",
        organizerName: "Garnet Range Home Services", stamp: Date(timeIntervalSince1970: 1_795_400_000))

    @Test func everyLineEndsInCRLFAndFitsIn75Octets() {
        let document = ICSWriter.document(event)
        #expect(document.hasSuffix("END:VCALENDAR\r\n"))
        let lines = document.components(separatedBy: "\r\n").dropLast()
        #expect(!document.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        for line in lines { #expect(line.utf8.count <= 75, "\(line)") }
    }

    @Test func unfoldingGivesBackTheEscapedValues() {
        let unfolded = ICSWriter.document(event).replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("LOCATION:1182 Scott St\\, Missoula\\, MT 59802\r\n"))
        #expect(unfolded.contains("DESCRIPTION:Technician: Kim Edwards\\; gate code 4412\\nReply to this message to reach a person.\r\n"))
        #expect(unfolded.contains("UID:job-J0001@punctual\r\nSEQUENCE:2\r\n"))
        #expect(unfolded.contains("DTSTART:20261124T160000Z\r\nDTEND:20261124T170000Z\r\n"))
    }

    @Test func foldingNeverSplitsAMultibyteCharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 100)
        let folded = ICSWriter.fold(line)
        for piece in folded.components(separatedBy: "\r\n") {
            #expect(piece.utf8.count <= 75)
            #expect(String(piece.utf8) != nil)
        }
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
    }

    @Test func aCancelledEventSaysSo() {
        var cancelled = event
        cancelled.cancelled = true
        cancelled.sequence = 3
        let document = ICSWriter.document(cancelled)
        #expect(document.contains("METHOD:CANCEL\r\n"))
        #expect(document.contains("STATUS:CANCELLED\r\n"))
    }
}
