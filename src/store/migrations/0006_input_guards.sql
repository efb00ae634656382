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
