/// Version 3: the state of the login throttle, so a lockout survives a restart.
///
/// Rows are keyed by the email as typed, lower-cased, whether or not a user has it: an unknown email is counted
/// and locked exactly like a known one, so the throttle tells nothing about which emails exist.
enum SchemaV3 {
    static let statements: [String] = [
        """
        CREATE TABLE login_failures (
            id INTEGER PRIMARY KEY,
            email TEXT NOT NULL CHECK (email = lower(email)),
            failed_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX login_failures_by_email ON login_failures (email, failed_at)",
        "CREATE INDEX login_failures_by_time ON login_failures (failed_at)",
        """
        CREATE TABLE login_locks (
            email TEXT PRIMARY KEY CHECK (email = lower(email)),
            locked_until TEXT NOT NULL
        )
        """,
        "CREATE INDEX login_locks_by_time ON login_locks (locked_until)",
    ]
}
