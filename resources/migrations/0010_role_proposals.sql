-- Schema version 10: role changes waiting for a second owner. With two or
-- more enabled owners a change of an operator's roles is recorded here and
-- applied only when a different owner confirms it (after entering their
-- password again); with one owner it applies at once and no row is made.
-- A confirmation checks that the operator still has `old_roles`, so two
-- proposals for the same person cannot overwrite each other unseen.

CREATE TABLE operator_role_proposals (
    id TEXT PRIMARY KEY,
    operator_id TEXT NOT NULL,
    old_roles INTEGER NOT NULL CHECK (old_roles BETWEEN 0 AND 15),
    new_roles INTEGER NOT NULL CHECK (new_roles BETWEEN 1 AND 15),
    proposed_by TEXT NOT NULL,
    proposed_by_name TEXT NOT NULL,
    proposed_at_ms {{BIGINT}} NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'applied', 'rejected')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at_ms {{BIGINT}} NOT NULL DEFAULT 0
);

CREATE INDEX operator_role_proposals_by_state ON operator_role_proposals (state, proposed_at_ms);
