-- Schema version 4: operator accounts.
--
-- Every action in the console is done by a named operator. The password is
-- kept only as an Argon2id hash in its PHC string form
-- ($argon2id$v=19$m=…,t=…,p=…$salt$hash: the salt and the cost travel with
-- the hash, so the parameters can be raised later without a migration).
-- A TOTP secret is never stored here: totp_key_id names its entry in the
-- KeyStore (core/keys), and totp_last_step refuses a code used twice.
--
-- roles is a bit set: 1 Owner, 2 Approver, 4 Clerk, 8 Auditor
-- (core/operators/Operator.h). failed_attempts and locked_until_ms carry the
-- lockout after wrong passwords; a disabled operator is kept (the audit log
-- names it) but can never sign in again.

CREATE TABLE operators (
    id TEXT PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    roles INTEGER NOT NULL CHECK (roles >= 0 AND roles < 16),
    password_hash TEXT NOT NULL,
    totp_key_id TEXT,
    totp_last_step {{BIGINT}} NOT NULL DEFAULT 0,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until_ms {{BIGINT}} NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at_ms {{BIGINT}} NOT NULL,
    updated_at_ms {{BIGINT}} NOT NULL
);
