-- Schema version 4 is reserved for the wallets branch. This placeholder
-- exists only on the orders branch so that 0006 can be tested before 0004
-- and 0005 land; the lead deletes it when the real 0004 is merged.
CREATE TABLE reserved_0004 (id INTEGER PRIMARY KEY);
DROP TABLE reserved_0004;
