-- Money beyond any currency's ceiling is refused by the database too, whatever path wrote
-- it: ops refuse each currency's own ceiling (core::money::Currency::ceiling, at most
-- 5 * 10^12 minor units), and this bound (10^14) is far above it and far below where the
-- kept sums (orders.received, refunded, claimed) or a SUM over a book could overflow.
CREATE TRIGGER products_price_ceiling BEFORE INSERT ON products
WHEN abs(NEW.price) > 100000000000000
BEGIN SELECT RAISE(ABORT, 'amount beyond the ceiling'); END;

CREATE TRIGGER products_price_ceiling_update BEFORE UPDATE OF price ON products
WHEN abs(NEW.price) > 100000000000000
BEGIN SELECT RAISE(ABORT, 'amount beyond the ceiling'); END;

CREATE TRIGGER order_lines_price_ceiling BEFORE INSERT ON order_lines
WHEN abs(NEW.unit_price) > 100000000000000
  OR abs(NEW.unit_price * NEW.qty) > 100000000000000
BEGIN SELECT RAISE(ABORT, 'amount beyond the ceiling'); END;

CREATE TRIGGER orders_total_ceiling BEFORE INSERT ON orders
WHEN abs(NEW.total) > 100000000000000 OR abs(NEW.subtotal) > 100000000000000
  OR abs(NEW.delivery_fee) > 100000000000000 OR abs(NEW.discount) > 100000000000000
BEGIN SELECT RAISE(ABORT, 'amount beyond the ceiling'); END;

CREATE TRIGGER orders_total_ceiling_update
BEFORE UPDATE OF total, subtotal, delivery_fee, discount ON orders
WHEN abs(NEW.total) > 100000000000000 OR abs(NEW.subtotal) > 100000000000000
  OR abs(NEW.delivery_fee) > 100000000000000 OR abs(NEW.discount) > 100000000000000
BEGIN SELECT RAISE(ABORT, 'amount beyond the ceiling'); END;

CREATE TRIGGER payments_amount_ceiling BEFORE INSERT ON payments
WHEN abs(NEW.amount) > 100000000000000
BEGIN SELECT RAISE(ABORT, 'amount beyond the ceiling'); END;

-- A reference is one payment however it is capitalised ("pix123" and "PIX123"): the exact
-- same reference still meets the UNIQUE (kind, method, reference) constraint; this refuses
-- the same one written another way. The index keeps both lookups cheap.
CREATE INDEX payments_reference_nocase ON payments(kind, method, reference COLLATE NOCASE)
WHERE reference IS NOT NULL;

CREATE TRIGGER payments_reference_once BEFORE INSERT ON payments
WHEN NEW.reference IS NOT NULL AND EXISTS (
    SELECT 1 FROM payments p
    WHERE p.kind = NEW.kind AND p.method = NEW.method
      AND p.reference = NEW.reference COLLATE NOCASE AND p.reference <> NEW.reference)
BEGIN SELECT RAISE(ABORT, 'the same reference, written another way'); END;

-- SKUs are found however they are capitalised (a typed `jkt-blk-m` is `JKT-BLK-M`).
CREATE INDEX products_sku_nocase ON products(sku COLLATE NOCASE);
