//! The small closed vocabularies of ordering: colours, sizes, number words, units and the
//! words that carry no product meaning. English, Portuguese, Spanish and German; all entries
//! are folded (lowercase, no accents) because they are compared with folded tokens.

/// Colour words → one id per colour, so "azul", "blau" and "blue" are the same variant.
const COLOURS: &[(&str, &[&str])] = &[
    (
        "black",
        &["black", "preto", "preta", "negro", "negra", "schwarz"],
    ),
    (
        "white",
        &[
            "white", "branco", "branca", "blanco", "blanca", "weiss", "weis",
        ],
    ),
    (
        "red",
        &["red", "vermelho", "vermelha", "rojo", "roja", "rot"],
    ),
    ("blue", &["blue", "azul", "blau"]),
    ("navy", &["navy", "marinho", "marino"]),
    ("green", &["green", "verde", "grun"]),
    (
        "yellow",
        &[
            "yellow", "amarelo", "amarela", "amarillo", "amarilla", "gelb",
        ],
    ),
    ("grey", &["grey", "gray", "cinza", "gris", "grau"]),
    ("charcoal", &["charcoal", "grafite", "carbon", "anthrazit"]),
    ("pink", &["pink", "rosa", "rosado", "rosada"]),
    (
        "purple",
        &[
            "purple", "roxo", "roxa", "morado", "morada", "lila", "violett",
        ],
    ),
    ("brown", &["brown", "marrom", "marron", "cafe", "braun"]),
    ("beige", &["beige", "bege"]),
    ("orange", &["orange", "laranja", "naranja"]),
    ("cream", &["cream", "creme", "crema"]),
];

/// The colour id of a folded word, allowing plural and German adjective endings
/// ("pretas", "azules", "blauen", "schwarze").
pub(crate) fn colour(word: &str) -> Option<&'static str> {
    let find = |w: &str| {
        COLOURS
            .iter()
            .find(|(_, words)| words.contains(&w))
            .map(|(id, _)| *id)
    };
    if let Some(id) = find(word) {
        return Some(id);
    }
    if word.chars().count() < 4 {
        return None;
    }
    ["es", "en", "er", "e", "s"]
        .iter()
        .find_map(|ending| word.strip_suffix(ending).and_then(find))
}

/// Size words that are unmistakable in any case ("xl", "small", "grande").
const SIZES: &[(&str, &[&str])] = &[
    ("xs", &["xs", "pp", "extra small", "extrasmall"]),
    (
        "s",
        &["small", "pequeno", "pequena", "chico", "chica", "klein"],
    ),
    (
        "m",
        &["medium", "medio", "media", "mediano", "mediana", "mittel"],
    ),
    ("l", &["large", "grande", "gross"]),
    (
        "xl",
        &["xl", "gg", "eg", "xg", "extra large", "extragrande"],
    ),
    ("xxl", &["xxl", "2xl", "xgg", "xxg", "exg"]),
    ("xxxl", &["xxxl", "3xl"]),
];

/// One-letter sizes: only sizes when written in capitals or after "size"/"talla"/"tamanho",
/// because "m", "s", "l", "p", "g" are also pieces of ordinary words.
const LETTER_SIZES: &[(&str, &str)] = &[
    ("s", "s"),
    ("m", "m"),
    ("l", "l"),
    ("p", "s"),
    ("g", "l"),
    ("ch", "s"),
];

/// The size id of a token. `strict` is false inside a variant string or after a size word.
pub(crate) fn size(word: &str, upper: bool, strict: bool) -> Option<&'static str> {
    if let Some((id, _)) = SIZES.iter().find(|(_, words)| words.contains(&word)) {
        return Some(id);
    }
    if strict && !upper {
        return None;
    }
    LETTER_SIZES
        .iter()
        .find(|(w, _)| *w == word)
        .map(|(_, id)| *id)
}

/// Words after which the next token is a size: "size M", "talla 42", "tamanho G".
const SIZE_KEYWORDS: &[&str] = &[
    "size", "sz", "talla", "tamanho", "tam", "tamano", "grosse", "gr", "numero", "nr",
];

pub(crate) fn is_size_keyword(word: &str) -> bool {
    SIZE_KEYWORDS.contains(&word)
}

