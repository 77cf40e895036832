-- Schema version 3: the audit log.
--
-- audit_log is append-only and hash-chained: each entry's hash covers its own
-- fields and the previous entry's hash (core/audit/AuditLog.cpp defines the
-- exact bytes), so changing, removing or reordering any entry breaks the
-- chain from that point on, and `kassa-cli audit verify` names the first
-- broken link. The triggers below refuse UPDATE and DELETE outright; the chain
-- is what catches someone who drops them.
--
-- audit_head holds the newest sequence number and hash in one row. Appending
-- updates it first, which locks the row (PostgreSQL) or holds the write lock
-- (SQLite), so two desktops sharing one database can never fork the chain,
-- and cutting entries off the end is caught by comparing it with the last
-- entry.

CREATE TABLE audit_log (
    seq {{BIGINT}} PRIMARY KEY CHECK (seq >= 1),
    at_ms {{BIGINT}} NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('operator', 'api_key', 'system')),
    actor_id TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    action TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    subject_id TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);

CREATE INDEX audit_log_by_time ON audit_log (at_ms);
CREATE INDEX audit_log_by_action ON audit_log (action, at_ms);
CREATE INDEX audit_log_by_actor ON audit_log (actor_kind, actor_id, at_ms);
CREATE INDEX audit_log_by_subject ON audit_log (subject_kind, subject_id);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq {{BIGINT}} NOT NULL,
    hash TEXT NOT NULL CHECK (length(hash) = 64)
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

--@sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--@end

--@postgres
CREATE FUNCTION audit_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--@end
