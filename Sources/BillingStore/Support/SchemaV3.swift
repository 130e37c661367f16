/// Version 3: the state of the login throttle, so a lockout survives a restart.
///
/// Rows are keyed by the SHA-256 (hex) of the email as typed, lower-cased, whether or not a user has it: an unknown
/// email is counted and locked exactly like a known one, so the throttle tells nothing about which emails exist.
/// The hash keeps each row small whatever a client sends, and keeps what was typed (sometimes a password, in the
/// wrong field) out of the file.
enum SchemaV3 {
    static let statements: [String] = [
        """
        CREATE TABLE login_failures (
            id INTEGER PRIMARY KEY,
            email_hash TEXT NOT NULL CHECK (length(email_hash) = 64),
            failed_at TEXT NOT NULL
        )
        """,
        "CREATE INDEX login_failures_by_email ON login_failures (email_hash, failed_at)",
        "CREATE INDEX login_failures_by_time ON login_failures (failed_at)",
        """
        CREATE TABLE login_locks (
            email_hash TEXT PRIMARY KEY CHECK (length(email_hash) = 64),
            locked_until TEXT NOT NULL
        )
        """,
        "CREATE INDEX login_locks_by_time ON login_locks (locked_until)",
    ]
}
