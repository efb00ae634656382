-- The desk's queue, most urgent first, read a page at a time from an index even on a book
-- of a million orders.
--
-- The payment *state* stays derived (core::payment::Totals); what is kept here are the sums
-- it is derived from (received, refunded, claimed), maintained by triggers in the same
-- statement as every payment write, so no code path can forget them. Payments' amounts are
-- fixed once written, which keeps the sums exact: a correction is a refund or a rejected
-- claim, never an edit.

ALTER TABLE orders ADD COLUMN received INTEGER NOT NULL DEFAULT 0;  -- verified payments
ALTER TABLE orders ADD COLUMN refunded INTEGER NOT NULL DEFAULT 0;  -- refunds paid out
ALTER TABLE orders ADD COLUMN claimed INTEGER NOT NULL DEFAULT 0;   -- claims not yet settled

UPDATE orders SET
    received = COALESCE((SELECT SUM(p.amount) FROM payments p WHERE p.order_id = orders.id
                         AND p.kind = 'payment' AND p.state = 'verified'), 0),
    refunded = COALESCE((SELECT SUM(p.amount) FROM payments p WHERE p.order_id = orders.id
                         AND p.kind = 'refund' AND p.state = 'verified'), 0),
    claimed = COALESCE((SELECT SUM(p.amount) FROM payments p
                        WHERE p.order_id = orders.id AND p.kind = 'payment' AND p.state = 'claimed'), 0);

CREATE TRIGGER payments_fixed_amounts BEFORE UPDATE OF order_id, kind, amount, currency ON payments
BEGIN SELECT RAISE(ABORT, 'a payment''s amount is fixed once recorded; refund or reject instead'); END;

CREATE TRIGGER payments_sum_on_insert AFTER INSERT ON payments
BEGIN
    UPDATE orders SET
        received = received + CASE WHEN NEW.kind = 'payment' AND NEW.state = 'verified' THEN NEW.amount ELSE 0 END,
        refunded = refunded + CASE WHEN NEW.kind = 'refund' AND NEW.state = 'verified' THEN NEW.amount ELSE 0 END,
        claimed = claimed + CASE WHEN NEW.kind = 'payment' AND NEW.state = 'claimed' THEN NEW.amount ELSE 0 END
    WHERE id = NEW.order_id;
END;

CREATE TRIGGER payments_sum_on_settle AFTER UPDATE OF state ON payments
BEGIN
    UPDATE orders SET
        received = received
            - CASE WHEN OLD.kind = 'payment' AND OLD.state = 'verified' THEN OLD.amount ELSE 0 END
            + CASE WHEN NEW.kind = 'payment' AND NEW.state = 'verified' THEN NEW.amount ELSE 0 END,
        refunded = refunded
            - CASE WHEN OLD.kind = 'refund' AND OLD.state = 'verified' THEN OLD.amount ELSE 0 END
            + CASE WHEN NEW.kind = 'refund' AND NEW.state = 'verified' THEN NEW.amount ELSE 0 END,
        claimed = claimed
            - CASE WHEN OLD.kind = 'payment' AND OLD.state = 'claimed' THEN OLD.amount ELSE 0 END
            + CASE WHEN NEW.kind = 'payment' AND NEW.state = 'claimed' THEN NEW.amount ELSE 0 END
    WHERE id = NEW.order_id;
END;

-- 0 claims to verify, 1 drafts, 2 awaiting payment (or deposit paid), 3 paid and to pack,
-- 4 packing, 5 ready, 6 out for delivery, 7 delivered with a balance due,
-- 8 delivered, 9 cancelled. The desk shows 0–7 and puts 8–9 behind a toggle.
ALTER TABLE orders ADD COLUMN queue_rank INTEGER GENERATED ALWAYS AS (
    CASE
        WHEN lifecycle = 'cancelled' THEN 9
        WHEN claimed > 0 THEN 0
        WHEN lifecycle = 'draft' THEN 1
        WHEN lifecycle = 'completed' THEN CASE WHEN received < total THEN 7 ELSE 8 END
        WHEN fulfilment = 'unfulfilled' THEN CASE WHEN received < total THEN 2 ELSE 3 END
        WHEN fulfilment = 'packing' THEN 4
        WHEN fulfilment = 'ready' THEN 5
        ELSE 6
    END
) VIRTUAL;

CREATE INDEX orders_by_urgency ON orders(queue_rank, created_at);

-- The Payments pane's claims to verify, newest first, without scanning every payment.
CREATE INDEX payments_claims ON payments(created_at) WHERE state = 'claimed';
