/// Consumes a value so the optimizer cannot drop the work that made it.
///
/// It lives in its own module and is not `@inlinable`, so callers cannot see that it does nothing.
@inline(never)
public func blackHole<T>(_ value: T) {
    withExtendedLifetime(value) {}
}
