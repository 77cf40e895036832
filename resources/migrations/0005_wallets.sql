-- Schema version 5: wallets and their receive addresses.
--
-- No secret is ever stored here. An HD ("hot") wallet's recovery phrase lives
-- in the KeyStore (the OS keychain or the encrypted key file) under the name
-- in key_ref; this table keeps only that name and the account xpub, which is
-- public and lets Kassa derive receive addresses without unlocking anything.
-- A watch-only wallet is an account xpub ('xpub') or a plain list of
-- addresses ('addresses'); it can receive but never sign.
--
-- family: 'evm' (one address works on Ethereum, BSC, Polygon, Arbitrum,
-- Base) or 'tron'. role: 'receiving' (customers pay here), 'payout' (hot,
-- pays out; only an HD wallet can sign), 'cold' (a destination only).
-- next_index: the first receive index not yet handed out. One recovery
-- phrase may back one EVM and one Tron wallet (same key_ref, stored once).

CREATE TABLE wallets (
    id {{ID}},
    label TEXT NOT NULL,
    family TEXT NOT NULL CHECK (family IN ('evm', 'tron')),
    kind TEXT NOT NULL CHECK (kind IN ('hd', 'xpub', 'addresses')),
    role TEXT NOT NULL CHECK (role IN ('receiving', 'payout', 'cold')),
    account INTEGER NOT NULL DEFAULT 0 CHECK (account >= 0),
    key_ref TEXT,
    xpub TEXT,
    next_index INTEGER NOT NULL DEFAULT 0 CHECK (next_index >= 0),
    created_at_ms {{BIGINT}} NOT NULL,
    CONSTRAINT wallets_key_only_hd CHECK ((kind = 'hd') = (key_ref IS NOT NULL)),
    CONSTRAINT wallets_xpub_kinds CHECK ((kind = 'addresses') = (xpub IS NULL)),
    CONSTRAINT wallets_payout_hot CHECK (role <> 'payout' OR kind = 'hd'),
    CONSTRAINT wallets_one_per_family UNIQUE (key_ref, family)
);

-- wallet_addresses: the addresses handed out (derived, index set) or listed
-- (watch-only lists, index NULL), in the family's canonical text form (EVM:
-- 0x + lower-case hex; Tron: base58). An address belongs to one wallet.
CREATE TABLE wallet_addresses (
    id {{ID}},
    wallet_id {{BIGINT}} NOT NULL REFERENCES wallets (id),
    family TEXT NOT NULL CHECK (family IN ('evm', 'tron')),
    address_index INTEGER CHECK (address_index >= 0),
    address TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    created_at_ms {{BIGINT}} NOT NULL,
    CONSTRAINT wallet_addresses_index_unique UNIQUE (wallet_id, address_index),
    CONSTRAINT wallet_addresses_unique UNIQUE (family, address)
);

CREATE INDEX wallet_addresses_by_wallet ON wallet_addresses (wallet_id, id);
