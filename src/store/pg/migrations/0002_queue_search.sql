-- What the queue's filter reads of an order, kept on the order itself, as SQLite's migration
-- 0012 keeps it: its customer's name and phone, its address, and the name, variant and SKU
-- of each line of its current revision, one per line of text. The filter is then one LIKE
-- per word on one column instead of a join to the customer and a look at the lines for
-- every order a window passes.
--
-- The filter must find the same orders as on SQLite, whose LIKE folds ASCII letters only
-- ('MEI' finds 'Mei', 'JOÃO' does not find 'João'). ILIKE folds by the database's locale,
-- so the text is kept with its ASCII letters lowered (`ascii_lower`), the desk lowers a
-- word's ASCII letters the same way, and the two are compared with a plain LIKE without an
-- escape character (SQLite's LIKE has none): byte for byte what SQLite answers. A word holds
-- no white space, so it is found in this text exactly where it is found in one place, the
-- newline between them being white space.
--
-- `order_search_text` says what the text is; triggers keep it in step with every write that
-- changes one of the places, and `stock check` compares the two.

CREATE FUNCTION ascii_lower(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$
    SELECT translate($1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$$;

-- The text of an order of customer $1 at address $2, id $3 and revision $4.
CREATE FUNCTION order_search_text(uuid, text, uuid, bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT ascii_lower(
        c.name || E'\n' || coalesce(c.phone, '') || E'\n' || coalesce($2, '')
        || coalesce((SELECT string_agg(E'\n' || l.name || E'\n' || l.variant || E'\n' || l.sku,
                                       '' ORDER BY l.pos)
                     FROM order_lines l WHERE l.order_id = $3 AND l.revision = $4), ''))
    FROM customers c WHERE c.id = $1
$$;

ALTER TABLE orders ADD COLUMN search_text text NOT NULL DEFAULT '';

UPDATE orders SET search_text = order_search_text(customer_id, address, id, revision);

CREATE FUNCTION keep_order_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_text := order_search_text(NEW.customer_id, NEW.address, NEW.id, NEW.revision);
    RETURN NEW;
END $$;
CREATE TRIGGER orders_search_on_insert BEFORE INSERT ON orders
    FOR EACH ROW EXECUTE FUNCTION keep_order_search_text();
CREATE TRIGGER orders_search_on_update BEFORE UPDATE OF customer_id, address, revision ON orders
    FOR EACH ROW
    WHEN (OLD.customer_id IS DISTINCT FROM NEW.customer_id
          OR OLD.address IS DISTINCT FROM NEW.address
          OR OLD.revision IS DISTINCT FROM NEW.revision)
    EXECUTE FUNCTION keep_order_search_text();

CREATE FUNCTION keep_customer_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE orders o SET search_text = order_search_text(o.customer_id, o.address, o.id, o.revision)
    WHERE o.customer_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER customers_search_on_update AFTER UPDATE OF name, phone ON customers
    FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name OR OLD.phone IS DISTINCT FROM NEW.phone)
    EXECUTE FUNCTION keep_customer_search_text();

CREATE FUNCTION keep_lines_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE orders o
        SET search_text = order_search_text(o.customer_id, o.address, o.id, o.revision)
        WHERE o.id = OLD.order_id AND o.revision = OLD.revision;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE orders o
        SET search_text = order_search_text(o.customer_id, o.address, o.id, o.revision)
        WHERE o.id = NEW.order_id AND o.revision = NEW.revision;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER order_lines_search AFTER INSERT OR UPDATE OR DELETE ON order_lines
    FOR EACH ROW EXECUTE FUNCTION keep_lines_search_text();