/// Number words up to twelve and the dozen, in en/pt/es/de.
const NUMBER_WORDS: &[(i64, &[&str])] = &[
    (
        1,
        &[
            "a", "an", "one", "um", "uma", "un", "uno", "una", "ein", "eine", "einen", "eins",
        ],
    ),
    (2, &["two", "couple", "dois", "duas", "dos", "zwei"]),
    (3, &["three", "tres", "drei"]),
    (4, &["four", "quatro", "cuatro", "vier"]),
    (5, &["five", "cinco", "funf"]),
    (6, &["six", "seis", "sechs"]),
    (7, &["seven", "sete", "siete", "sieben"]),
    (8, &["eight", "oito", "ocho", "acht"]),
    (9, &["nine", "nove", "nueve", "neun"]),
    (10, &["ten", "dez", "diez", "zehn"]),
    (11, &["eleven", "onze", "once", "elf"]),
    (
        12,
        &[
            "twelve", "doze", "doce", "zwolf", "dozen", "duzia", "docena", "dutzend",
        ],
    ),
];

pub(crate) fn number_word(word: &str) -> Option<i64> {
    NUMBER_WORDS
        .iter()
        .find(|(_, words)| words.contains(&word))
        .map(|(n, _)| *n)
}

/// Articles double as "one" ("a scarf", "um cachecol") but are weaker evidence than "1".
const ARTICLES: &[&str] = &["a", "an", "um", "uma", "un", "una", "ein", "eine", "einen"];

pub(crate) fn is_article(word: &str) -> bool {
    ARTICLES.contains(&word)
}

/// "half a dozen", "meia dúzia", "media docena".
pub(crate) fn is_half(word: &str) -> bool {
    ["half", "meia", "media", "halbes", "halbe"].contains(&word)
}

pub(crate) fn is_dozen(word: &str) -> bool {
    ["dozen", "duzia", "docena", "dutzend"].contains(&word)
}

/// Counting units that may stand between a number and the product ("2 un camiseta",
/// "2 pcs", "2 Stück") or after it.
const UNITS: &[&str] = &[
    "x",
    "un",
    "und",
    "unid",
    "unids",
    "unidade",
    "unidades",
    "unidad",
    "unit",
    "units",
    "pc",
    "pcs",
    "piece",
    "pieces",
    "peca",
    "pecas",
    "pieza",
    "piezas",
    "stuck",
    "stk",
    "kappaletta",
    "of",
];

pub(crate) fn is_unit(word: &str) -> bool {
    UNITS.contains(&word)
}

/// Words naming money, so the number next to them is a price, not a quantity.
const CURRENCY_WORDS: &[&str] = &[
    "usd", "brl", "eur", "gbp", "mxn", "ars", "cop", "inr", "jpy", "real", "reais", "euro",
    "euros", "dollar", "dollars", "bucks", "peso", "pesos", "pound", "pounds", "dolares", "dolar",
];

pub(crate) fn is_currency_word(word: &str) -> bool {
    CURRENCY_WORDS.contains(&word)
}

/// Words that carry no product meaning and may sit inside a mention ("2 of the black tees").
const STOPWORDS: &[&str] = &[
    // English
    "the", "a", "an", "of", "and", "or", "in", "on", "for", "with", "to", "my", "your", "this",
    "that", "these", "those", "it", "them", "one", "ones", "some", // Portuguese
    "o", "os", "as", "de", "da", "do", "das", "dos", "e", "em", "no", "na", "nos", "nas", "com",
    "para", "pra", "um", "uma", "uns", "umas", "esse", "essa", "este", "esta",
    // Spanish
    "el", "la", "los", "las", "y", "en", "con", "del", "al", "un", "una", "unos", "unas", "ese",
    // German
    "der", "die", "den", "dem", "und", "mit", "von", "im", "ein", "eine", "einen", "noch",
];

pub(crate) fn is_stopword(word: &str) -> bool {
    STOPWORDS.contains(&word)
}

/// Greetings, politeness, pronouns and filler around a bare quantity or attribute ("2
/// please", "I want it in blue", "3 por favor, obrigada").
const FILLER: &[&str] = &[
    "please", "pls", "plz", "por", "favor", "pf", "pfv", "bitte", "thanks", "thank", "you",
    "obrigado", "obrigada", "gracias", "danke", "ok", "okay", "then", "so", "entao", "entonces",
    "dann", "also", "just", "only", "sim", "si", "yes", "ja", "great", "perfect", "perfeito",
    "perfecto", "super", "i", "ill", "id", "im", "me", "we", "eu", "yo", "ich", "mir", "mich",
    "hi", "hello", "oi", "ola", "hola", "hallo", "hey",
];

