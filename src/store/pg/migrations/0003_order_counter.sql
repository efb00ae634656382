-- Order numbers from a counter row instead of a sequence. A sequence never gives back a
-- number a rolled-back transaction took (an order made and confirmed at once when stock ran
-- short), so numbers had gaps; the counter row is updated inside the order's transaction and
-- rolls back with it. Its row lock makes two desks creating orders at once take turns for the
-- rest of the shorter transaction (under READ COMMITTED the second sees the first's number and
-- takes the next): short, sequential and gapless on both engines.
CREATE TABLE order_counter (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    next     bigint NOT NULL CHECK (next > 0)
);

-- The next number is after every order and after what the sequence already gave.
INSERT INTO order_counter (next)
SELECT GREATEST(
    COALESCE((SELECT max(number) FROM orders) + 1, 1001),
    (SELECT last_value + CASE WHEN is_called THEN 1 ELSE 0 END FROM order_numbers)
);

DROP SEQUENCE order_numbers;
