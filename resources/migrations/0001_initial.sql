-- Schema version 1: the instance's identity. Later capabilities add their
-- tables in migrations of their own (0002_…, 0003_…); never edit a released
-- migration, add a new one.

CREATE TABLE kassa_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
