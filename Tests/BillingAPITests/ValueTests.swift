import BillingStore
import Foundation
import GraphQLEngine
import Testing

@testable import BillingAPI

/// Global ids, money formatting and the custom scalars.
struct ValueTests {
    @Test func globalIDsRoundTrip() {
        for (typeName, id) in [("Order", Int64(42)), ("Invoice", 1), ("PurchasedProduct", 9_007_199_254_740_993), ("A", 0), ("AB", 7)] {
            let encoded = GlobalID.encode(typeName, id)
            #expect(!encoded.contains("=") && !encoded.contains("+") && !encoded.contains("/"))
            #expect(GlobalID.decode(encoded)?.typeName == typeName)
            #expect(GlobalID.decode(encoded)?.id == id)
            #expect(GlobalID.decode(encoded, as: typeName) == id)
            #expect(GlobalID.decode(encoded, as: "Other") == nil)
        }
        #expect(GlobalID.encode("Order", 42) == "T3JkZXI6NDI")
    }

    @Test func globalIDsAreFoundationsBase64URL() {
        let ids: [Int64] = [0, 1, 9, 10, 99, 100, 12_345, -7, .max, .min]
        for typeName in ["A", "AB", "Order", "Invoice", "PurchasedProduct", "Ünïcode"] {
            for id in ids {
                let foundation = Data("\(typeName):\(id)".utf8).base64EncodedString().replacingOccurrences(of: "+", with: "-")
                    .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
                #expect(GlobalID.encode(typeName, id) == foundation, "\(typeName) \(id)")
            }
        }
    }

    @Test func malformedGlobalIDs() {
        // "Order:" "Order:-1" "Order:042" "Order" ":42", a non-canonical tail, and characters outside base64url.
        for text in ["", "T3JkZXI6", "T3JkZXI6LTE", "T3JkZXI6MDQy", "T3JkZXI", "OjQy", "T3JkZXI6NDJ", "T3JkZXI6NDI=", "a b", "é"] {
            #expect(GlobalID.decode(text) == nil, "\(text)")
        }
    }

    @Test func moneyAmountsAndFormatting() {
        let cases: [(Int64, String, String, String)] = [
            (123_450, "USD", "1234.50", "$1,234.50"), (5, "USD", "0.05", "$0.05"), (0, "EUR", "0.00", "€0.00"),
            (-123_456_789, "USD", "-1234567.89", "-$1,234,567.89"), (100_000, "JPY", "100000", "¥100,000"),
            (1_234_567, "KWD", "1234.567", "KWD 1,234.567"), (99_900, "GBP", "999.00", "£999.00"),
            (-500, "EUR", "-5.00", "-€5.00"), (-1, "KWD", "-0.001", "-KWD 0.001"), (-100_000, "JPY", "-100000", "-¥100,000"),
            (123_456_789_012, "CAD", "1234567890.12", "CA$1,234,567,890.12"),
            (.max, "INR", "92233720368547758.07", "₹92,233,720,368,547,758.07"),
            (.min, "USD", "-92233720368547758.08", "-$92,233,720,368,547,758.08"),
            (100, "AUD", "1.00", "A$1.00"), (250, "CHF", "2.50", "CHF 2.50"), (7, "BHD", "0.007", "BHD 0.007"),
        ]
        for (minor, currency, amount, formatted) in cases {
            let money = Money(minor: minor, currencyCode: currency)
            #expect(money.amount == amount)
            #expect(money.formatted == formatted)
        }
    }

    func parse(_ scalar: String, _ value: JSONValue) -> Result<JSONValue, GraphQLError> {
        Result { () throws(GraphQLError) -> JSONValue in try BillingScalars.coercions[scalar]!.parseValue(value) }
    }

    @Test func dateScalar() throws {
        #expect(try parse("Date", .string("2024-02-29")).get() == .string("2024-02-29"))
        for (value, message) in [
            (JSONValue.string("2023-02-29"), "Date cannot represent an invalid date: \"2023-02-29\"; expected YYYY-MM-DD."),
            (.string("2026-1-1"), "Date cannot represent an invalid date: \"2026-1-1\"; expected YYYY-MM-DD."),
            (.int(20_260_101), "Date cannot represent non-string value: 20260101"),
        ] {
            #expect(throws: GraphQLError(message)) { try parse("Date", value).get() }
        }
    }

    @Test func dateTimeScalar() throws {
        #expect(try parse("DateTime", .string("2026-11-27T09:30:00Z")).get() == .string("2026-11-27T09:30:00Z"))
        for text in ["2026-11-27", "2026-11-27T24:00:00Z", "2026-11-27T09:30:00+01:00", "2026-13-27T09:30:00Z"] {
            #expect(throws: GraphQLError.self) { try parse("DateTime", .string(text)).get() }
        }
        #expect(throws: GraphQLError("DateTime cannot represent non-string value: true")) { try parse("DateTime", .bool(true)).get() }
    }

    @Test func decimalScalar() throws {
        #expect(try parse("Decimal", .string("1234.50")).get() == .string("1234.50"))
        #expect(try parse("Decimal", .int(12)).get() == .string("12"))
        #expect(
            throws: GraphQLError("Decimal cannot represent a number with a fraction exactly: 12.5; send it as a string, e.g. \"1234.50\".")
        ) { try parse("Decimal", .double(12.5)).get() }
        #expect(throws: GraphQLError.self) { try parse("Decimal", .double(0.00001)).get() }
        #expect(throws: GraphQLError("Decimal cannot represent an invalid decimal: \"1.2.3\"; expected e.g. \"1234.50\".")) {
            try parse("Decimal", .string("1.2.3")).get()
        }
        #expect(throws: GraphQLError("Decimal cannot represent non-decimal value: true")) { try parse("Decimal", .bool(true)).get() }
        let literal = BillingScalars.coercions["Decimal"]!.parseLiteral
        #expect(try literal(.float("12.50", Location(start: 0, end: 5))) == .string("12.50"))
        #expect(try literal(.int("7", Location(start: 0, end: 1))) == .string("7"))
        #expect(try BillingScalars.coercions["Decimal"]!.serialize(.string("0.05")) == .string("0.05"))
        for text in ["0", "-0", "12", "-12", "1234.50", "-0.001", "007.10"] { #expect(BillingScalars.isDecimal(text), "\(text)") }
        for text in ["", "-", ".", "1.", ".5", "-.5", "1.2.3", "1,000", "+1", "1e5", " 1", "1 ", "١٢", "12a", "--1"] {
            #expect(!BillingScalars.isDecimal(text), "\(text)")
        }
    }
}
