import GRDB

/// The schema's history: migrations registered by name, never edited once they have landed.
enum BillingMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            for statement in SchemaV1.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration("v2") { db in
            for statement in SchemaV2.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration("v3") { db in
            for statement in SchemaV3.statements {
                try db.execute(sql: statement)
            }
        }
        return migrator
    }
}
