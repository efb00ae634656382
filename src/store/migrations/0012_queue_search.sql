-- What the queue's filter reads of an order, kept on the order itself: its customer's name
-- and phone, its address, and the name, variant and SKU of each line of its current
-- revision, one per line of text. A word of a filter matched these five places apart: a
-- join to the customer and a look at the lines for every order it passed, about ten
-- microseconds an order, so a window of a filter that one order in ten matches took 13 ms
-- and its count over a million orders 10–13 s. Now it is one LIKE on one column.
--
-- The filter matches word by word (words never hold white space) with LIKE, so a word
-- found in this text lies within one of the places it was taken from, the newline between
-- them being white space: the text answers exactly as the places did, case and accents as
-- LIKE compares them. `order_search` says what the text is; triggers keep it in step with
-- every write that changes one of the places, and `stock check` compares the two.

ALTER TABLE orders ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE VIEW order_search AS
SELECT o.rowid AS order_row,
       c.name || char(10) || coalesce(c.phone, '') || char(10) || coalesce(o.address, '')
       || coalesce((SELECT group_concat(char(10) || l.name || char(10) || l.variant || char(10)
                                        || l.sku, '')
                    FROM order_lines l WHERE l.order_id = o.id AND l.revision = o.revision),
                   '') AS text
FROM orders o JOIN customers c ON c.id = o.customer_id;

UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = orders.rowid);

CREATE TRIGGER search_on_order_insert AFTER INSERT ON orders
BEGIN
    UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = NEW.rowid)
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER search_on_order_update AFTER UPDATE OF customer_id, address, revision ON orders
WHEN OLD.customer_id IS NOT NEW.customer_id OR OLD.address IS NOT NEW.address
  OR OLD.revision IS NOT NEW.revision
BEGIN
    UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = NEW.rowid)
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER search_on_customer_update AFTER UPDATE OF name, phone ON customers
WHEN OLD.name IS NOT NEW.name OR OLD.phone IS NOT NEW.phone
BEGIN
    UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = orders.rowid)
    WHERE customer_id = NEW.id;
END;

CREATE TRIGGER search_on_line_insert AFTER INSERT ON order_lines
BEGIN
    UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = orders.rowid)
    WHERE id = NEW.order_id AND revision = NEW.revision;
END;

CREATE TRIGGER search_on_line_delete AFTER DELETE ON order_lines
BEGIN
    UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = orders.rowid)
    WHERE id = OLD.order_id AND revision = OLD.revision;
END;

CREATE TRIGGER search_on_line_update AFTER UPDATE ON order_lines
BEGIN
    UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = orders.rowid)
    WHERE id = OLD.order_id AND revision = OLD.revision;
    UPDATE orders SET search_text = (SELECT text FROM order_search WHERE order_row = orders.rowid)
    WHERE id = NEW.order_id AND revision = NEW.revision;
END;
