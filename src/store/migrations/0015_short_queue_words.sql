-- Words of one or two letters answered by the index of three-letter pieces (migration 0014),
-- which could not look for them: "zz", typed on the way to "zzz", walked the whole open queue
-- looking for orders that were not there (1.6 s on a million orders).
--
-- A short word is found in an order's text where a piece of three letters begins with it, so
-- the orders it may match are those of the index's pieces that begin with it, read from the
-- index's list of pieces (`order_word_pieces`, one row per piece and order). That holds only
-- where the word has letters after it: each order's entry is now its search text and two
-- newlines, so the last letter of the text begins a piece too. The entries are written
-- again, and the triggers write the same from now on.

CREATE VIRTUAL TABLE order_word_pieces USING fts5vocab(order_words, instance);

DROP TRIGGER order_words_on_insert;
DROP TRIGGER order_words_on_update;

INSERT INTO order_words (order_words) VALUES ('delete-all');
INSERT INTO order_words (rowid, text)
SELECT number, search_text || char(10) || char(10) FROM orders;
INSERT INTO order_words (order_words) VALUES ('optimize');

CREATE TRIGGER order_words_on_insert AFTER INSERT ON orders
BEGIN
    DELETE FROM order_words WHERE rowid = NEW.number;
    INSERT INTO order_words (rowid, text)
    SELECT number, search_text || char(10) || char(10) FROM orders WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER order_words_on_update AFTER UPDATE OF number, search_text ON orders
BEGIN
    DELETE FROM order_words WHERE rowid = OLD.number;
    INSERT INTO order_words (rowid, text)
    VALUES (NEW.number, NEW.search_text || char(10) || char(10));
END;
