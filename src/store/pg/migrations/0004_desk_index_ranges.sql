-- What the desk reads on every screen, as index ranges. The queue's order: ranges that
-- start at a key, as SQLite reads it, so a window is read from where the desk's key stands
-- instead of sorting every open order by a key computed row by row (hundreds of
-- milliseconds a window on a book of 200,000 orders).
--
-- Within a rank still to deliver, the orders due by the day the desk ranks for lead, by day,
-- then hour (an untimed one at the day's end), then when made, then number. The day is
-- stored (`due_date`); the hour as the queue sorts it is kept beside it as the minute of the
-- day, 1440 without an hour (`due_minute`, generated from the row's own `due_time`, so every
-- write of a deadline writes it too). `orders_due` indexes (rank, day, minute, made, number):
-- a rank's pressing orders after a key are one range of it, bounded by the desk's day; the
-- rest of a rank is a range of `orders_by_urgency` (rank, made, number). Which orders press
-- depends on the day the desk ranks for, so no column could hold that; the rank is stored
-- already (`queue_rank`).
ALTER TABLE orders ADD COLUMN due_minute smallint GENERATED ALWAYS AS (
    CASE WHEN due_date IS NOT NULL THEN
        coalesce((extract(hour FROM due_time) * 60 + extract(minute FROM due_time))::smallint,
                 1440)
    END) STORED;

DROP INDEX orders_due;
CREATE INDEX orders_due ON orders (queue_rank, due_date, due_minute, created_at, number)
    WHERE due_date IS NOT NULL;

-- The desk's claims and recent payments, newest first, are the first rows of an index too:
-- they are ordered by when made and then by id (a demo book, or an import, writes thousands
-- of payments at one moment), which an index of when made alone left to a sort of every
-- payment of that moment.
DROP INDEX payments_created;
CREATE INDEX payments_created ON payments (created_at, id);
DROP INDEX payments_claims;
CREATE INDEX payments_claims ON payments (created_at, id) WHERE state = 'claimed';

-- The filter's text indexed by its three-letter pieces (pg_trgm, PostgreSQL's own trigram
-- module), so the orders a rare filter matches are found without walking the queue (a
-- window of "Lucas Haddad" walked 300,000 orders of a million, "zzzz" all of them). Where
-- the server lacks the module, or the book's owner may not add it, the book goes without:
-- such a filter is found by reading every order's text instead, a few hundred
-- milliseconds on a million orders the first time it is typed.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX orders_search_words ON orders USING gin (search_text gin_trgm_ops);
EXCEPTION WHEN undefined_file OR insufficient_privilege OR undefined_object THEN
    RAISE NOTICE 'the queue filter''s trigram index is left out: %', SQLERRM;
END $$;
