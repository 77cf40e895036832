-- Fewer index writes per new order (each index of orders is a page that
-- every order of a group commit changes, written to the WAL and, inside the
-- order's savepoint, copied to the statement journal):
-- - orders_by_address (chain, address) is covered by orders_by_address_id
--   (address, id) from 0009: every lookup by address names the address.
-- - orders_by_tx holds only orders that have a transaction: a new order has
--   none, and a lookup by tx_hash = ? implies tx_hash IS NOT NULL, so both
--   SQLite and PostgreSQL still use the index for it.
DROP INDEX orders_by_address;
DROP INDEX orders_by_tx;
CREATE INDEX orders_by_tx ON orders (tx_hash) WHERE tx_hash IS NOT NULL;
