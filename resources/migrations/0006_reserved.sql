-- Schema version 6 is reserved for another branch (wallets: 0005, orders:
-- 0006). This placeholder exists only on the payouts branch so that 0007
-- can be tested before 6 lands; the lead deletes it when the real 0006 is
-- merged.
CREATE TABLE reserved_0006 (id INTEGER PRIMARY KEY);
DROP TABLE reserved_0006;
