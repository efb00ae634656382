-- The desk's queue, most urgent first, read a page at a time from an index even on a book
-- of a million orders.
--
-- The payment *state* stays derived (core::payment::Totals); what is kept here are two sums
-- the ranking needs, maintained by triggers in the same statement as every payment write, so
-- no code path can forget them. Payments' amounts are fixed once written, which keeps the
-- sums exact: a correction is a refund or a rejected claim, never an edit.

ALTER TABLE orders ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;     -- verified payments - refunds
ALTER TABLE orders ADD COLUMN claimed INTEGER NOT NULL DEFAULT 0;  -- claims not yet settled

UPDATE orders SET
    paid = COALESCE((SELECT SUM(CASE p.kind WHEN 'payment' THEN p.amount ELSE -p.amount END)
                     FROM payments p WHERE p.order_id = orders.id AND p.state = 'verified'), 0),
    claimed = COALESCE((SELECT SUM(p.amount) FROM payments p
                        WHERE p.order_id = orders.id AND p.kind = 'payment' AND p.state = 'claimed'), 0);

CREATE TRIGGER payments_fixed_amounts BEFORE UPDATE OF order_id, kind, amount, currency ON payments
BEGIN SELECT RAISE(ABORT, 'a payment''s amount is fixed once recorded; refund or reject instead'); END;

CREATE TRIGGER payments_sum_on_insert AFTER INSERT ON payments
BEGIN
    UPDATE orders SET
        paid = paid + CASE WHEN NEW.state = 'verified'
                           THEN CASE NEW.kind WHEN 'payment' THEN NEW.amount ELSE -NEW.amount END
                           ELSE 0 END,
        claimed = claimed + CASE WHEN NEW.state = 'claimed' AND NEW.kind = 'payment'
                                 THEN NEW.amount ELSE 0 END
    WHERE id = NEW.order_id;
END;

CREATE TRIGGER payments_sum_on_settle AFTER UPDATE OF state ON payments
BEGIN
    UPDATE orders SET
        paid = paid
            - CASE WHEN OLD.state = 'verified'
                   THEN CASE OLD.kind WHEN 'payment' THEN OLD.amount ELSE -OLD.amount END ELSE 0 END
            + CASE WHEN NEW.state = 'verified'
                   THEN CASE NEW.kind WHEN 'payment' THEN NEW.amount ELSE -NEW.amount END ELSE 0 END,
        claimed = claimed
            - CASE WHEN OLD.state = 'claimed' AND OLD.kind = 'payment' THEN OLD.amount ELSE 0 END
            + CASE WHEN NEW.state = 'claimed' AND NEW.kind = 'payment' THEN NEW.amount ELSE 0 END
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
        WHEN lifecycle = 'completed' THEN CASE WHEN paid < total THEN 7 ELSE 8 END
        WHEN fulfilment = 'unfulfilled' THEN CASE WHEN paid < total THEN 2 ELSE 3 END
        WHEN fulfilment = 'packing' THEN 4
        WHEN fulfilment = 'ready' THEN 5
        ELSE 6
    END
) VIRTUAL;

CREATE INDEX orders_by_urgency ON orders(queue_rank, created_at);

-- The Payments pane's claims to verify, newest first, without scanning every payment.
CREATE INDEX payments_claims ON payments(created_at) WHERE state = 'claimed';
