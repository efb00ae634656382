-- The whole order book as PostgreSQL keeps it, in one migration: the same tables and
-- guarantees as SQLite's migrations 0001–0011, designed for many connections at once.
--
-- Money is bigint minor units; instants are timestamptz (UTC, milliseconds as written);
-- ids are uuid; a deadline is the customer's local day (date) and optional time (time).
-- Names of states and kinds are text CHECKed against our enums, as in SQLite.
--
-- Concurrency, by design:
-- * stock counters change by one guarded UPDATE (`… WHERE on_hand - reserved >= n`): under
--   READ COMMITTED the row is locked and the guard re-checked on its newest version, so two
--   desks can never both take the last unit; CHECKs refuse a negative availability anyway;
-- * every idempotent write meets a UNIQUE constraint (references, provider events, link
--   keys, imported rows, reminders, phones, pasted chats), never a check-then-insert;
-- * order numbers come from a sequence: short, increasing, never handed out twice;
-- * the journal, the stock ledger and the providers' records are append-only by trigger;
-- * payment sums are kept on the order by trigger in the same statement as the payment;
--   queue and deadline counts are kept in 16 slots per rank (a connection adds to the slot
--   of its server process), so desks creating orders at once do not queue on one row;
-- * every write notifies `orderdesk_book`, so the other desks reload within a second.

CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END $$;

CREATE FUNCTION notify_book() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Notifications of one transaction are folded into one, sent at commit.
    PERFORM pg_notify('orderdesk_book', '');
    RETURN NULL;
END $$;

CREATE TABLE products (
    sku         text PRIMARY KEY CHECK (char_length(sku) BETWEEN 1 AND 64),
    name        text NOT NULL CHECK (char_length(name) > 0),
    variant     text NOT NULL DEFAULT '',
    price       bigint NOT NULL CHECK (price >= 0),
    currency    text NOT NULL CHECK (char_length(currency) = 3),
    aliases     text NOT NULL DEFAULT '',
    low_stock   bigint CHECK (low_stock IS NULL OR low_stock >= 0),
    on_hand     bigint NOT NULL DEFAULT 0,
    reserved    bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    -- Units knowingly promised beyond stock (an explicit, journalled override); only the
    -- override raises it, so available stock never goes negative by accident.
    oversold    bigint NOT NULL DEFAULT 0 CHECK (oversold >= 0),
    version     bigint NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CHECK (on_hand - reserved + oversold >= 0),
    CONSTRAINT products_price_ceiling CHECK (price <= 100000000000000)
);
-- A SKU is one product however it is capitalised.
CREATE UNIQUE INDEX products_sku_lower ON products (lower(sku));

CREATE TABLE customers (
    id          uuid PRIMARY KEY,
    name        text NOT NULL,
    phone       text UNIQUE CHECK (phone IS NULL OR phone ~ '^\+[1-9]'),
    address     text,
    merged_into uuid REFERENCES customers(id),
    version     bigint NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    CHECK (merged_into IS NULL OR merged_into <> id)
);
CREATE INDEX customers_name ON customers (lower(name));

CREATE SEQUENCE order_numbers START 1001;

