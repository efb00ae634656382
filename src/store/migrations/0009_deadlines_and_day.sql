-- Deadlines and closing the day.
--
-- An order's deadline is what the customer said, in the shop's calendar: a local day and,
-- when one was agreed, a local time ("Saturday", "tomorrow by 18:00"). It is kept as text
-- that sorts in time order ('YYYY-MM-DD', 'HH:MM'), not as an instant: the day the customer
-- meant never moves with the machine's time zone. The old `deadline` column (an instant,
-- which nothing could set) is carried over once and left unused. `date(d, '+0 days')`
-- normalises 2026-02-30 into March, so only a real day equals itself.
ALTER TABLE orders ADD COLUMN due_date TEXT
    CHECK (due_date IS NULL OR (length(due_date) = 10 AND date(due_date, '+0 days') IS due_date));
ALTER TABLE orders ADD COLUMN due_time TEXT
    CHECK (due_time IS NULL OR (due_date IS NOT NULL AND length(due_time) = 5
                                AND strftime('%H:%M', due_time) IS due_time));

UPDATE orders SET due_date = date(deadline, 'localtime'),
                  due_time = strftime('%H:%M', deadline, 'localtime')
WHERE deadline IS NOT NULL AND due_date IS NULL;

-- Overdue and due-today orders come first within their queue rank: for each rank, the
-- orders with a deadline by day and time (an untimed deadline counts as the day's end), so
-- that part of a page is an index range too.
CREATE INDEX orders_due ON orders(queue_rank, due_date, coalesce(due_time, '24:00'), created_at)
    WHERE due_date IS NOT NULL;

-- How many orders of each rank are due on each day and hour ('' without an hour), kept by
-- triggers like queue_counts (0004): how many are overdue or due today is a read of a few
-- rows, however many orders a backlog holds (counting them took 230 ms on a demo book of a
-- million orders with 150,000 of them due by today).
CREATE TABLE due_counts (
    rank     INTEGER NOT NULL CHECK (rank BETWEEN 0 AND 9),
    due_date TEXT NOT NULL,
    due_time TEXT NOT NULL DEFAULT '',
    orders   INTEGER NOT NULL DEFAULT 0 CHECK (orders >= 0),
    PRIMARY KEY (rank, due_date, due_time)
) STRICT, WITHOUT ROWID;

INSERT INTO due_counts (rank, due_date, due_time, orders)
SELECT queue_rank, due_date, coalesce(due_time, ''), COUNT(*) FROM orders
WHERE due_date IS NOT NULL GROUP BY queue_rank, due_date, coalesce(due_time, '');

CREATE TRIGGER due_count_on_insert AFTER INSERT ON orders
WHEN NEW.due_date IS NOT NULL
BEGIN
    INSERT INTO due_counts (rank, due_date, due_time, orders)
    VALUES (NEW.queue_rank, NEW.due_date, coalesce(NEW.due_time, ''), 1)
    ON CONFLICT (rank, due_date, due_time) DO UPDATE SET orders = orders + 1;
END;

CREATE TRIGGER due_count_on_update AFTER UPDATE ON orders
WHEN OLD.queue_rank IS NOT NEW.queue_rank OR OLD.due_date IS NOT NEW.due_date
  OR OLD.due_time IS NOT NEW.due_time
BEGIN
    UPDATE due_counts SET orders = orders - 1
    WHERE OLD.due_date IS NOT NULL AND rank = OLD.queue_rank AND due_date = OLD.due_date
      AND due_time = coalesce(OLD.due_time, '');
    DELETE FROM due_counts
    WHERE orders = 0 AND rank = OLD.queue_rank AND due_date = OLD.due_date
      AND due_time = coalesce(OLD.due_time, '');
    INSERT INTO due_counts (rank, due_date, due_time, orders)
    SELECT NEW.queue_rank, NEW.due_date, coalesce(NEW.due_time, ''), 1
    WHERE NEW.due_date IS NOT NULL
    ON CONFLICT (rank, due_date, due_time) DO UPDATE SET orders = orders + 1;
END;

-- The day's steps (confirmed, delivered, cancelled) are read from the journal by time;
-- only those actions are indexed, so the journal's other rows cost nothing more.
CREATE INDEX journal_order_steps ON journal(at)
    WHERE entity = 'order'
      AND action IN ('confirmed', 'confirmed (oversold)', 'delivered', 'cancelled');

-- Who verified a payment (a person, the provider, a report) is read from the rows that
-- recorded it.
CREATE INDEX provider_events_payment ON provider_events(payment_id) WHERE payment_id IS NOT NULL;
CREATE INDEX report_rows_payment ON report_rows(payment_id) WHERE payment_id IS NOT NULL;
