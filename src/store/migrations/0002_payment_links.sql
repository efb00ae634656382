-- Payment links and verified payments: links with their states, provider events, reminders
-- sent, imported report rows and order tags. Money is INTEGER minor units; timestamps are
-- UTC text as in 0001. Idempotency lives in UNIQUE constraints, not in check-then-insert.

CREATE TABLE payment_links (
    id              BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    order_id        BLOB NOT NULL REFERENCES orders(id),
    -- The first link of a renewal chain (its own id for a fresh link): reminders count from it.
    chain_id        BLOB NOT NULL CHECK (length(chain_id) = 16),
    revision        INTEGER NOT NULL CHECK (revision >= 1),
    provider        TEXT NOT NULL CHECK (provider IN ('fixed', 'template', 'stripe')),
    url             TEXT NOT NULL CHECK (length(url) > 0),
    -- The provider's id (a Stripe Checkout Session): one link per session.
    external_id     TEXT UNIQUE,
    amount          INTEGER NOT NULL CHECK (amount > 0),
    currency        TEXT NOT NULL CHECK (length(currency) = 3),
    state           TEXT NOT NULL CHECK (state IN ('pending', 'paid', 'expired', 'failed', 'cancelled', 'manual_review')),
    -- Derived from order, revision, amount and attempt: creating the same link twice is refused.
    idempotency_key TEXT NOT NULL UNIQUE,
    created_at      TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    state_at        TEXT NOT NULL,
    -- Deferred: the old link is cancelled before its replacement is written, in one transaction.
    superseded_by   BLOB REFERENCES payment_links(id) DEFERRABLE INITIALLY DEFERRED,
    payment_id      BLOB REFERENCES payments(id),
    note            TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1,
    CHECK (expires_at > created_at),
    CHECK (state <> 'paid' OR payment_id IS NOT NULL),
    CHECK (superseded_by IS NULL OR superseded_by <> id)
) STRICT;
-- At most one live link per order.
CREATE UNIQUE INDEX payment_links_live ON payment_links(order_id) WHERE state = 'pending';
CREATE INDEX payment_links_order ON payment_links(order_id, created_at);
CREATE INDEX payment_links_state ON payment_links(state, expires_at);
CREATE INDEX payment_links_chain ON payment_links(chain_id);

-- Every provider event (webhook) and status answer (sync), once: the UNIQUE key is what makes
-- a repeated delivery pay nothing twice.
CREATE TABLE provider_events (
    id          INTEGER PRIMARY KEY,
    provider    TEXT NOT NULL CHECK (provider IN ('stripe')),
    event_id    TEXT NOT NULL CHECK (length(event_id) BETWEEN 1 AND 255),
    type        TEXT NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('webhook', 'sync')),
    received_at TEXT NOT NULL,
    order_id    BLOB REFERENCES orders(id),
    link_id     BLOB REFERENCES payment_links(id),
    payment_id  BLOB REFERENCES payments(id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('paid', 'already_recorded', 'expired', 'failed', 'manual_review', 'ignored')),
    detail      TEXT NOT NULL DEFAULT '',
    UNIQUE (provider, event_id)
) STRICT;
CREATE INDEX provider_events_order ON provider_events(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX provider_events_outcome ON provider_events(outcome, id);

-- Reminders copied to the chat: one per step of a link chain.
CREATE TABLE reminders_sent (
    id       INTEGER PRIMARY KEY,
    order_id BLOB NOT NULL REFERENCES orders(id),
    chain_id BLOB NOT NULL CHECK (length(chain_id) = 16),
    link_id  BLOB NOT NULL REFERENCES payment_links(id),
    step     INTEGER NOT NULL CHECK (step >= 1),
    sent_at  TEXT NOT NULL,
    actor    TEXT NOT NULL,
    UNIQUE (chain_id, step)
) STRICT;
CREATE INDEX reminders_sent_order ON reminders_sent(order_id);

-- Rows of provider and bank reports that touched the book: importing the same file again
-- meets the UNIQUE fingerprint and changes nothing.
CREATE TABLE report_rows (
    id          INTEGER PRIMARY KEY,
    fingerprint TEXT NOT NULL UNIQUE,
    format      TEXT NOT NULL CHECK (format IN ('stripe', 'mapped')),
    reference   TEXT,
    order_id    BLOB REFERENCES orders(id),
    payment_id  BLOB REFERENCES payments(id),
    amount      INTEGER,
    currency    TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('recorded', 'claim_verified', 'already_recorded', 'manual_review')),
    detail      TEXT NOT NULL DEFAULT '',
    source_file TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    CHECK (outcome = 'manual_review' OR payment_id IS NOT NULL)
) STRICT;
CREATE INDEX report_rows_order ON report_rows(order_id) WHERE order_id IS NOT NULL;

-- Tags on orders (payment_abandoned). Cleared, never deleted.
CREATE TABLE order_tags (
    order_id   BLOB NOT NULL REFERENCES orders(id),
    tag        TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 40 AND tag NOT GLOB '*[^a-z_]*'),
    added_at   TEXT NOT NULL,
    actor      TEXT NOT NULL,
    cleared_at TEXT,
    PRIMARY KEY (order_id, tag)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER payment_links_are_kept BEFORE DELETE ON payment_links BEGIN SELECT RAISE(ABORT, 'payment links are cancelled or expire, never deleted'); END;
CREATE TRIGGER provider_events_are_append_only_u BEFORE UPDATE ON provider_events BEGIN SELECT RAISE(ABORT, 'provider events are append-only'); END;
CREATE TRIGGER provider_events_are_append_only_d BEFORE DELETE ON provider_events BEGIN SELECT RAISE(ABORT, 'provider events are append-only'); END;
CREATE TRIGGER reminders_sent_are_append_only_u BEFORE UPDATE ON reminders_sent BEGIN SELECT RAISE(ABORT, 'sent reminders are append-only'); END;
CREATE TRIGGER reminders_sent_are_append_only_d BEFORE DELETE ON reminders_sent BEGIN SELECT RAISE(ABORT, 'sent reminders are append-only'); END;
CREATE TRIGGER report_rows_are_append_only_u BEFORE UPDATE ON report_rows BEGIN SELECT RAISE(ABORT, 'imported report rows are append-only'); END;
CREATE TRIGGER report_rows_are_append_only_d BEFORE DELETE ON report_rows BEGIN SELECT RAISE(ABORT, 'imported report rows are append-only'); END;
CREATE TRIGGER order_tags_are_kept BEFORE DELETE ON order_tags BEGIN SELECT RAISE(ABORT, 'order tags are cleared, never deleted'); END;
