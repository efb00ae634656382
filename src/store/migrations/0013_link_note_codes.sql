-- A payment link's note was English prose ("ran out; renewed") shown to staff of every
-- language; it is now a stable code worded when read (core/link_note.rs). The prose the
-- desk wrote before is mapped to its code here; a person's own words (closing a review)
-- and anything else stay as written and are shown as they are.
UPDATE payment_links SET note = CASE note
        WHEN 'the provider reported the payment failed' THEN '{"note":"provider_failed"}'
        WHEN 'the provider expired the session unpaid' THEN '{"note":"provider_expired"}'
        WHEN 'the order was paid by other means' THEN '{"note":"paid_otherwise"}'
        WHEN 'the order was cancelled' THEN '{"note":"order_cancelled"}'
        WHEN 'ran out unpaid' THEN '{"note":"ran_out"}'
        WHEN 'ran out; renewed' THEN '{"note":"renewed"}'
        WHEN 'replaced by a new fixed link' THEN '{"note":"replaced_by_new","provider":"fixed"}'
        WHEN 'replaced by a new template link' THEN '{"note":"replaced_by_new","provider":"template"}'
        WHEN 'replaced by a new stripe link' THEN '{"note":"replaced_by_new","provider":"stripe"}'
    END
    WHERE note IN ('the provider reported the payment failed',
                   'the provider expired the session unpaid',
                   'the order was paid by other means', 'the order was cancelled',
                   'ran out unpaid', 'ran out; renewed', 'replaced by a new fixed link',
                   'replaced by a new template link', 'replaced by a new stripe link');

-- "review closed by ana": the name is kept, escaped as JSON by SQLite itself.
UPDATE payment_links
    SET note = json_object('note', 'review_closed', 'by', substr(note, 18))
    WHERE note LIKE 'review closed by %' AND length(note) > 17;

-- "replaced: the balance is now 695.00 BRL": the amount was written with exactly its
-- currency's decimals, so dropping the point gives its minor units.
UPDATE payment_links
    SET note = json_object('note', 'rebalanced', 'balance', json_object(
        'minor', CAST(replace(substr(note, 30, instr(substr(note, 30), ' ') - 1), '.', '') AS INTEGER),
        'currency', substr(note, 30 + instr(substr(note, 30), ' '))))
    WHERE note GLOB 'replaced: the balance is now [0-9]* [A-Z][A-Z][A-Z]'
      AND instr(substr(note, 30), ' ') = length(note) - 32
      AND substr(note, -3) IN ('USD', 'EUR', 'GBP', 'BRL', 'MXN', 'ARS', 'COP', 'INR', 'AMD', 'JPY')
      AND substr(note, 30, length(note) - 33) NOT GLOB '*[^0-9.]*';
