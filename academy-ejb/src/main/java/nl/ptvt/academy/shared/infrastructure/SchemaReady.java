package nl.ptvt.academy.shared.infrastructure;

/**
 * Fired once at start-up after the migrations ran. Start-up work that needs the schema observes it, ordered by
 * {@code @Priority}: the first administrator, then demo data, then the start-up report.
 */
public record SchemaReady(String schemaVersion) {
}
