-- The order book: catalog and stock ledger, customers, orders with revisioned lines,
-- payments and refunds, and the journal. Money is INTEGER minor units everywhere.
-- Timestamps are UTC text 'YYYY-MM-DDTHH:MM:SS.sssZ', so text order is time order.

CREATE TABLE products (
    sku         TEXT PRIMARY KEY NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
    name        TEXT NOT NULL CHECK (length(name) > 0),
    variant     TEXT NOT NULL DEFAULT '',
    price       INTEGER NOT NULL CHECK (price >= 0),
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    aliases     TEXT NOT NULL DEFAULT '',
    low_stock   INTEGER CHECK (low_stock IS NULL OR low_stock >= 0),
    on_hand     INTEGER NOT NULL DEFAULT 0,
    reserved    INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    -- Units knowingly promised beyond stock (an explicit, journalled override). Only the
    -- override raises it; every other move can only lower it. So available stock can never
    -- go negative by accident: the CHECK below refuses it.
    oversold    INTEGER NOT NULL DEFAULT 0 CHECK (oversold >= 0),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (on_hand - reserved + oversold >= 0)
) STRICT;

CREATE TABLE customers (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    name        TEXT NOT NULL,
    phone       TEXT UNIQUE CHECK (phone IS NULL OR phone GLOB '+[1-9]*'),
    address     TEXT,
    merged_into BLOB REFERENCES customers(id),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (merged_into IS NULL OR merged_into <> id)
) STRICT;
CREATE INDEX customers_name ON customers(name COLLATE NOCASE);

CREATE TABLE orders (
    id           BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    number       INTEGER NOT NULL UNIQUE CHECK (number > 0),
    customer_id  BLOB NOT NULL REFERENCES customers(id),
    currency     TEXT NOT NULL CHECK (length(currency) = 3),
    -- subtotal and total are kept with the lines (same transaction) so lists need no join.
    subtotal     INTEGER NOT NULL CHECK (subtotal >= 0),
    delivery_fee INTEGER NOT NULL DEFAULT 0 CHECK (delivery_fee >= 0),
    discount     INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),
    total        INTEGER NOT NULL CHECK (total >= 0),
    notes        TEXT NOT NULL DEFAULT '',
    deadline     TEXT,
    address      TEXT,
    lifecycle    TEXT NOT NULL CHECK (lifecycle IN ('draft', 'confirmed', 'cancelled', 'completed')),
    fulfilment   TEXT NOT NULL CHECK (fulfilment IN ('unfulfilled', 'packing', 'ready', 'out_for_delivery', 'delivered')),
    revision     INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    version      INTEGER NOT NULL DEFAULT 1,
    -- A pasted chat that became this order: importing the same text again is refused.
    source_hash  TEXT UNIQUE,
    source_text  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    CHECK (total = subtotal + delivery_fee - discount)
) STRICT;
CREATE INDEX orders_created ON orders(created_at);
CREATE INDEX orders_customer ON orders(customer_id, created_at);
CREATE INDEX orders_queue ON orders(lifecycle, fulfilment, created_at);

-- Lines per revision: an edit after confirmation writes revision + 1 and keeps the old lines.
CREATE TABLE order_lines (
    order_id   BLOB NOT NULL REFERENCES orders(id),
    revision   INTEGER NOT NULL,
    pos        INTEGER NOT NULL,
    sku        TEXT NOT NULL REFERENCES products(sku),
    name       TEXT NOT NULL,
    variant    TEXT NOT NULL DEFAULT '',
    qty        INTEGER NOT NULL CHECK (qty > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, revision, pos)
) STRICT, WITHOUT ROWID;

CREATE TABLE payments (
    id          BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    order_id    BLOB NOT NULL REFERENCES orders(id),
    kind        TEXT NOT NULL CHECK (kind IN ('payment', 'refund')),
    method      TEXT NOT NULL CHECK (method IN ('cash', 'transfer', 'pix', 'card', 'link', 'other')),
    amount      INTEGER NOT NULL CHECK (amount > 0),
    currency    TEXT NOT NULL CHECK (length(currency) = 3),
    state       TEXT NOT NULL CHECK (state IN ('claimed', 'verified', 'rejected')),
    reference   TEXT,
    proof       TEXT,
    restock     INTEGER NOT NULL DEFAULT 0 CHECK (restock IN (0, 1)),
    created_at  TEXT NOT NULL,
    settled_at  TEXT,
    actor       TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    CHECK (kind = 'payment' OR state = 'verified'),
    CHECK ((state = 'claimed') = (settled_at IS NULL))
) STRICT;
CREATE INDEX payments_order ON payments(order_id);
CREATE INDEX payments_created ON payments(created_at);
-- The same bank or Pix reference cannot pay twice.
CREATE UNIQUE INDEX payments_reference ON payments(kind, method, reference) WHERE reference IS NOT NULL;

CREATE TABLE stock_moves (
    id        INTEGER PRIMARY KEY,
    sku       TEXT NOT NULL REFERENCES products(sku),
    kind      TEXT NOT NULL CHECK (kind IN ('receive', 'reserve', 'release', 'ship', 'return', 'adjust')),
    qty       INTEGER NOT NULL CHECK (qty <> 0 AND (kind = 'adjust' OR qty > 0)),
    order_id  BLOB REFERENCES orders(id),
    note      TEXT NOT NULL DEFAULT '',
    override  INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1)),
    actor     TEXT NOT NULL,
    at        TEXT NOT NULL
) STRICT;
CREATE INDEX stock_moves_sku ON stock_moves(sku, id);
CREATE INDEX stock_moves_order ON stock_moves(order_id) WHERE order_id IS NOT NULL;

-- Every mutation: what, before/after (JSON), who, when. Written in the same transaction.
CREATE TABLE journal (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    entity     TEXT NOT NULL CHECK (entity IN ('order', 'product', 'customer', 'payment')),
    entity_key TEXT NOT NULL,
    order_id   BLOB REFERENCES orders(id),
    action     TEXT NOT NULL,
    before     TEXT,
    after      TEXT
) STRICT;
CREATE INDEX journal_order ON journal(order_id, id) WHERE order_id IS NOT NULL;
CREATE INDEX journal_entity ON journal(entity, entity_key, id);

-- Nothing is deleted: history tables refuse edits, records refuse deletion.
CREATE TRIGGER journal_is_append_only_u BEFORE UPDATE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_is_append_only_d BEFORE DELETE ON journal BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER stock_moves_are_append_only_u BEFORE UPDATE ON stock_moves BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only'); END;
CREATE TRIGGER stock_moves_are_append_only_d BEFORE DELETE ON stock_moves BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only'); END;
CREATE TRIGGER orders_are_kept BEFORE DELETE ON orders BEGIN SELECT RAISE(ABORT, 'orders are cancelled, never deleted'); END;
CREATE TRIGGER payments_are_kept BEFORE DELETE ON payments BEGIN SELECT RAISE(ABORT, 'payments are rejected or refunded, never deleted'); END;
CREATE TRIGGER customers_are_kept BEFORE DELETE ON customers BEGIN SELECT RAISE(ABORT, 'customers are merged, never deleted'); END;
CREATE TRIGGER products_are_kept BEFORE DELETE ON products BEGIN SELECT RAISE(ABORT, 'products are kept for the history of their orders'); END;
