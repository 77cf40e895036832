-- Schema version 6: orders, unique-amount reservations, exchange rates, the
-- callback outbox, API keys and idempotency keys.
--
-- orders: one payment a storefront (or the console) asked for. amount and
-- received are exact integers in the asset's base units (decimals says how
-- many). A fiat order keeps the rate it was priced at, with its source and
-- the time the rate was observed, so the price can always be explained.
-- (channel, merchant_order_id) is unique: a storefront's order id names one
-- order per surface.
CREATE TABLE orders (
    id {{ID}},
    trade_id TEXT NOT NULL UNIQUE,
    merchant_order_id TEXT NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('epusdt', 'native', 'console')),
    chain TEXT NOT NULL,
    token TEXT NOT NULL,
    asset TEXT NOT NULL,
    decimals INTEGER NOT NULL CHECK (decimals BETWEEN 0 AND 36),
    address TEXT NOT NULL,
    dedicated INTEGER NOT NULL DEFAULT 0 CHECK (dedicated IN (0, 1)),
    amount {{AMOUNT:amount}} NOT NULL,
    received {{AMOUNT:received}} NOT NULL DEFAULT '0',
    fiat TEXT,
    fiat_amount TEXT,
    rate TEXT,
    rate_source TEXT,
    rate_observed_ms {{BIGINT}},
    status TEXT NOT NULL CHECK (status IN ('waiting', 'confirming', 'paid', 'expired', 'late', 'underpaid',
                                           'overpaid', 'cancelled', 'reverted')),
    notify_url TEXT NOT NULL DEFAULT '',
    redirect_url TEXT NOT NULL DEFAULT '',
    created_ms {{BIGINT}} NOT NULL,
    expires_ms {{BIGINT}} NOT NULL,
    hold_until_ms {{BIGINT}} NOT NULL,
    updated_ms {{BIGINT}} NOT NULL,
    paid_ms {{BIGINT}},
    tx_hash TEXT,
    CONSTRAINT orders_merchant_unique UNIQUE (channel, merchant_order_id),
    CHECK (hold_until_ms >= expires_ms)
);

CREATE INDEX orders_by_status ON orders (status, expires_ms);
CREATE INDEX orders_by_address ON orders (chain, address);
CREATE INDEX orders_by_created ON orders (created_ms);
CREATE INDEX orders_by_tx ON orders (tx_hash);

-- amount_reservations: the unique-amount rule, enforced by the primary key.
-- On a shared receive address an order is identified by its exact amount,
-- so (chain, token, address, amount) may belong to one order at a time. The
-- row stays until hold_until_ms — the later of the order's expiry and the
-- last moment a late transfer may still be matched to it — so a new order
-- can never take an amount that a late payment for an older one would hit
-- (acg-faka#881). Only then may a new order replace the row.
CREATE TABLE amount_reservations (
    chain TEXT NOT NULL,
    token TEXT NOT NULL,
    address TEXT NOT NULL,
    amount {{AMOUNT:amount}} NOT NULL,
    order_id {{BIGINT}} NOT NULL REFERENCES orders (id),
    hold_until_ms {{BIGINT}} NOT NULL,
    PRIMARY KEY (chain, token, address, amount)
);

CREATE INDEX amount_reservations_by_order ON amount_reservations (order_id);

-- order_transfers: what each transfer to a receive address did, so a
-- transfer is applied once per stage (seen, final, orphaned, failed), and
-- late, wrong-amount and unmatched payments stay listed for an operator.
CREATE TABLE order_transfers (
    transfer_id {{BIGINT}} PRIMARY KEY REFERENCES transfers (id),
    order_id {{BIGINT}} REFERENCES orders (id),
    outcome TEXT NOT NULL CHECK (outcome IN ('confirming', 'paid', 'late', 'underpaid', 'overpaid', 'unmatched',
                                             'reverted')),
    stage TEXT NOT NULL CHECK (stage IN ('seen', 'final', 'orphaned', 'failed')),
    updated_ms {{BIGINT}} NOT NULL
);

CREATE INDEX order_transfers_by_order ON order_transfers (order_id);
CREATE INDEX order_transfers_by_outcome ON order_transfers (outcome, updated_ms);

-- order_events: each order's timeline (created, status changes, callbacks).
CREATE TABLE order_events (
    id {{ID}},
    order_id {{BIGINT}} NOT NULL REFERENCES orders (id),
    at_ms {{BIGINT}} NOT NULL,
    kind TEXT NOT NULL,
    from_status TEXT NOT NULL DEFAULT '',
    to_status TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT ''
);

CREATE INDEX order_events_by_order ON order_events (order_id, at_ms);

-- exchange_rates: the newest rate per fiat and asset (fiat per one unit of
-- the asset), with where it came from and when it was observed.
CREATE TABLE exchange_rates (
    fiat TEXT NOT NULL,
    asset TEXT NOT NULL,
    rate TEXT NOT NULL,
    source TEXT NOT NULL,
    observed_ms {{BIGINT}} NOT NULL,
    PRIMARY KEY (fiat, asset)
);

-- callbacks: the outbox. A row is written in the same transaction as the
-- state change it reports and is delivered until acknowledged or out of
-- tries. endpoint (scheme://host:port) keys the per-endpoint queues.
CREATE TABLE callbacks (
    id {{ID}},
    event_id TEXT NOT NULL UNIQUE,
    order_id {{BIGINT}} REFERENCES orders (id),
    dialect TEXT NOT NULL CHECK (dialect IN ('epusdt', 'native')),
    event TEXT NOT NULL,
    url TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    body TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    max_attempts INTEGER NOT NULL CHECK (max_attempts >= 1),
    next_attempt_ms {{BIGINT}} NOT NULL,
    created_ms {{BIGINT}} NOT NULL,
    delivered_ms {{BIGINT}},
    last_error TEXT NOT NULL DEFAULT ''
);

CREATE INDEX callbacks_due ON callbacks (state, next_attempt_ms);
CREATE INDEX callbacks_by_order ON callbacks (order_id);

-- callback_attempts: the delivery log (request, response, timing).
CREATE TABLE callback_attempts (
    id {{ID}},
    callback_id {{BIGINT}} NOT NULL REFERENCES callbacks (id),
    started_ms {{BIGINT}} NOT NULL,
    duration_ms {{BIGINT}} NOT NULL,
    http_status INTEGER NOT NULL DEFAULT 0,
    response_body TEXT NOT NULL DEFAULT '',
    error TEXT NOT NULL DEFAULT '',
    acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1))
);

CREATE INDEX callback_attempts_by_callback ON callback_attempts (callback_id, started_ms);

-- idempotency_keys: POST /v1/orders with an Idempotency-Key: the same key
-- and body give the same order; the same key with another body is refused.
CREATE TABLE idempotency_keys (
    api_key_id TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    order_id {{BIGINT}} NOT NULL REFERENCES orders (id),
    created_ms {{BIGINT}} NOT NULL,
    PRIMARY KEY (api_key_id, idem_key)
);

-- api_keys: keys for the native REST surface. Only a SHA-256 of the key is
-- kept (keys are 256-bit random, so a plain hash cannot be guessed back);
-- the key itself is shown once when it is made.
CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE CHECK (length(key_hash) = 64),
    scopes TEXT NOT NULL,
    created_ms {{BIGINT}} NOT NULL,
    revoked_ms {{BIGINT}},
    last_used_ms {{BIGINT}}
);
