-- Schema version 2: what the chain watchers see.
--
-- transfers: every token transfer to a watched address, as seen in one block.
-- A transfer seen in a block that a reorg removed stays, marked 'orphaned';
-- the same transfer in the replacing block is a row of its own (its block
-- hash differs), so nothing is lost or counted twice. Addresses are in each
-- chain's canonical text form (EVM: 0x + lower-case hex; Tron: base58).
-- value is the exact on-chain integer (no decimals applied).

CREATE TABLE transfers (
    id {{ID}},
    chain TEXT NOT NULL,
    token TEXT NOT NULL,
    tx_hash TEXT NOT NULL,
    log_index INTEGER NOT NULL CHECK (log_index >= 0),
    block_number {{BIGINT}} NOT NULL CHECK (block_number >= 0),
    block_hash TEXT NOT NULL,
    from_address TEXT NOT NULL,
    to_address TEXT NOT NULL,
    value {{AMOUNT:value}} NOT NULL,
    state TEXT NOT NULL DEFAULT 'seen' CHECK (state IN ('seen', 'final', 'orphaned', 'failed')),
    confirmations INTEGER NOT NULL DEFAULT 0,
    first_seen_ms {{BIGINT}} NOT NULL,
    final_at_ms {{BIGINT}},
    CONSTRAINT transfers_unique UNIQUE (chain, tx_hash, log_index, block_hash)
);

CREATE INDEX transfers_by_recipient ON transfers (chain, to_address);
CREATE INDEX transfers_by_state ON transfers (chain, state, block_number);
CREATE INDEX transfers_by_tx ON transfers (tx_hash);

-- chain_cursor: how far each chain's watcher got, so a restart resumes
-- exactly there (and first checks that block is still on the chain).
CREATE TABLE chain_cursor (
    chain TEXT PRIMARY KEY,
    block_number {{BIGINT}} NOT NULL,
    block_hash TEXT NOT NULL,
    finalized_number {{BIGINT}} NOT NULL,
    finalized_hash TEXT NOT NULL,
    updated_at_ms {{BIGINT}} NOT NULL
);