CREATE TABLE orders (
    id           uuid PRIMARY KEY,
    number       bigint NOT NULL UNIQUE CHECK (number > 0),
    customer_id  uuid NOT NULL REFERENCES customers(id),
    currency     text NOT NULL CHECK (char_length(currency) = 3),
    subtotal     bigint NOT NULL CHECK (subtotal >= 0),
    delivery_fee bigint NOT NULL DEFAULT 0 CHECK (delivery_fee >= 0),
    discount     bigint NOT NULL DEFAULT 0 CHECK (discount >= 0),
    total        bigint NOT NULL CHECK (total >= 0),
    notes        text NOT NULL DEFAULT '',
    staff_notes  text NOT NULL DEFAULT '',
    due_date     date,
    due_time     time CHECK (due_time IS NULL OR (due_date IS NOT NULL AND due_time < '24:00'
                                 AND extract(second FROM due_time) = 0)),
    address      text,
    lifecycle    text NOT NULL CHECK (lifecycle IN ('draft', 'confirmed', 'cancelled', 'completed')),
    fulfilment   text NOT NULL CHECK (fulfilment IN ('unfulfilled', 'packing', 'ready', 'out_for_delivery', 'delivered')),
    revision     bigint NOT NULL DEFAULT 1 CHECK (revision >= 1),
    version      bigint NOT NULL DEFAULT 1,
    source_hash  text UNIQUE,
    source_text  text,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    -- Kept by the payments' triggers below, never written by the code.
    received     bigint NOT NULL DEFAULT 0,
    refunded     bigint NOT NULL DEFAULT 0,
    claimed      bigint NOT NULL DEFAULT 0,
    -- 0 claims to verify, 1 drafts, 2 awaiting payment (or deposit paid), 3 paid and to
    -- pack, 4 packing, 5 ready, 6 out for delivery, 7 delivered with a balance due,
    -- 8 delivered, 9 cancelled: the one definition of an order's queue class.
    queue_rank   smallint GENERATED ALWAYS AS (
        CASE
            WHEN lifecycle = 'cancelled' THEN 9
            WHEN claimed > 0 THEN 0
            WHEN lifecycle = 'draft' THEN 1
            WHEN lifecycle = 'completed' THEN CASE WHEN received < total THEN 7 ELSE 8 END
            WHEN fulfilment = 'unfulfilled' THEN CASE WHEN received < total THEN 2 ELSE 3 END
            WHEN fulfilment = 'packing' THEN 4
            WHEN fulfilment = 'ready' THEN 5
            ELSE 6
        END) STORED,
    CHECK (total = subtotal + delivery_fee - discount),
    CONSTRAINT orders_total_ceiling CHECK (total <= 100000000000000
        AND subtotal <= 100000000000000 AND delivery_fee <= 100000000000000
        AND discount <= 100000000000000)
);
CREATE INDEX orders_created ON orders (created_at);
CREATE INDEX orders_customer ON orders (customer_id, created_at);
CREATE INDEX orders_by_urgency ON orders (queue_rank, created_at, number);
CREATE INDEX orders_due ON orders (queue_rank, due_date, coalesce(due_time, '24:00'), created_at, number)
    WHERE due_date IS NOT NULL;

CREATE TABLE order_lines (
    order_id   uuid NOT NULL REFERENCES orders(id),
    revision   bigint NOT NULL,
    pos        bigint NOT NULL,
    sku        text NOT NULL REFERENCES products(sku) ON UPDATE CASCADE,
    name       text NOT NULL,
    variant    text NOT NULL DEFAULT '',
    qty        bigint NOT NULL CHECK (qty > 0),
    unit_price bigint NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, revision, pos),
    CONSTRAINT order_lines_price_ceiling
        CHECK (unit_price <= 100000000000000 AND unit_price::numeric * qty <= 100000000000000)
);

CREATE TABLE payments (
    id          uuid PRIMARY KEY,
    order_id    uuid NOT NULL REFERENCES orders(id),
    kind        text NOT NULL CHECK (kind IN ('payment', 'refund')),
    method      text NOT NULL CHECK (method IN ('cash', 'transfer', 'pix', 'card', 'link', 'other')),
    amount      bigint NOT NULL CHECK (amount > 0),
    currency    text NOT NULL CHECK (char_length(currency) = 3),
    state       text NOT NULL CHECK (state IN ('claimed', 'verified', 'rejected')),
    reference   text,
    proof       text,
    restock     boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL,
    settled_at  timestamptz,
    actor       text NOT NULL,
    version     bigint NOT NULL DEFAULT 1,
    CHECK (kind = 'payment' OR state = 'verified'),
    CHECK ((state = 'claimed') = (settled_at IS NULL)),
    CONSTRAINT payments_amount_ceiling CHECK (amount <= 100000000000000)
);
CREATE INDEX payments_order ON payments (order_id);
CREATE INDEX payments_created ON payments (created_at);
CREATE INDEX payments_claims ON payments (created_at) WHERE state = 'claimed';
-- The same bank or Pix reference, however it is capitalised, pays once; a rejected claim
-- holds none.
CREATE UNIQUE INDEX payments_reference ON payments (kind, method, lower(reference))
    WHERE reference IS NOT NULL AND state <> 'rejected';

