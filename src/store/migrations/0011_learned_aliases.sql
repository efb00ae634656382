-- The shop's words for its products, learned when staff pick the product a customer meant in
-- the paste review ("bálsamo" is the Tinted Lip Balm / Rose). Every later draft reads them.
-- `phrase_key` is the phrase folded as the reader compares words (lowercase, no accents, one
-- space), so "Bálsamo" and "balsamo" are one alias.
CREATE TABLE learned_aliases (
    phrase_key TEXT PRIMARY KEY NOT NULL CHECK (length(phrase_key) BETWEEN 1 AND 80),
    phrase     TEXT NOT NULL CHECK (length(trim(phrase)) BETWEEN 1 AND 80),
    sku        TEXT NOT NULL REFERENCES products(sku) ON UPDATE CASCADE,
    actor      TEXT NOT NULL,
    learned_at TEXT NOT NULL
) STRICT;

CREATE INDEX learned_aliases_sku ON learned_aliases(sku);
