public import Foundation

/// RFC 3339 UTC timestamps (`2026-11-27T09:30:00Z`), the form every timestamp column holds, so text order is time order.
public enum Timestamp {
    /// `date` to whole seconds in UTC.
    public static func string(from date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, second) = secondOfDay < 0 ? (days - 1, secondOfDay + 86_400) : (days, secondOfDay)
        return CalendarDate(dayNumber: day).timestamp(hour: second / 3600, minute: second / 60 % 60, second: second % 60)
    }
}