CREATE TABLE stock_moves (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku       text NOT NULL REFERENCES products(sku) ON UPDATE CASCADE,
    kind      text NOT NULL CHECK (kind IN ('receive', 'reserve', 'release', 'ship', 'return', 'adjust')),
    qty       bigint NOT NULL CHECK (qty <> 0 AND (kind = 'adjust' OR qty > 0)),
    order_id  uuid REFERENCES orders(id),
    note      text NOT NULL DEFAULT '',
    override  boolean NOT NULL DEFAULT false,
    actor     text NOT NULL,
    at        timestamptz NOT NULL
);
CREATE INDEX stock_moves_sku ON stock_moves (sku, id);
CREATE INDEX stock_moves_order ON stock_moves (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE journal (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor      text NOT NULL,
    entity     text NOT NULL CHECK (entity IN ('order', 'product', 'customer', 'payment')),
    entity_key text NOT NULL,
    order_id   uuid REFERENCES orders(id),
    action     text NOT NULL,
    before     jsonb,
    after      jsonb
);
CREATE INDEX journal_order ON journal (order_id, id) WHERE order_id IS NOT NULL;
CREATE INDEX journal_entity ON journal (entity, entity_key, id);
CREATE INDEX journal_order_steps ON journal (at)
    WHERE entity = 'order'
      AND action IN ('confirmed', 'confirmed (oversold)', 'delivered', 'cancelled');

CREATE TABLE payment_links (
    id              uuid PRIMARY KEY,
    order_id        uuid NOT NULL REFERENCES orders(id),
    chain_id        uuid NOT NULL,
    revision        bigint NOT NULL CHECK (revision >= 1),
    provider        text NOT NULL CHECK (provider IN ('fixed', 'template', 'stripe')),
    url             text NOT NULL CHECK (char_length(url) > 0),
    external_id     text UNIQUE,
    amount          bigint NOT NULL CHECK (amount > 0),
    currency        text NOT NULL CHECK (char_length(currency) = 3),
    state           text NOT NULL CHECK (state IN ('pending', 'paid', 'expired', 'failed', 'cancelled', 'manual_review')),
    idempotency_key text NOT NULL UNIQUE,
    created_at      timestamptz NOT NULL,
    expires_at      timestamptz NOT NULL,
    state_at        timestamptz NOT NULL,
    superseded_by   uuid REFERENCES payment_links(id) DEFERRABLE INITIALLY DEFERRED,
    payment_id      uuid REFERENCES payments(id),
    note            text NOT NULL DEFAULT '',
    version         bigint NOT NULL DEFAULT 1,
    CHECK (expires_at > created_at),
    CHECK (state <> 'paid' OR payment_id IS NOT NULL),
    CHECK (superseded_by IS NULL OR superseded_by <> id)
);
CREATE UNIQUE INDEX payment_links_live ON payment_links (order_id) WHERE state = 'pending';
CREATE INDEX payment_links_order ON payment_links (order_id, created_at);
CREATE INDEX payment_links_state ON payment_links (state, expires_at);
CREATE INDEX payment_links_chain ON payment_links (chain_id);

CREATE TABLE provider_events (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider    text NOT NULL CHECK (provider IN ('stripe')),
    event_id    text NOT NULL CHECK (char_length(event_id) BETWEEN 1 AND 255),
    type        text NOT NULL,
    source      text NOT NULL CHECK (source IN ('webhook', 'sync')),
    received_at timestamptz NOT NULL,
    order_id    uuid REFERENCES orders(id),
    link_id     uuid REFERENCES payment_links(id),
    payment_id  uuid REFERENCES payments(id),
    outcome     text NOT NULL CHECK (outcome IN ('paid', 'already_recorded', 'expired', 'failed', 'manual_review', 'ignored')),
    detail      text NOT NULL DEFAULT '',
    UNIQUE (provider, event_id)
);
CREATE INDEX provider_events_order ON provider_events (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX provider_events_outcome ON provider_events (outcome, id);
CREATE INDEX provider_events_payment ON provider_events (payment_id) WHERE payment_id IS NOT NULL;

CREATE TABLE reminders_sent (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id uuid NOT NULL REFERENCES orders(id),
    chain_id uuid NOT NULL,
    link_id  uuid NOT NULL REFERENCES payment_links(id),
    step     integer NOT NULL CHECK (step >= 1),
    sent_at  timestamptz NOT NULL,
    actor    text NOT NULL,
    UNIQUE (chain_id, step)
);
CREATE INDEX reminders_sent_order ON reminders_sent (order_id);

CREATE TABLE report_rows (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fingerprint text NOT NULL UNIQUE,
    format      text NOT NULL CHECK (format IN ('stripe', 'mapped')),
    reference   text,
    order_id    uuid REFERENCES orders(id),
    payment_id  uuid REFERENCES payments(id),
    amount      bigint,
    currency    text NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('recorded', 'claim_verified', 'already_recorded', 'manual_review')),
    detail      text NOT NULL DEFAULT '',
    source_file text NOT NULL,
    imported_at timestamptz NOT NULL,
    actor       text NOT NULL,
    CHECK (outcome = 'manual_review' OR payment_id IS NOT NULL)
);
CREATE INDEX report_rows_order ON report_rows (order_id) WHERE order_id IS NOT NULL;
CREATE INDEX report_rows_payment ON report_rows (payment_id) WHERE payment_id IS NOT NULL;

CREATE TABLE order_tags (
    order_id   uuid NOT NULL REFERENCES orders(id),
    tag        text NOT NULL CHECK (tag ~ '^[a-z_]{1,40}$'),
    added_at   timestamptz NOT NULL,
    actor      text NOT NULL,
    cleared_at timestamptz,
    PRIMARY KEY (order_id, tag)
);

CREATE TABLE shop_authors (
    name       text NOT NULL CHECK (char_length(btrim(name)) > 0),
    is_shop    boolean NOT NULL,
    actor      text NOT NULL,
    decided_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX shop_authors_name ON shop_authors (lower(name));

CREATE TABLE learned_aliases (
    phrase_key text PRIMARY KEY CHECK (char_length(phrase_key) BETWEEN 1 AND 80),
    phrase     text NOT NULL CHECK (char_length(btrim(phrase)) BETWEEN 1 AND 80),
    sku        text NOT NULL REFERENCES products(sku) ON UPDATE CASCADE,
    actor      text NOT NULL,
    learned_at timestamptz NOT NULL
);
CREATE INDEX learned_aliases_sku ON learned_aliases (sku);

-- Nothing is deleted: history refuses edits, records refuse deletion.
CREATE TRIGGER journal_is_append_only BEFORE UPDATE OR DELETE ON journal
    FOR EACH ROW EXECUTE FUNCTION refuse('the journal is append-only');
CREATE TRIGGER stock_moves_are_append_only BEFORE UPDATE OR DELETE ON stock_moves
    FOR EACH ROW EXECUTE FUNCTION refuse('the stock ledger is append-only');
CREATE TRIGGER provider_events_are_append_only BEFORE UPDATE OR DELETE ON provider_events
    FOR EACH ROW EXECUTE FUNCTION refuse('provider events are append-only');
CREATE TRIGGER reminders_sent_are_append_only BEFORE UPDATE OR DELETE ON reminders_sent
    FOR EACH ROW EXECUTE FUNCTION refuse('sent reminders are append-only');
CREATE TRIGGER report_rows_are_append_only BEFORE UPDATE OR DELETE ON report_rows
    FOR EACH ROW EXECUTE FUNCTION refuse('imported report rows are append-only');
CREATE TRIGGER orders_are_kept BEFORE DELETE ON orders
    FOR EACH ROW EXECUTE FUNCTION refuse('orders are cancelled, never deleted');
CREATE TRIGGER payments_are_kept BEFORE DELETE ON payments
    FOR EACH ROW EXECUTE FUNCTION refuse('payments are rejected or refunded, never deleted');
CREATE TRIGGER customers_are_kept BEFORE DELETE ON customers
    FOR EACH ROW EXECUTE FUNCTION refuse('customers are merged, never deleted');
CREATE TRIGGER products_are_kept BEFORE DELETE ON products
    FOR EACH ROW EXECUTE FUNCTION refuse('products are kept for the history of their orders');
CREATE TRIGGER payment_links_are_kept BEFORE DELETE ON payment_links
    FOR EACH ROW EXECUTE FUNCTION refuse('payment links are cancelled or expire, never deleted');
CREATE TRIGGER order_tags_are_kept BEFORE DELETE ON order_tags
    FOR EACH ROW EXECUTE FUNCTION refuse('order tags are cleared, never deleted');
-- TRUNCATE skips row triggers: the history tables refuse it too.
CREATE TRIGGER journal_not_truncated BEFORE TRUNCATE ON journal
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('the journal is append-only');
CREATE TRIGGER stock_moves_not_truncated BEFORE TRUNCATE ON stock_moves
    FOR EACH STATEMENT EXECUTE FUNCTION refuse('the stock ledger is append-only');

-- A payment's amount is fixed once written: the kept sums below stay exact.
CREATE TRIGGER payments_fixed_amounts BEFORE UPDATE ON payments FOR EACH ROW
    WHEN (OLD.order_id IS DISTINCT FROM NEW.order_id OR OLD.kind IS DISTINCT FROM NEW.kind
          OR OLD.amount IS DISTINCT FROM NEW.amount OR OLD.currency IS DISTINCT FROM NEW.currency)
    EXECUTE FUNCTION refuse('a payment''s amount is fixed once recorded; refund or reject instead');

CREATE FUNCTION keep_payment_sums() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    d_received bigint := 0;
    d_refunded bigint := 0;
    d_claimed  bigint := 0;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.state = NEW.state THEN
            RETURN NULL;
        END IF;
        d_received := d_received - CASE WHEN OLD.kind = 'payment' AND OLD.state = 'verified' THEN OLD.amount ELSE 0 END;
        d_refunded := d_refunded - CASE WHEN OLD.kind = 'refund' AND OLD.state = 'verified' THEN OLD.amount ELSE 0 END;
        d_claimed  := d_claimed  - CASE WHEN OLD.kind = 'payment' AND OLD.state = 'claimed' THEN OLD.amount ELSE 0 END;
    END IF;
    d_received := d_received + CASE WHEN NEW.kind = 'payment' AND NEW.state = 'verified' THEN NEW.amount ELSE 0 END;
    d_refunded := d_refunded + CASE WHEN NEW.kind = 'refund' AND NEW.state = 'verified' THEN NEW.amount ELSE 0 END;
    d_claimed  := d_claimed  + CASE WHEN NEW.kind = 'payment' AND NEW.state = 'claimed' THEN NEW.amount ELSE 0 END;
    UPDATE orders SET received = received + d_received, refunded = refunded + d_refunded,
                      claimed = claimed + d_claimed
    WHERE id = NEW.order_id;
    RETURN NULL;
END $$;
CREATE TRIGGER payments_sums AFTER INSERT OR UPDATE ON payments
    FOR EACH ROW EXECUTE FUNCTION keep_payment_sums();

-- Queue counts per rank, in 16 slots: a connection adds to its own slot, so desks that
-- create or move orders at once do not wait on one counter row; a count is the slots' sum.
CREATE TABLE queue_counts (
    rank   smallint NOT NULL CHECK (rank BETWEEN 0 AND 9),
    slot   smallint NOT NULL CHECK (slot BETWEEN 0 AND 15),
    orders bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (rank, slot)
);
INSERT INTO queue_counts (rank, slot)
    SELECT r, s FROM generate_series(0, 9) r, generate_series(0, 15) s;

-- Orders due per rank, day and time ('24:00' without a time), in the same slots.
CREATE TABLE due_counts (
    rank     smallint NOT NULL CHECK (rank BETWEEN 0 AND 9),
    due_date date NOT NULL,
    due_time time NOT NULL,
    slot     smallint NOT NULL CHECK (slot BETWEEN 0 AND 15),
    orders   bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (rank, due_date, due_time, slot)
);

CREATE FUNCTION keep_queue_counts() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    s smallint := pg_backend_pid() % 16;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.queue_rank IS NOT DISTINCT FROM NEW.queue_rank
           AND OLD.due_date IS NOT DISTINCT FROM NEW.due_date
           AND OLD.due_time IS NOT DISTINCT FROM NEW.due_time THEN
            RETURN NULL;
        END IF;
        UPDATE queue_counts SET orders = orders - 1 WHERE rank = OLD.queue_rank AND slot = s;
        IF OLD.due_date IS NOT NULL THEN
            INSERT INTO due_counts (rank, due_date, due_time, slot, orders)
            VALUES (OLD.queue_rank, OLD.due_date, coalesce(OLD.due_time, '24:00'), s, -1)
            ON CONFLICT (rank, due_date, due_time, slot)
            DO UPDATE SET orders = due_counts.orders - 1;
        END IF;
    END IF;
    UPDATE queue_counts SET orders = orders + 1 WHERE rank = NEW.queue_rank AND slot = s;
    IF NEW.due_date IS NOT NULL THEN
        INSERT INTO due_counts (rank, due_date, due_time, slot, orders)
        VALUES (NEW.queue_rank, NEW.due_date, coalesce(NEW.due_time, '24:00'), s, 1)
        ON CONFLICT (rank, due_date, due_time, slot)
        DO UPDATE SET orders = due_counts.orders + 1;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER orders_counted AFTER INSERT OR UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION keep_queue_counts();

-- Other desks hear of every write.
CREATE TRIGGER journal_notifies AFTER INSERT ON journal
    FOR EACH STATEMENT EXECUTE FUNCTION notify_book();
CREATE TRIGGER orders_notify AFTER INSERT OR UPDATE ON orders
    FOR EACH STATEMENT EXECUTE FUNCTION notify_book();
CREATE TRIGGER payments_notify AFTER INSERT OR UPDATE ON payments
    FOR EACH STATEMENT EXECUTE FUNCTION notify_book();
CREATE TRIGGER products_notify AFTER INSERT OR UPDATE ON products
    FOR EACH STATEMENT EXECUTE FUNCTION notify_book();
CREATE TRIGGER customers_notify AFTER INSERT OR UPDATE ON customers
    FOR EACH STATEMENT EXECUTE FUNCTION notify_book();
CREATE TRIGGER payment_links_notify AFTER INSERT OR UPDATE ON payment_links
    FOR EACH STATEMENT EXECUTE FUNCTION notify_book();
