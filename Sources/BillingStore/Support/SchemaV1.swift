/// The first schema, in portable SQL (SQLite now, PostgreSQL later): money in integer minor units with an
/// ISO 4217 code, calendar dates as `YYYY-MM-DD` text, timestamps as RFC 3339 UTC text (`2026-11-27T09:30:00Z`),
/// booleans as 0/1. Invariants the database can hold itself are CHECKs, foreign keys and unique indexes.
enum SchemaV1 {
    static let statements: [String] = [
        """
        CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(name) > 0),
            phone TEXT,
            email TEXT,
            address_line1 TEXT,
            address_line2 TEXT,
            address_city TEXT,
            address_region TEXT,
            address_postal_code TEXT,
            address_country TEXT,
            currency_code TEXT NOT NULL CHECK (length(currency_code) = 3),
            -- An address is whole or absent: the required parts come together.
            CHECK ((address_line1 IS NULL) = (address_city IS NULL)
                AND (address_line1 IS NULL) = (address_postal_code IS NULL)
                AND (address_line1 IS NULL) = (address_country IS NULL))
        )
        """,
        "CREATE INDEX accounts_by_name ON accounts (name, id)",
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            email TEXT NOT NULL UNIQUE CHECK (email = lower(email)),
            role TEXT NOT NULL CHECK (role IN ('MEMBER', 'BILLING_ADMIN', 'CUSTOMER_SUCCESS', 'SUPPORT')),
            password_hash TEXT NOT NULL,
            -- Staff belong to no account; every customer user belongs to one.
            CHECK ((account_id IS NULL) = (role IN ('CUSTOMER_SUCCESS', 'SUPPORT')))
        )
        """,
        "CREATE INDEX users_by_account_role ON users (account_id, role, id)",
        """
        CREATE TABLE account_managers (
            account_id INTEGER PRIMARY KEY REFERENCES accounts (id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE
        )
        """,
        "CREATE INDEX account_managers_by_user ON account_managers (user_id, account_id)",
        """
        CREATE TABLE api_tokens (
            id INTEGER PRIMARY KEY,
            user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
            token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked_at TEXT
        )
        """,
        "CREATE INDEX api_tokens_by_user ON api_tokens (user_id)",
        """
        CREATE TABLE products (
            id INTEGER PRIMARY KEY,
            sku TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('LICENSE', 'DIALER_MINUTES', 'SERVICE')),
            unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
            currency_code TEXT NOT NULL CHECK (length(currency_code) = 3)
        )
        """,
        """
        CREATE TABLE payment_methods (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('CARD', 'BANK_ACCOUNT')),
            brand TEXT NOT NULL,
            last4 TEXT NOT NULL CHECK (length(last4) = 4),
            exp_month INTEGER CHECK (exp_month BETWEEN 1 AND 12),
            exp_year INTEGER CHECK (exp_year BETWEEN 2000 AND 2999),
            holder_name TEXT NOT NULL,
            is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
            is_one_time INTEGER NOT NULL CHECK (is_one_time IN (0, 1)),
            created_at TEXT NOT NULL,
            CHECK (NOT (is_default = 1 AND is_one_time = 1)),
            CHECK ((kind = 'CARD') = (exp_month IS NOT NULL AND exp_year IS NOT NULL))
        )
        """,
        "CREATE INDEX payment_methods_by_account ON payment_methods (account_id, id)",
        "CREATE UNIQUE INDEX payment_methods_one_default ON payment_methods (account_id) WHERE is_default = 1",
        """
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            number TEXT NOT NULL UNIQUE,
            order_date TEXT NOT NULL CHECK (length(order_date) = 10),
            status TEXT NOT NULL CHECK (status IN ('PENDING', 'ACTIVATED')),
            total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
            currency_code TEXT NOT NULL CHECK (length(currency_code) = 3),
            payment_method_id INTEGER REFERENCES payment_methods (id) ON DELETE SET NULL,
            placed_by_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL
        )
        """,
        // One index per filter x sort the API offers, each ending in id, the keyset tie-breaker.
        "CREATE INDEX orders_by_date ON orders (account_id, order_date, id)",
        "CREATE INDEX orders_by_amount ON orders (account_id, total_minor, id)",
        "CREATE INDEX orders_by_status_date ON orders (account_id, status, order_date, id)",
        "CREATE INDEX orders_by_status_amount ON orders (account_id, status, total_minor, id)",
        """
        CREATE TABLE order_line_items (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            product_id INTEGER NOT NULL REFERENCES products (id),
            description TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
            total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
            UNIQUE (order_id, position)
        )
        """,
        """
        CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL,
            number TEXT NOT NULL UNIQUE,
            issued_on TEXT NOT NULL CHECK (length(issued_on) = 10),
            due_on TEXT CHECK (due_on >= issued_on),
            paid_on TEXT,
            status TEXT NOT NULL CHECK (status IN ('OPEN', 'PAID', 'VOID')),
            total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
            amount_due_minor INTEGER NOT NULL CHECK (amount_due_minor BETWEEN 0 AND total_minor),
            currency_code TEXT NOT NULL CHECK (length(currency_code) = 3),
            is_historical INTEGER NOT NULL CHECK (is_historical IN (0, 1)),
            CHECK (status <> 'PAID' OR (amount_due_minor = 0 AND paid_on IS NOT NULL))
        )
        """,
        "CREATE INDEX invoices_by_date ON invoices (account_id, issued_on, id)",
        "CREATE INDEX invoices_by_amount ON invoices (account_id, total_minor, id)",
        "CREATE INDEX invoices_by_status_date ON invoices (account_id, status, issued_on, id)",
        "CREATE INDEX invoices_by_status_amount ON invoices (account_id, status, total_minor, id)",
        "CREATE INDEX invoices_by_order ON invoices (order_id)",
        """
        CREATE TABLE invoice_line_items (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
            position INTEGER NOT NULL CHECK (position >= 0),
            product_id INTEGER NOT NULL REFERENCES products (id),
            description TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
            total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
            UNIQUE (invoice_id, position)
        )
        """,
        """
        CREATE TABLE purchased_products (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            product_id INTEGER NOT NULL REFERENCES products (id),
            order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            starts_on TEXT NOT NULL CHECK (length(starts_on) = 10),
            ends_on TEXT CHECK (ends_on >= starts_on),
            status TEXT NOT NULL CHECK (status IN ('ACTIVE', 'PENDING', 'EXPIRED'))
        )
        """,
        "CREATE INDEX purchased_products_by_account ON purchased_products (account_id, id)",
        """
        CREATE TABLE dialer_minute_entries (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            minutes INTEGER NOT NULL CHECK (minutes <> 0),
            credited_at TEXT NOT NULL,
            order_id INTEGER REFERENCES orders (id) ON DELETE SET NULL
        )
        """,
        "CREATE INDEX dialer_minute_entries_by_account ON dialer_minute_entries (account_id, credited_at, id)",
        """
        CREATE TABLE audit_events (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            actor_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
            action TEXT NOT NULL,
            summary TEXT NOT NULL,
            at TEXT NOT NULL
        )
        """,
        "CREATE INDEX audit_events_by_account ON audit_events (account_id, id)",
        """
        CREATE TABLE idempotency_keys (
            id INTEGER PRIMARY KEY,
            account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
            key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
            request_fingerprint TEXT NOT NULL,
            response TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (account_id, key)
        )
        """,
        """
        CREATE TABLE server_secrets (
            name TEXT PRIMARY KEY,
            value BLOB NOT NULL,
            created_at TEXT NOT NULL
        )
        """,
    ]
}
