-- Schema version 8: deposit addresses — a customer's own top-up address —
-- and the deposits that arrive there.
--
-- deposit_addresses: one fresh HD address per (chain, token, customer),
-- handed out once by POST /v1/deposit-addresses and watched forever. The
-- address belongs to no order; every transfer of the token to it is a
-- deposit of whatever amount arrives.
CREATE TABLE deposit_addresses (
    id {{ID}},
    customer_id TEXT NOT NULL,
    chain TEXT NOT NULL,
    token TEXT NOT NULL,
    asset TEXT NOT NULL,
    decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 36),
    address TEXT NOT NULL,
    api_key_id TEXT NOT NULL DEFAULT '',
    created_ms {{BIGINT}} NOT NULL,
    CONSTRAINT deposit_addresses_customer UNIQUE (chain, token, customer_id),
    CONSTRAINT deposit_addresses_address UNIQUE (chain, address)
);

-- deposits: one row per transfer to a deposit address (a transfer is
-- applied once per stage: seen, final, orphaned, failed). amount is exact
-- in the asset's base units.
CREATE TABLE deposits (
    id {{ID}},
    transfer_id {{BIGINT}} NOT NULL UNIQUE REFERENCES transfers (id),
    deposit_address_id {{BIGINT}} NOT NULL REFERENCES deposit_addresses (id),
    tx_hash TEXT NOT NULL,
    log_index INTEGER NOT NULL,
    amount {{AMOUNT:amount}} NOT NULL,
    stage TEXT NOT NULL CHECK (stage IN ('seen', 'final', 'orphaned', 'failed')),
    created_ms {{BIGINT}} NOT NULL,
    updated_ms {{BIGINT}} NOT NULL
);

CREATE INDEX deposits_by_address ON deposits (deposit_address_id, id);
