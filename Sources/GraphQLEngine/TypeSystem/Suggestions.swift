/// Spelling suggestions for error messages, as graphql-js `suggestionList` and `didYouMean` make them.
enum SchemaSuggestions {
    /// Options close to `input` by edit distance, best first.
    static func list(_ input: String, options: [String]) -> [String] {
        let inputLower = Array(input.lowercased().unicodeScalars)
        let threshold = input.unicodeScalars.count * 2 / 5 + 1
        var scored: [(String, Int)] = []
        for option in options {
            if let distance = distance(input: input, inputLower: inputLower, option: option, threshold: threshold) {
                scored.append((option, distance))
            }
        }
        scored.sort { lhs, rhs in
            lhs.1 != rhs.1 ? lhs.1 < rhs.1 : naturalLess(lhs.0, rhs.0)
        }
        return scored.map(\.0)
    }

    /// `" Did you mean "A" or "B"?"`, or an empty string without suggestions.
    static func didYouMean(_ suggestions: [String], subMessage: String? = nil) -> String {
        var message = " Did you mean "
        if let subMessage { message += subMessage + " " }
        let quoted = suggestions.prefix(5).map { "\"\($0)\"" }
        switch quoted.count {
        case 0: return ""
        case 1: return message + quoted[0] + "?"
        case 2: return message + quoted[0] + " or " + quoted[1] + "?"
        default: return message + quoted.dropLast().joined(separator: ", ") + ", or " + quoted.last! + "?"
        }
    }

    /// Optimal string alignment distance, case-insensitive, nil beyond the threshold.
    private static func distance(input: String, inputLower: [Unicode.Scalar], option: String, threshold: Int) -> Int? {
        if input == option { return 0 }
        var a = Array(option.lowercased().unicodeScalars)
        var b = inputLower
        if a == b { return 1 }
        if a.count < b.count { swap(&a, &b) }
        if a.count - b.count > threshold { return nil }
        var rows = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: 3)
        for j in 0...b.count { rows[0][j] = j }
        if a.isEmpty { return b.count <= threshold ? b.count : nil }
        for i in 1...a.count {
            var smallest = i
            rows[i % 3][0] = i
            if b.isEmpty { continue }
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var cell = min(rows[(i - 1) % 3][j] + 1, rows[i % 3][j - 1] + 1, rows[(i - 1) % 3][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    cell = min(cell, rows[(i - 2) % 3][j - 2] + 1)
                }
                smallest = min(smallest, cell)
                rows[i % 3][j] = cell
            }
            if smallest > threshold { return nil }
        }
        let result = rows[a.count % 3][b.count]
        return result <= threshold ? result : nil
    }

    /// Compares runs of digits by value and other characters by code point, as graphql-js `naturalCompare`.
    private static func naturalLess(_ lhs: String, _ rhs: String) -> Bool {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        var i = 0
        var j = 0
        while i < a.count && j < b.count {
            if isDigit(a[i]) && isDigit(b[j]) {
                var numA = 0
                var numB = 0
                while i < a.count, let digit = isDigit(a[i]) ? Int(a[i].value) - 48 : nil {
                    numA = numA &* 10 &+ digit
                    i += 1
                }
                while j < b.count, let digit = isDigit(b[j]) ? Int(b[j].value) - 48 : nil {
                    numB = numB &* 10 &+ digit
                    j += 1
                }
                if numA != numB { return numA < numB }
            } else {
                if a[i] != b[j] { return a[i].value < b[j].value }
                i += 1
                j += 1
            }
        }
        return a.count - i < b.count - j
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 48 && scalar.value <= 57 }
}