pub(crate) fn is_filler(word: &str) -> bool {
    FILLER.contains(&word)
}

/// Determiners that introduce a thing being ordered: "I want the green beanie".
pub(crate) fn is_determiner(word: &str) -> bool {
    matches!(
        word,
        "the"
            | "a"
            | "an"
            | "o"
            | "os"
            | "as"
            | "el"
            | "la"
            | "los"
            | "las"
            | "den"
            | "die"
            | "das"
            | "um"
            | "uma"
            | "un"
            | "una"
            | "ein"
            | "eine"
            | "einen"
            | "some"
    )
}

/// Words that point back at something already named: "2 of them", "quero 2 dessas",
/// "quiero dos de esas", "ich nehme 2 davon", "I'll take those 2". Demonstratives are also
/// determiners ("2 of those tees"); the pure pronouns in [`is_pronoun`] never are.
const POINTERS: &[&str] = &[
    // English
    "them", "those", "these", "it", "ones", "that", "this", // Portuguese
    "dessas", "desses", "dessa", "desse", "destas", "destes", "desta", "deste", "essas", "esses",
    "essa", "esse", "estas", "estes", "esta", "este", "elas", "eles", "ela", "ele", "delas",
    "deles", "dela", "dele", // Spanish
    "esas", "esos", "esa", "ese", "estos", "ellas", "ellos", // German
    "die", "davon", "diese", "diesen", "dieses", "welche", "sie", "es",
];

pub(crate) fn is_pointer(word: &str) -> bool {
    POINTERS.contains(&word)
}

/// Pointers that never stand before a noun, so a product word after them is not theirs:
/// "2 of them and one red scarf".
const PRONOUNS: &[&str] = &[
    "them", "it", "ones", "elas", "eles", "delas", "deles", "ellas", "ellos", "davon",
];

pub(crate) fn is_pronoun(word: &str) -> bool {
    PRONOUNS.contains(&word)
}

/// Words that join two things in a list: a quantity before one does not count what comes
/// after it ("2 of those and the red scarf").
pub(crate) fn is_conjunction(word: &str) -> bool {
    matches!(word, "and" | "e" | "y" | "und" | "plus")
}

/// Words after which a number is a time, a date, a place, a price or a code, never a count:
/// "at 5", "by 5", "apto 32", "dia 21", "for 150", "bis 5".
const BEFORE_NON_COUNT: &[&str] = &[
    // time and date
    "at",
    "by",
    "around",
    "till",
    "until",
    "after",
    "before",
    "from",
    "on",
    "since",
    "ate",
    "antes",
    "depois",
    "despues",
    "desde",
    "hasta",
    "bis",
    "ab",
    "gegen",
    "um",
    "seit",
    "dia",
    "day",
    "tag",
    "el",
    "am", // places inside and numbers
    "in",
    "em",
    "en",
    "no",
    "na",
    "num",
    "numa",
    "im",
    "nr",
    "numero",
    "number",
    "n",
    "nº",
    "apt",
    "apto",
    "apartment",
    "suite",
    "unit",
    "casa",
    "piso",
    "andar",
    "floor",
    "bloco",
    "bloque",
    "lote",
    "street",
    "st",
    "rua",
    "calle",
    "av",
    "avenida",
    "ave",
    "road",
    "rd",
    "strasse",
    "str",
    "cep",
    "zip",
    "code",
    "codigo",
    "pin",
    "room",
    "sala",
    "quarto",
    "haus",
    // money
    "for",
    "por",
    "per",
    "cost",
    "costs",
    "custa",
    "cuesta",
    "kostet",
    "price",
    "preco",
    "precio",
    "preis",
    "pay",
    "paid",
    "pagar",
    "pague",
    "paguei",
    "pago",
    "pagado",
    "sent",
    "mandei",
    "transferi",
    "bezahlt",
    "total", // weekdays
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "segunda",
    "terca",
    "quarta",
    "quinta",
    "sexta",
    "sabado",
    "domingo",
    "lunes",
    "martes",
    "miercoles",
    "jueves",
    "viernes",
    "montag",
    "dienstag",
    "mittwoch",
    "donnerstag",
    "freitag",
    "samstag",
    "sonntag",
];

