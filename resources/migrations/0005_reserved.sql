-- Schema version 5 is reserved for another branch (wallets: 0005, orders:
-- 0006). This placeholder exists only on the payouts branch so that 0007
-- can be tested before 5 lands; the lead deletes it when the real 0005 is
-- merged.
CREATE TABLE reserved_0005 (id INTEGER PRIMARY KEY);
DROP TABLE reserved_0005;
