-- The desk at the counter.

-- Notes for the staff only (never in the summary), beside the notes the customer reads.
ALTER TABLE orders ADD COLUMN staff_notes TEXT NOT NULL DEFAULT '';

-- A rejected claim does not hold its reference: the real payment with the same Pix or bank
-- reference can still be recorded. Every payment that counts (or may count) keeps it once.
DROP INDEX payments_reference;
CREATE UNIQUE INDEX payments_reference ON payments(kind, method, reference)
WHERE reference IS NOT NULL AND state <> 'rejected';

DROP TRIGGER payments_reference_once;
CREATE TRIGGER payments_reference_once BEFORE INSERT ON payments
WHEN NEW.reference IS NOT NULL AND EXISTS (
    SELECT 1 FROM payments p
    WHERE p.kind = NEW.kind AND p.method = NEW.method AND p.state <> 'rejected'
      AND p.reference = NEW.reference COLLATE NOCASE AND p.reference <> NEW.reference)
BEGIN SELECT RAISE(ABORT, 'the same reference, written another way'); END;

-- Chat authors the staff said are (or are not) the shop, asked once and remembered:
-- "Loja Azul" writing prices in a paste is the shop, not a second customer.
CREATE TABLE shop_authors (
    name       TEXT PRIMARY KEY NOT NULL COLLATE NOCASE CHECK (length(trim(name)) > 0),
    is_shop    INTEGER NOT NULL CHECK (is_shop IN (0, 1)),
    actor      TEXT NOT NULL,
    decided_at TEXT NOT NULL
) STRICT;
