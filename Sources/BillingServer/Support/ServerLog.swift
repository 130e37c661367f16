import Logging

/// The logger of the request being served, so errors reported from deep inside the service are logged with the
/// request's id.
enum ServerLog {
    @TaskLocal static var logger: Logger?
}
