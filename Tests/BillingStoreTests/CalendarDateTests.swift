import Foundation
import Testing

@testable import BillingStore

@Suite struct CalendarDateTests {
    @Test func parsesAndPrintsRoundTrip() throws {
        for text in ["1970-01-01", "2024-02-29", "2026-11-01", "1969-12-31", "2000-03-01", "0001-01-01"] {
            #expect(try #require(CalendarDate(text)).description == text)
        }
        #expect(CalendarDate("1970-01-01")?.dayNumber == 0)
        #expect(CalendarDate("2026-11-01")?.dayNumber == 20_758)
    }

    @Test func refusesBadDates() {
        for text in ["2025-02-29", "2026-13-01", "2026-00-10", "2026-1-01", "2026/01/01", "20260101", "2026-01-32", "２０２６-01-01"] {
            #expect(CalendarDate(text) == nil, "\(text)")
        }
    }

    @Test func addsDaysAcrossMonthsYearsAndLeapDays() {
        let day = CalendarDate("2024-02-28")!
        #expect(day.adding(days: 1).description == "2024-02-29")
        #expect(day.adding(days: 2).description == "2024-03-01")
        #expect(day.adding(days: 366).description == "2025-02-28")
        #expect(CalendarDate("2026-11-01")!.adding(days: -1).timestamp(hour: 9, minute: 5) == "2026-10-31T09:05:00Z")
    }

    @Test func formatsTimestampsInUTC() {
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00Z")
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: 1_795_000_000.9)) == "2026-11-18T11:06:40Z")
        #expect(Timestamp.string(from: Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
    }
}
