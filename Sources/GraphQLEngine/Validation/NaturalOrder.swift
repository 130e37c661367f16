/// True when `lhs` sorts before `rhs` with runs of digits compared by value, as graphql-js `naturalCompare`.
func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
    let a = Array(lhs.utf16)
    let b = Array(rhs.utf16)
    var i = 0
    var j = 0
    while i < a.count && j < b.count {
        if isDigit(a[i]) && isDigit(b[j]) {
            let numberA = readNumber(a, &i)
            let numberB = readNumber(b, &j)
            if numberA != numberB { return numberA < numberB }
        } else {
            if a[i] != b[j] { return a[i] < b[j] }
            i += 1
            j += 1
        }
    }
    return a.count < b.count
}

/// Reads a run of digits; a leading zero is a number of its own, as graphql-js reads it.
private func readNumber(_ units: [UInt16], _ index: inout Int) -> Double {
    var number = 0.0
    repeat {
        number = number * 10 + Double(units[index] - 0x30)
        index += 1
    } while index < units.count && isDigit(units[index]) && number > 0
    return number
}

private func isDigit(_ unit: UInt16) -> Bool { unit >= 0x30 && unit <= 0x39 }
