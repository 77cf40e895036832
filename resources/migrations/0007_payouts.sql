-- Schema version 7: payouts — the address book, payout requests and their
-- approvals, the payout policy (and proposals waiting for a second owner),
-- the hot wallets' nonces and the signed transactions.
--
-- A request's revision goes up with every edit; an approval names the
-- revision it approved, so an edit voids it (core/payouts/PayoutPolicy.h).
-- Amounts are exact integers in base units ({{AMOUNT}}); fiat values are
-- integers in the fiat's cents.
--
-- Exactly once: payout_transactions holds the signed bytes of a payout
-- before they are broadcast, one row per payout (its primary key) and one
-- per (chain, sender, nonce). A restart finds the row and sends the same
-- bytes again; a second signature for the same payout cannot be stored.

CREATE TABLE payout_address_book (
    id TEXT PRIMARY KEY,
    chain TEXT NOT NULL,
    address TEXT NOT NULL,
    label TEXT NOT NULL,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    created_by TEXT NOT NULL,
    created_by_name TEXT NOT NULL,
    created_at_ms {{BIGINT}} NOT NULL,
    active_from_ms {{BIGINT}} NOT NULL,
    needs_second_person INTEGER NOT NULL CHECK (needs_second_person IN (0, 1)),
    confirmed_by TEXT NOT NULL DEFAULT '',
    confirmed_at_ms {{BIGINT}} NOT NULL DEFAULT 0,
    removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
    UNIQUE (chain, address)
);

CREATE TABLE payout_requests (
    id TEXT PRIMARY KEY,
    revision INTEGER NOT NULL CHECK (revision >= 1),
    state TEXT NOT NULL CHECK (state IN ('awaiting_approval', 'approved', 'signed', 'broadcast', 'completed', 'failed',
                                         'rejected', 'cancelled')),
    chain TEXT NOT NULL,
    token_contract TEXT NOT NULL,
    asset_symbol TEXT NOT NULL,
    asset_decimals INTEGER NOT NULL CHECK (asset_decimals BETWEEN 0 AND 36),
    amount {{AMOUNT:amount}} NOT NULL,
    destination TEXT NOT NULL,
    reason TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    requester_kind TEXT NOT NULL CHECK (requester_kind IN ('operator', 'api_key')),
    requester_id TEXT NOT NULL,
    requester_name TEXT NOT NULL,
    fiat_currency TEXT NOT NULL,
    fiat_value {{AMOUNT:fiat_value}} NOT NULL,
    rate TEXT NOT NULL,
    rate_source TEXT NOT NULL,
    rate_at_ms {{BIGINT}} NOT NULL,
    created_at_ms {{BIGINT}} NOT NULL,
    updated_at_ms {{BIGINT}} NOT NULL,
    failure_reason TEXT NOT NULL DEFAULT '',
    tx_hash TEXT NOT NULL DEFAULT ''
);

CREATE INDEX payout_requests_by_state ON payout_requests (state, created_at_ms);
CREATE INDEX payout_requests_by_time ON payout_requests (created_at_ms);

CREATE TABLE payout_approvals (
    payout_id TEXT NOT NULL REFERENCES payout_requests (id),
    revision INTEGER NOT NULL,
    operator_id TEXT NOT NULL,
    operator_name TEXT NOT NULL,
    roles INTEGER NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'reject')),
    reason TEXT NOT NULL DEFAULT '',
    at_ms {{BIGINT}} NOT NULL,
    PRIMARY KEY (payout_id, revision, operator_id)
);

CREATE TABLE payout_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    settings TEXT NOT NULL,
    updated_at_ms {{BIGINT}} NOT NULL,
    updated_by TEXT NOT NULL
);

CREATE TABLE payout_policy_proposals (
    id TEXT PRIMARY KEY,
    settings TEXT NOT NULL,
    proposed_by TEXT NOT NULL,
    proposed_by_name TEXT NOT NULL,
    proposed_at_ms {{BIGINT}} NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'applied', 'withdrawn')),
    decided_by TEXT NOT NULL DEFAULT '',
    decided_at_ms {{BIGINT}} NOT NULL DEFAULT 0
);

CREATE TABLE payout_nonces (
    chain TEXT NOT NULL,
    address TEXT NOT NULL,
    next_nonce {{BIGINT}} NOT NULL CHECK (next_nonce >= 0),
    PRIMARY KEY (chain, address)
);

CREATE TABLE payout_transactions (
    payout_id TEXT PRIMARY KEY REFERENCES payout_requests (id),
    chain TEXT NOT NULL,
    from_address TEXT NOT NULL,
    nonce {{BIGINT}} NOT NULL CHECK (nonce >= 0),
    raw_tx TEXT NOT NULL,
    tx_hash TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL CHECK (state IN ('signed', 'broadcast', 'mined', 'failed')),
    signed_at_ms {{BIGINT}} NOT NULL,
    broadcast_at_ms {{BIGINT}} NOT NULL DEFAULT 0,
    block_number {{BIGINT}} NOT NULL DEFAULT 0,
    receipt_status INTEGER NOT NULL DEFAULT -1,
    last_error TEXT NOT NULL DEFAULT '',
    UNIQUE (chain, from_address, nonce)
);

CREATE INDEX payout_transactions_by_state ON payout_transactions (state);