pub(crate) fn is_before_non_count(word: &str) -> bool {
    BEFORE_NON_COUNT.contains(&word) || is_month(word)
}

/// Words for a street, after which a number is a house number: "rua Augusta 22".
const STREETS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "av",
    "lane",
    "drive",
    "boulevard",
    "blvd",
    "rua",
    "avenida",
    "travessa",
    "alameda",
    "estrada",
    "rodovia",
    "praca",
    "calle",
    "carrera",
    "paseo",
    "plaza",
    "camino",
    "strasse",
    "str",
    "weg",
    "platz",
    "allee",
    "gasse",
    "damm",
];

/// German streets are one word ("Kastanienallee", "Hauptstraße" → "hauptstrasse").
const STREET_ENDINGS: &[&str] = &["strasse", "allee", "gasse", "damm", "platz", "weg"];

pub(crate) fn is_street(word: &str) -> bool {
    STREETS.contains(&word)
        || STREET_ENDINGS
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
}

/// Month names and their short forms in en/pt/es/de: "21 de novembro", "Nov 21", "5. Mai".
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "janeiro",
    "fevereiro",
    "marco",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
    "enero",
    "febrero",
    "marzo",
    "mayo",
    "junio",
    "julio",
    "septiembre",
    "setiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "januar",
    "februar",
    "marz",
    "mai",
    "juni",
    "juli",
    "oktober",
    "dezember",
    "fev",
    "abr",
    "ago",
    "set",
    "out",
    "dez",
    "ene",
    "dic",
    "okt",
];

pub(crate) fn is_month(word: &str) -> bool {
    MONTHS.contains(&word)
}

/// Words that may follow a quantity meant for something said before without being what it
/// counts: "I'll take 2 today", "2 for my sister", "quero 2 pra amanhã", "a dozen like the
/// ones in the photo".
const AFTER_BACK_QTY: &[&str] = &[
    "today", "tomorrow", "now", "tonight", "asap", "hoje", "amanha", "agora", "hoy", "manana",
    "ahora", "heute", "morgen", "jetzt", "by", "for", "to", "till", "until", "ate", "para", "pra",
    "hasta", "bis", "fur", "if", "se", "wenn", "when", "quando", "cuando", "too", "as", "well",
    "pf", "but", "mas", "pero", "aber", "because", "porque", "weil", "like", "como", "wie",
];

pub(crate) fn may_follow_back_qty(word: &str) -> bool {
    AFTER_BACK_QTY.contains(&word)
}

/// "2 more", "mais 2", "2 más", "noch 2 mehr": the quantity adds to what is there.
/// Spanish "más" folds to "mas", which in Portuguese is "but"; only the written accent tells
/// them apart, so the caller checks it.
pub(crate) fn is_more(word: &str) -> bool {
    matches!(word, "more" | "mais" | "mehr")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_in_four_languages_and_their_forms() {
        let table = [
            ("blue", Some("blue")),
            ("azul", Some("blue")),
            ("azules", Some("blue")),
            ("blau", Some("blue")),
            ("blauen", Some("blue")),
            ("pretas", Some("black")),
            ("negros", Some("black")),
            ("schwarze", Some("black")),
            ("brancas", Some("white")),
            ("weisse", Some("white")),
            ("grune", Some("green")),
            ("beige", Some("beige")),
            ("jacket", None),
            ("rose", None),
        ];
        for (word, expected) in table {
            assert_eq!(colour(word), expected, "{word}");
        }
    }

    #[test]
    fn sizes_need_capitals_when_they_are_one_letter() {
        assert_eq!(size("m", true, true), Some("m"));
        assert_eq!(size("m", false, true), None);
        assert_eq!(size("m", false, false), Some("m"));
        assert_eq!(size("g", true, true), Some("l"));
        assert_eq!(size("p", true, true), Some("s"));
        assert_eq!(size("xl", false, true), Some("xl"));
        assert_eq!(size("gg", false, true), Some("xl"));
        assert_eq!(size("grande", false, true), Some("l"));
        assert_eq!(size("tee", true, false), None);
    }

    #[test]
    fn number_words() {
        for (word, n) in [
            ("two", 2),
            ("duas", 2),
            ("dos", 2),
            ("tres", 3),
            ("zwolf", 12),
            ("dozen", 12),
        ] {
            assert_eq!(number_word(word), Some(n), "{word}");
        }
        assert_eq!(number_word("jacket"), None);
    }
}
