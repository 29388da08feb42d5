-- PRODUCT.md rule 8: the chain's head lives in one row that every append updates in the same
-- statement as its insert (lib/audit/append.ts). Start it at the newest existing event so chains
-- written before this migration go on unbroken; a fresh database starts at the genesis hash.
INSERT INTO "AuditChainHead" ("id", "seq", "hash", "prevHash")
SELECT 1,
       COALESCE((SELECT "seq" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1), 0),
       COALESCE((SELECT "hash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64)),
       COALESCE((SELECT "prevHash" FROM "AuditEvent" ORDER BY "seq" DESC LIMIT 1), repeat('0', 64));

