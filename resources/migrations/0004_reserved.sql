-- Schema version 4 is reserved for another branch (payouts: 0004_operators).
-- This placeholder exists only on the wallets branch so that 0005 can be
-- embedded and tested before 4 lands; it is deleted when the real 0004 is
-- merged (it creates nothing).
CREATE TABLE reserved_0004 (id INTEGER PRIMARY KEY);
DROP TABLE reserved_0004;
