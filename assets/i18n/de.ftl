# orderdesk, Deutsch.

## Für die Kundschaft: Zusammenfassung und Erinnerung, die in den Chat kommen.

summary-template =
    {"*"}{ $shop }* · Bestellung #{ $order_no }{ $revision }
    { $quote }
    { $customer }
    { $items }
    Zwischensumme: { $subtotal }
    Versandkosten: { $delivery }
    Rabatt: -{ $discount }
    {"*"}Gesamt: { $total }*
    Bezahlt: { $paid }
    Erstattet: { $refunded }
    Zahlung gesendet, wird geprüft: { $claimed }
    Offen: { $balance }
    Lieferung: { $deadline }
    Lieferadresse: { $address }
    Hier bezahlen: { $link }
    Link gültig bis { $expires }
    Notizen: { $notes }
summary-quote = Angebot: zum Bestätigen mit OK antworten (die Artikel werden bei der Bestätigung reserviert)
summary-revision = {" "}(v{ $revision })
reminder-template =
    Hallo { $customer }! Eine kurze Erinnerung von { $shop }: Bestellung #{ $order_no } wartet noch auf die Zahlung ({ $amount }).
    Hier bezahlen: { $link }
    Link gültig bis { $expires }

## Anzahlen.

count-orders = { $count ->
    [one] { $count } Bestellung
   *[other] { $count } Bestellungen
}

## Die Namen dessen, was gespeichert wird (Status, Versand, Zahlungen, Links).

name-Lifecycle-draft = Entwurf
name-Lifecycle-confirmed = bestätigt
name-Lifecycle-cancelled = storniert
name-Lifecycle-completed = abgeschlossen
name-Fulfilment-unfulfilled = nicht begonnen
name-Fulfilment-packing = wird gepackt
name-Fulfilment-ready = bereit
name-Fulfilment-out_for_delivery = in Zustellung
name-Fulfilment-delivered = zugestellt
name-PaymentKind-payment = Zahlung
name-PaymentKind-refund = Erstattung
name-Method-cash = bar
name-Method-transfer = Überweisung
name-Method-pix = Pix
name-Method-card = Karte
name-Method-link = Link
name-Method-other = sonstige
name-PaymentState-claimed = gemeldet
name-PaymentState-verified = geprüft
name-PaymentState-rejected = abgelehnt
name-PaymentStatus-unpaid = unbezahlt
name-PaymentStatus-claimed = gemeldet
name-PaymentStatus-partially_paid = teilweise bezahlt
name-PaymentStatus-paid = bezahlt
name-PaymentStatus-overpaid = überzahlt
name-PaymentStatus-refunded = erstattet
name-PaymentStatus-partially_refunded = teilweise erstattet
name-Provider-fixed = fest
name-Provider-template = Vorlage
name-Provider-stripe = Stripe
name-LinkState-pending = offen
name-LinkState-paid = bezahlt
name-LinkState-expired = abgelaufen
name-LinkState-failed = fehlgeschlagen
name-LinkState-cancelled = storniert
name-LinkState-manual_review = manuelle Prüfung
name-Outcome-recorded = erfasst
name-Outcome-claim_verified = Meldung geprüft
name-Outcome-already_recorded = schon erfasst
name-Outcome-no_order = keine Bestellung
name-Outcome-manual_review = manuelle Prüfung
name-Outcome-not_paid = nicht bezahlt
name-Outcome-claim_without_provider_row = Meldung ohne Berichtszeile
name-MoveKind-receive = Eingang
name-MoveKind-reserve = Reservierung
name-MoveKind-release = Freigabe
name-MoveKind-ship = Versand
name-MoveKind-return = Rückgabe
name-MoveKind-adjust = Korrektur

## Die Etiketten der Warteschlange: was die Theke zuerst wissen muss.

label-claim-to-verify = Zahlung prüfen
label-draft = Entwurf
label-awaiting-payment = wartet auf Zahlung
label-deposit-paid = Anzahlung erhalten
label-paid-to-pack = bezahlt, packen
label-packing = wird gepackt
label-ready = bereit
label-out-for-delivery = in Zustellung
label-delivered-balance-due = zugestellt, offen
label-delivered = zugestellt
label-part-refunded = teilerstattet
label-refunded = erstattet
label-cancelled = storniert
label-cancelled-refund-due = storniert, erstatten
## Die Kommandozeile: was sie auf stderr sagt, und die Ausgabe für Menschen auf stdout.

cli-error = Fehler: { $message }
cli-internal-error =
    interner Fehler: { $message }
    bitte melden Sie das mit dem Befehl, den Sie ausgeführt haben
cli-demo-filling = Demo-Laden in { $path } wird gefüllt …
cli-demo-filled = Demo-Laden in { $path }: { $products } Produkte, { $orders } Bestellungen ({ $seconds } s)
cli-report-written = { $orders ->
    [one] 1 Bestellung
   *[other] { $orders } Bestellungen
} und { $payments ->
    [one] 1 Zahlung
   *[other] { $payments } Zahlungen
} { $day ->
    [yes] am { $from }
   *[no] vom { $from } bis { $to }
}
cli-restore-demo = der Demo-Laden wird neu angelegt, indem man ihn löscht; Wiederherstellen gilt für ein echtes Buch
cli-no-log = Warnung: { $why }; es geht ohne Protokoll weiter
cli-path-database = Datenbank
cli-path-config = Konfiguration
cli-path-demo = Demo
cli-path-backups = Sicherungen
cli-path-logs = Protokolle
cli-path-reports = Berichte
cli-daily-backup-failed = Warnung: die automatische Sicherung von heute wurde nicht gemacht: { $why }
cli-backed-up = { $path } gesichert ({ $orders } Bestellungen, { $customers } Kunden, { $products } Produkte); die Kopie hat die Integritätsprüfung von SQLite bestanden
cli-restore-kept = das ersetzte Buch ({ $orders } Bestellungen) liegt jetzt unter { $path }
cli-restore-no-book = unter { $path } gab es noch kein Buch
cli-restored = { $path } aus { $from } wiederhergestellt: { $orders } Bestellungen, { $customers } Kunden, { $products } Produkte{ $schema ->
    [older] {" "}(ein älteres Schema: es wird beim nächsten Öffnen aktualisiert)
   *[current] {""}
}
cli-not-a-terminal = kein Terminal: die offenen Bestellungen werden ausgegeben, statt die Theke zu öffnen
cli-terminal-failed = das Terminal ist ausgefallen: { $why }
cli-queue-head = { $shop } · { $open } offene Bestellungen, die dringendsten zuerst ({ $path })
cli-catalog-imported = { $file } importiert: { $new } neu, { $updated } geändert, { $unchanged } unverändert, { $counts ->
    [one] { $counts } Bestand gesetzt
   *[other] { $counts } Bestände gesetzt
}
cli-copied = Zusammenfassung von #{ $number } in die Zwischenablage kopiert
cli-copied-not-kept = die Zusammenfassung von #{ $number } war { $seconds } s in der Zwischenablage, aber kein Zwischenablage-Manager hat sie behalten; kopieren Sie sie von oben oder aus der Theke (die sie hält, solange sie läuft)
cli-copied-osc52 = Zusammenfassung von #{ $number } an die Zwischenablage des Terminals geschickt (OSC 52)
cli-copy-failed = Kopieren nicht möglich ({ $why }); die Zusammenfassung steht oben
cli-not-utf8 = { $path } ist kein UTF-8-Text; speichern Sie es als UTF-8-CSV
cli-cannot-read = { $path } kann nicht gelesen werden: { $why }
cli-check-healthy = der Bestand jedes Produkts stimmt mit seinem Journal überein; Bestellsummen und Warteschlangenzähler stimmen mit ihren Zeilen überein
cli-check-stock = { $sku }: Zähler { $on_hand } vorrätig / { $reserved } reserviert, Journal { $ledger_on_hand } / { $ledger_reserved }
cli-check-sums = Bestellung #{ $number }: gespeicherte Summen { $kept }, die Zahlungen sagen { $real }
cli-check-queue = Warteschlangenzähler: gespeichert { $kept }, die Bestellungen sagen { $real }
cli-check-disagrees = das Buch widerspricht sich selbst (siehe oben); bitte melden Sie das
cli-merged = '{ $from }' mit { $name } { $phone } zusammengeführt
cli-order-head = Bestellung #{ $number }{ $revision }  { $label }  ({ $created })
cli-order-revision = {" "}v{ $revision }
cli-order-customer = Kunde: { $name }{ $phone }
cli-order-totals = Gesamt { $total } (Versand { $delivery }, Rabatt { $discount })  bezahlt { $paid }
cli-order-refunded = {"  "}erstattet { $refunded }
cli-order-balance = {"  "}{ $balance }
cli-order-note = Notiz: { $note }
cli-order-staff-note = Interne Notiz: { $note }
cli-order-claimed = {"  "}gemeldet { $claimed }
cli-order-address = Lieferung an: { $address }
cli-payment-reference = {" "}Ref. { $reference }
cli-product-stock = { $on_hand } vorrätig { $reserved } reserviert { $available } verfügbar
cli-product-low = {"  "}KNAPP
cli-customer-stats = { $orders ->
    [one] 1 Bestellung
   *[other] { $orders } Bestellungen
}  Wert { $value }  schuldet { $owes }
cli-warning = Warnung: { $why }
cli-note = Hinweis: { $note }
cli-verified = geprüft: { $what }
cli-verified-more = { $count ->
    [one] { $count } weitere Zahlung geprüft
   *[other] { $count } weitere Zahlungen geprüft
}
cli-link-made = { $made ->
    [made] neuer
   *[live] gültiger
} Link ({ $provider }) für #{ $number }: { $amount }, gültig bis { $expires }
cli-link-replaces = er ersetzt den Link ({ $provider }, { $state }): { $note }
cli-cannot-import = { $file } kann nicht importiert werden: { $why }
cli-nothing-imported = { $why }; nichts wurde importiert
cli-import-count = { $outcome }: { $count }
cli-imported = { $file }: { $counts }{ $changed ->
    [no] ; das Buch hat sich nicht geändert
   *[yes] {""}
}
cli-latin1 = { $path } ist kein UTF-8; es wird als Latin-1 gelesen
cli-sync-unchanged = unverändert
cli-synced = Stripe zu { $asked ->
    [one] 1 Link
   *[other] { $asked } Links
} gefragt; { $verified } geprüft; { $expired } abgelaufen, { $closed } geschlossen, { $released } freigegeben; { $unchecked ->
    [one] 1 fester oder Vorlagen-Link
   *[other] { $unchecked } feste oder Vorlagen-Links
} von Hand oder per Bericht zu prüfen
cli-kept-stock = #{ $number } behält seinen Bestand: { $why }
cli-sync-failed = Stripe konnte zu { $count ->
    [one] 1 Link
   *[other] { $count } Links
} nicht gefragt werden, z. B. #{ $number }: { $why }; führen Sie `orderdesk payments sync` später noch einmal aus
cli-reminder-due = #{ $number } Erinnerung { $step }/{ $steps } fällig { $due } · { $customer } { $phone } · { $balance }{ $renew ->
    [yes] {" "}· der Link wird erneuert
   *[no] {""}
}
cli-reminders-due = { $count ->
    [one] 1 Erinnerung fällig
   *[other] { $count } Erinnerungen fällig
}; `orderdesk reminders sent NO` vermerkt eine als gesendet
cli-reminder-sent = Erinnerung { $step } von #{ $number } als gesendet vermerkt
cli-reminder-renewed = ; der Link wurde erneuert
cli-reminder-tagged = ; die Bestellung ist als „Zahlung aufgegeben“ markiert (payment_abandoned)
cli-reminder-cancelled = ; die Bestellung wurde storniert und ihr Bestand freigegeben
cli-webhook-listening = wartet auf { $url } auf Stripes Ereignisse (Strg-C beendet)
cli-cannot-read-stdin = die Standardeingabe kann nicht gelesen werden: { $why }
cli-chat-system = (System)
cli-cannot-write-messages = die Nachrichten können nicht geschrieben werden: { $why }
parse-day-month = Tag/Monat
parse-month-day = Monat/Tag
parse-dates-ambiguous = Datumsangaben wie { $example } sind mehrdeutig; als { $order } gelesen (laut Einstellung)
parse-dates-disagree = die Datumsangaben im Eingefügten widersprechen sich ({ $day_first } nur als Tag/Monat lesbar, { $month_first } nur als Monat/Tag); als { $order } gelesen
parse-more-warnings = … und { $count } weitere Hinweise dieser Art ({ $kind ->
    [paste] zum Eingefügten
    [date-order] zur Datumsreihenfolge
    [date] unmögliche Daten
    [time] unmögliche Uhrzeiten
   *[layout] Kopfzeilen eines anderen Formats
})
parse-other-layout = Zeile { $line }: beginnt wie eine Nachrichtenkopfzeile eines anderen Formats; als Text der Nachricht davor behalten
parse-impossible-date = Zeile { $line }: { $date } ist kein echtes Datum; die Zeile bleibt Nachrichtentext
parse-impossible-time = Zeile { $line }: { $time } ist keine echte Uhrzeit; die Zeile bleibt Nachrichtentext
parse-no-header-lines = { $count ->
    [one] die erste Zeile hat
   *[other] die ersten { $count } Zeilen haben
} keine Nachrichtenkopfzeile; als eine Nachricht ohne Absender behalten
parse-no-headers = keine WhatsApp-Kopfzeilen gefunden; das Eingefügte wurde als eine Nachricht gelesen
parse-cut-short = das Eingefügte ist größer als 4 GiB; gelesen wurden die ersten 4 GiB (bis zu einem Zeilenende)
cli-draft-unknown-customer = einen unbekannten Kunden
cli-draft-head = Entwurf für { $name }{ $phone }
cli-draft-out-of-stock = {"  "}NICHT VORRÄTIG (noch { $available })
cli-draft-asked-only = {"  "}(nur gefragt)
cli-draft-deliver-to = Lieferung an: { $address }
cli-draft-pickup = Abholung im Laden
cli-draft-says-paid = sagt, bezahlt zu haben (eine Meldung, nicht geprüft)
cli-draft-says-paid-amount = sagt, { $amount } bezahlt zu haben (eine Meldung, nicht geprüft)
cli-draft-unmatched = kein Produkt passt: "{ $text }"
cli-draft-wanted-by = gewünscht bis: { $day }
cli-draft-wanted-by-time = gewünscht bis: { $day }, { $time } Uhr
cli-draft-chat-total = Summe laut Chat: { $total }
cli-draft-claim-reference = Referenz der Meldung: { $reference }
weekday-short = { $day ->
    [1] Mo
    [2] Di
    [3] Mi
    [4] Do
    [5] Fr
    [6] Sa
   *[7] So
}

## Die Theke: was die Statuszeile über ein Ergebnis sagt.

desk-order-created = Bestellung #{ $number } angelegt und bestätigt ({ $total }): y kopiert die Zusammenfassung, Y den Zahlungslink
desk-draft-saved = Entwurf #{ $number } gespeichert; mit c bestätigen, wenn es so weit ist
desk-order-updated = Bestellung #{ $number } geändert (v{ $revision })
desk-order-confirmed = Bestellung #{ $number } bestätigt: Bestand reserviert; y kopiert die Zusammenfassung
desk-order-advanced = Bestellung #{ $number }: { $stage }
desk-order-cancelled = Bestellung #{ $number } storniert; ihr Bestand ist wieder verkäuflich
desk-notes-saved = Notiz zu #{ $number } gespeichert
desk-payment-recorded = { $claimed ->
    [yes] Zahlungsmeldung erfasst (prüfen, sobald das Geld da ist)
   *[no] Zahlung erfasst
}: { $amount } für #{ $number }; { $balance }
desk-claim-verified = Zahlung für #{ $number } geprüft: jetzt { $status } ({ $balance })
desk-claim-rejected = Meldung für #{ $number } abgelehnt: sie zählt nicht mehr
desk-refunded = { $amount } für #{ $number } per { $method } erstattet{ $restocked ->
    [yes] ; Ware zurück im Bestand
   *[no] {""}
}
desk-stock-received = { $qty } × { $product } eingegangen: { $available } verfügbar
desk-stock-adjusted = { $product } um { $delta } korrigiert: { $on_hand } vorrätig, { $available } verfügbar
desk-merged = mit { $into } zusammengeführt; die Bestellungen sind mitgewandert
desk-reviews-closed = { $count ->
    [one] 1 Prüfung
   *[other] { $count } Prüfungen
} von #{ $number } geschlossen; die Notiz steht im Journal
desk-copied = { $what } kopiert ({ $chars } Zeichen)
desk-copied-osc52 = { $what } an die Zwischenablage des Terminals geschickt (OSC 52); zum Prüfen einfügen
desk-copy-failed = { $kind ->
    [summary] die Zusammenfassung ließ sich nicht kopieren
    [link] der Zahlungslink ließ sich nicht kopieren
    [reminders] die Erinnerungen ließen sich nicht kopieren
   *[reminder] die Erinnerung ließ sich nicht kopieren
} ({ $why }): bitte von Hand markieren
desk-copy-failed-title = { $kind ->
    [summary] Die Zusammenfassung
    [link] Der Zahlungslink
    [reminders] Die Erinnerungen
   *[reminder] Die Erinnerung
}
desk-copy-by-hand = Den Text mit der Maus markieren (in den meisten Terminals Umschalt+Ziehen) und kopieren.
desk-exported = { $when }: { $orders ->
    [one] 1 Bestellung
   *[other] { $orders } Bestellungen
} und { $payments ->
    [one] 1 Zahlung
   *[other] { $payments } Zahlungen
}: { $files ->
    [one] 1 Datei
   *[other] { $files } Dateien
} nach { $folder } geschrieben
desk-refused-stale = { $doing } ging nicht: jemand anderes hat es inzwischen geändert; neu geladen, bitte noch einmal ansehen
desk-refused-busy = { $doing } ging nicht: das Buch ist belegt (eine andere Theke oder ein Befehl schreibt); bitte noch einmal versuchen
desk-clipboard-unreadable = { $why }; stattdessen ins Terminal einfügen (meist Strg-Umschalt-V)
desk-refused = { $doing } ging nicht: { $why }
desk-copied-summary = die Zusammenfassung von #{ $number }
desk-copied-link = der Zahlungslink von #{ $number } ({ $provider }, gültig bis { $until })
desk-copied-link-note = ; Hinweis: { $note }
desk-copied-reminder = die Erinnerung { $step } von #{ $number }{ $last ->
    [yes] {" "}(die letzte: als Zahlung aufgegeben markiert)
   *[no] {""}
}
desk-swept-expired = Zahlungslink unbezahlt abgelaufen: { $orders }
desk-swept-released = storniert und Bestand freigegeben: { $orders }
desk-swept-closed = Links geschlossen (anders bezahlt): { $orders }
desk-swept-kept-paid = es gibt eine Zahlung oder eine Meldung; von Hand entscheiden
desk-swept-kept = #{ $number } behält seinen Bestand: { $why }
desk-paste-no-order = nichts im Eingefügten liest sich wie eine Kundenbestellung (nur Nachrichten des Ladens oder des Systems?)
desk-paste-read = { $lines ->
    [one] 1 Zeile
   *[other] { $lines } Zeilen
} für { $customers ->
    [one] 1 Kunden
   *[other] { $customers } Kunden
} gelesen: prüfen, dann legt Enter an und bestätigt
desk-webhook-not-started = Webhook nicht gestartet: { $why }

## Was die Theke gerade tat, vor "… ging nicht".

doing-load-orders = Bestellungen laden
doing-load-inventory = Bestand laden
doing-load-customers = Kunden laden
doing-load-payments = Zahlungen laden
doing-open-order = Bestellung #{ $number } öffnen
doing-open-history = Kundenverlauf öffnen
doing-load-catalog = Katalog laden
doing-search-customers = Kunden suchen
doing-read-paste = Eingefügtes lesen
doing-create-order = Bestellung anlegen und bestätigen
doing-save-draft = Entwurf speichern
doing-change-order = Bestellung #{ $number } ändern
doing-confirm-order = Bestellung #{ $number } bestätigen
doing-advance = Bestellung #{ $number } auf „{ $stage }“ setzen
doing-cancel-order = Bestellung #{ $number } stornieren
doing-save-notes = Notizen zu #{ $number } speichern
doing-record-claim = Meldung für #{ $number } erfassen
doing-record-payment = Zahlung für #{ $number } erfassen
doing-verify = Meldung für #{ $number } prüfen
doing-reject = Meldung für #{ $number } ablehnen
doing-refund = #{ $number } erstatten
doing-receive = Eingang von { $sku } buchen
doing-adjust = { $sku } korrigieren
doing-merge = { $from } zusammenführen
doing-close-review = Prüfung von #{ $number } schließen
doing-copy-summary = Zusammenfassung von #{ $number } kopieren
doing-make-link = Zahlungslink für #{ $number } erstellen
doing-send-reminder = Erinnerung { $step } von #{ $number } senden
doing-copy = kopieren
doing-read-clipboard = Zwischenablage lesen
doing-export = Berichte für { $when } schreiben
doing-check-links = Zahlungslinks prüfen

## Sicherungen, in der Hilfe der Theke und in ihrer Warnung beim Öffnen.

backup-none-yet = Von diesem Buch gibt es noch keine Sicherung: `orderdesk backup` macht eine.
backup-last = Letzte Sicherung { $days ->
    [0] heute
    [one] gestern
   *[other] vor { $days } Tagen
} ({ $at } UTC); `orderdesk restore DATEI` spielt eine zurück.
backup-warn-none = von diesem Buch gibt es noch keine Sicherung: `orderdesk backup` ausführen
backup-warn-old = seit { $days } Tagen keine Sicherung: `orderdesk backup` ausführen (siehe `backup.keep` in der Konfiguration)

## Die Tasten: was jede tut, in der Fußzeile und in `?` (die Tasten selbst bleiben gleich).

context-global = Überall
context-orders = Bestellungen
context-inventory = Bestand
context-customers = Kunden
context-payments = Zahlungen
context-order = Eine Bestellung (in der Liste oder geöffnet)
context-detail = Bestellansicht
context-history = Eine Liste von Bestellungen (Verlauf eines Kunden, Bestellungen hinter einer Zahl)
context-review = Prüfung des Eingefügten / neue Bestellung
context-picker = Auswahl
context-input = Eingabe eines Werts
context-confirm = Bestätigung
context-popup = Text zum Kopieren
key-quit = beenden
key-help = Hilfe
key-next-pane = nächster Bereich
key-previous-pane = voriger Bereich
key-orders = Bestellungen
key-inventory = Bestand
key-customers = Kunden
key-payments = Zahlungen
key-down = runter
key-up = hoch
key-page-down = Seite runter
key-page-up = Seite hoch
key-first = erste
key-last = letzte
key-filter-the-list = Liste filtern
key-go-to-order-number = zu Bestellnummer
key-new-order-by-hand = neue Bestellung von Hand
key-paste-a-chat-from-the-clipboard = Chat aus der Zwischenablage einfügen
key-export-todays-csv-reports = CSV-Berichte des Tages exportieren (in Heute: der gezeigte Tag)
key-back-clear-filter = zurück / Filter löschen
key-open-the-order = Bestellung öffnen
key-show-hide-delivered-and-cancelled = Zugestellte und Stornierte zeigen/verbergen
key-copy-summary = Zusammenfassung kopieren
key-copy-payment-link = Zahlungslink kopieren
key-confirm-reserve-stock = bestätigen (Bestand reservieren)
key-advance-packing-ready-out-delivered = weiter: packen → bereit/unterwegs → zugestellt
key-record-a-payment = Zahlung erfassen
key-verify-a-claim = Meldung prüfen
key-reject-a-claim = Meldung ablehnen
key-refund = erstatten
key-cancel-the-order = Bestellung stornieren
key-notes = Notizen
key-edit-lines = Positionen ändern
key-receive-stock = Wareneingang
key-adjust-stock-with-a-reason = Bestand korrigieren (mit Grund)
key-history = Verlauf
key-merge-into-another-customer = mit anderem Kunden zusammenführen
key-verify-the-claim = Meldung prüfen
key-reject-the-claim = Meldung ablehnen
key-copy-the-reminder-records-it-as-sent = Erinnerung kopieren (gilt als gesendet)
key-copy-the-payment-link = Zahlungslink kopieren
key-close-a-review-with-a-note = Prüfung schließen, mit Notiz
key-back-to-the-list = zurück zur Liste
key-back = zurück
key-create-and-confirm = anlegen und bestätigen
key-save-as-draft = als Entwurf speichern
key-quantity = Menge
key-less = weniger
key-change-product = Produkt ändern
key-add-a-line = Position hinzufügen
key-remove-line = Position entfernen
key-customer = Kunde
key-address = Adresse
key-next-customers-draft = Entwurf des nächsten Kunden
key-line = Position
key-line-up = Position hoch
key-leave-write-nothing = verlassen, nichts speichern
key-choose = wählen
key-next = nächste
key-previous = vorige
key-cancel = abbrechen
key-ok = ok
key-yes = ja
key-no = nein
key-close = schließen
key-scroll = blättern
key-scroll-up = hochblättern

## Der Rahmen der Theke: Bereiche, Reiter, die Arbeitsanzeige, Fenster und Hilfe.

pane-orders = Bestellungen
pane-inventory = Bestand
pane-customers = Kunden
pane-payments = Zahlungen
tab-to-do = {" "}({ $count } offen)
working = in Arbeit: { $what }…{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
working-short = in Arbeit…
working-paste = Eingefügtes wird gelesen
working-link = Zahlungslink von #{ $number }
working-reminder = Erinnerung von #{ $number }
working-reports = Berichte werden geschrieben
working-links = Links werden geprüft
picker-type-to-search = zum Suchen tippen
picker-nothing-matches = nichts passt
confirm-title = Sicher?
confirm-keys-three = y / n · Esc bricht ab
confirm-keys-two = y ja · n oder Esc nein
help-title = Tasten
help-intro = WhatsApp-Nachrichten eines Kunden einfügen. Esc schließt; j/k blättern.
desk-notice-paid = #{ $number } bezahlt { $amount } ({ $via ->
    [webhook] Webhook
    [sync] Abgleich
   *[import] Bericht
})
desk-notice-review = Zahlung zu prüfen: { $message }
desk-notice-refused = Webhook abgelehnt ({ $status }): { $message }
desk-paste-empty = das Eingefügte war leer
desk-paste-reading = Eingefügtes wird gelesen…
desk-sold-out = ausverkauft
desk-units-left = noch { $count }
desk-done-toggled = zugestellte und stornierte Bestellungen { $shown ->
    [yes] sichtbar
   *[no] verborgen
}
desk-reading-clipboard = Zwischenablage wird gelesen…
desk-writing-reports = heutige Berichte werden geschrieben…
desk-filter-cleared = Filter gelöscht
prompt-jump = Zur Bestellung
prompt-jump-hint = die Bestellnummer, z. B. 1042
prompt-filter = { $pane } filtern
prompt-filter-orders = Kunde, Telefon, Bestellnummer, Artikel, Adresse oder Status ("wird gepackt")
prompt-filter-inventory = SKU, Name, Variante oder Alias
prompt-filter-customers = Name oder Telefon
prompt-address = Lieferadresse
prompt-address-hint = leer für Abholung im Laden
review-needs-customer = für wen ist es? u drücken, um den Kunden zu wählen oder anzulegen
review-needs-lines = noch keine Positionen: a drücken, um ein Produkt hinzuzufügen
review-short = nur noch { $available } von '{ $product }' ({ $asked } gewünscht): Position korrigieren (+/-, p, d) oder s drücken, um einen Entwurf zu behalten
review-pickup-note = Abholung
review-left = { $what ->
    [edit] Bearbeitung verlassen
   *[review] Prüfung verlassen
}; nichts wurde gespeichert
review-edit-needs-lines = eine Bestellung braucht mindestens eine Position (zum Stornieren D)

## Die Prüfung des Eingefügten und das Formular für eine neue Bestellung.

review-customer-of = {" "}· Kunde { $current } von { $count } (Tab: nächster)
review-title-paste = Prüfung des Eingefügten{ $of }
review-title-new = Neue Bestellung
review-title-edit = Bestellung #{ $number } ändern
review-nothing-left = Nichts mehr zu prüfen.
review-customer = Kunde:
review-known = bekannt · { $orders ->
    [one] 1 Bestellung
   *[other] { $orders } Bestellungen
}
review-owes = schuldet { $amount }
review-new-customer = neuer Kunde
review-customer-unknown = ? unbekannt — u zum Wählen oder Anlegen
review-no-lines = noch keine Positionen — a fügt ein Produkt hinzu
review-unsure = { $percent } % sicher
review-only-left = nur noch { $count }
review-total = Summe { $total }
review-pickup = Abholung im Laden
review-no-address-last = nicht genannt — letztes Mal { $last } (L übernimmt sie, A tippt eine andere)
review-no-address = nicht genannt (A fügt eine hinzu)
review-delivery = Lieferung:
review-says-paid = Laut Kunde bezahlt:
review-says-paid-amount = { $amount } — eine Meldung, zum späteren Prüfen erfasst
review-says-paid-no-amount = kein Betrag genannt — vor dem Erfassen prüfen
review-asked-only = Nur gefragt, nicht bestellt (a fügt es hinzu):
review-unmatched = Kein Produkt gefunden (bei Bedarf mit a hinzufügen):
review-note = Hinweis: { $note }
review-before-enter = Vor Enter: { $why }

## Das Journal der Bestellung, wie die Bestellansicht es zeigt.

journal-created = Bestellung angelegt
journal-edited = Bestellung geändert
journal-confirmed = bestätigt: Bestand reserviert
journal-confirmed-oversold = bestätigt (überverkauft)
journal-cancelled = storniert: Bestand freigegeben
journal-restocked = zurück in den Bestand
journal-refunded = erstattet
journal-merged = zusammengeführt
journal-payment-verified = Zahlung geprüft
journal-payment-rejected = Zahlung abgelehnt
journal-payment-claimed = Zahlung gemeldet
journal-payment-recorded = Zahlung erfasst
journal-payment-link-made = Zahlungslink erstellt
journal-payment-link-replaced = Zahlungslink ersetzt
journal-payment-link-expired = Zahlungslink abgelaufen
journal-payment-link-paid = Zahlungslink bezahlt
journal-payment-link-cancelled = Zahlungslink storniert
journal-payment-link-failed = Zahlungslink fehlgeschlagen
journal-payment-link-review-closed = Prüfung des Zahlungslinks geschlossen
journal-payment-review-closed = Zahlungsprüfung geschlossen
journal-payment-link-needs-review = Zahlungslink muss geprüft werden
journal-tagged-payment-abandoned = als Zahlung aufgegeben markiert
journal-cancelled-after-the-last-payment-reminder = nach der letzten Zahlungserinnerung storniert
journal-cancelled-payment-link-expired-unpaid = storniert: Zahlungslink unbezahlt abgelaufen
journal-payment-abandoned-cleared-paid = Zahlung-aufgegeben aufgehoben: bezahlt
journal-reminder-sent = Zahlungserinnerung { $step } von { $steps } gesendet
journal-report-row-review = Berichtszeile muss geprüft werden: { $why }

## Die Bestellansicht und der Verlauf eines Kunden.

detail-title = Bestellung #{ $number }{ $version } · { $label }
detail-who = { $name }{ $phone } · bestellt { $at } (vor { $age })
detail-deliver-to = Lieferung an: { $address }
detail-notes = Notiz (in der Zusammenfassung): { $notes }
detail-lines = Positionen
detail-total = Gesamt { $total }
detail-delivery = Versand { $amount }
detail-paid = bezahlt { $amount }
detail-claimed = gemeldet { $amount } (zu prüfen)
detail-balance = offen { $amount }
detail-payments = Zahlungen
detail-reference = Ref. { $reference }
detail-journal = Journal
detail-summary = Zusammenfassung (y kopiert sie)
history-title = { $name }{ $phone } · { $orders ->
    [one] 1 Bestellung
   *[other] { $orders } Bestellungen
} · gesamt { $lifetime } · schuldet { $owes }
history-no-address = noch keine Adresse
history-last-address = Letzte Adresse: { $address }
column-age = Alter
column-items = Artikel
column-total = Summe
column-status = Status

## Die vier Bereiche: Titel, Spalten, Markierungen und was ein leerer Bereich sagt.

pane-filter-note = {" "}· Filter „{ $filter }“
pane-orders-pressing-short = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue }
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today }
}
pane-orders-sorted = {" "}· dringendste zuerst
pane-orders-title = Bestellungen · { $count }{ $sorted }{ $pressing }{ $filter }{ $done ->
    [yes] {" "}· mit Zugestellten & Stornierten
   *[no] {""}
}
pane-orders-empty = Keine offenen Bestellungen. Hier die WhatsApp-Nachrichten eines Kunden einfügen oder n für eine neue Bestellung drücken.
pane-orders-no-match = Keine Bestellung passt zum Filter (Esc löscht ihn).
pane-inventory-title = Bestand · { $count } SKUs{ $filter }
pane-inventory-empty = Keine Produkte. Katalog importieren: orderdesk catalog import DATEI.csv
pane-low = knapp
pane-customers-title = Kunden · { $count }{ $filter }
pane-customers-empty = Noch keine Kunden: sie kommen mit ihrer ersten Bestellung dazu.
pane-payments-title = Zahlungen · { $claims ->
    [one] 1 Meldung
   *[other] { $claims } Meldungen
} · { $reminders ->
    [one] 1 Erinnerung
   *[other] { $reminders } Erinnerungen
} · { $reviews } zu prüfen
pane-payments-empty = Noch keine Zahlungen oder Links.
pane-remind = erinnern { $step }/{ $steps }
pane-last-reminder = letzte
pane-reminder-due = Erinnerung fällig
pane-y-copies-it = y kopiert
pane-review = prüfen
pane-link-sent = Link gesendet
pane-link-until = bis { $until }
column-customer = Kunde
column-balance = offen
column-sku = SKU
column-product = Produkt
column-variant = Variante
column-stock = Bestand
column-held = res.
column-free = frei
column-price = Preis
column-name = Name
column-phone = Telefon
column-orders = Best.
column-lifetime = gesamt
column-owes = schuldet
column-last = zuletzt
column-order = Best.
column-amount = Betrag
column-how = wie
column-state = Status
column-id-ref-note = ID/Ref.

## Die Fragen der Theke: Eingaben, Auswahlen und Bestätigungen.

flow-no-order = keine Bestellung ausgewählt
flow-getting-link = Zahlungslink von #{ $number } wird geholt…
flow-already = Bestellung #{ $number } ist schon { $state }
flow-nothing-to-refund = für #{ $number } ist nichts eingegangen, also gibt es nichts zu erstatten
flow-confirm-first = Bestellung #{ $number } ist { $state }: erst den Entwurf bestätigen (c)
flow-no-claim = Bestellung #{ $number } hat keine Zahlungsmeldung zum { $verify ->
    [yes] Prüfen
   *[no] Ablehnen
}
flow-only-claims = nur eine gemeldete Zahlung kann geprüft oder abgelehnt werden
flow-y-reminder = y kopiert eine fällige Erinnerung; eine auswählen (oder die Bestellung für ihre Zusammenfassung öffnen)
flow-close-review-select = C schließt einen Link in manueller Prüfung; einen auswählen
flow-not-editable = Bestellung #{ $number } kann nicht mehr geändert werden (die Ware hat den Laden verlassen oder sie ist abgeschlossen)
flow-not-order-number = '{ $value }' ist keine Bestellnummer
flow-type-amount = Betrag eingeben
flow-not-units = '{ $value }' ist keine Stückzahl (1 oder mehr)
flow-not-change = '{ $value }' ist keine Änderung wie +3 oder -2
flow-say-why = Grund angeben: er steht im Bestandsjournal
flow-say-what-found = sagen, was gefunden wurde: die Notiz steht im Journal
flow-nothing-matches = nichts passt; weiter tippen oder Esc drücken
prompt-payment = Zahlung für #{ $number }
prompt-payment-hint = erhaltener oder gemeldeter Betrag; offen sind { $balance }
prompt-refund = Erstattung für #{ $number }
prompt-refund-hint = wie viel zurückgeht (bezahlt: { $paid })
prompt-notes = Notiz für den Kunden zu #{ $number }
prompt-notes-hint = steht in der Zusammenfassung; ändert nichts Vereinbartes (keine neue Version)
prompt-close-review = Prüfung von #{ $number } schließen
prompt-close-review-hint = was gefunden wurde ({ $note }); kommt ins Journal
prompt-receive = Eingang { $product }
prompt-receive-hint = eingetroffene Stück ({ $on_hand } jetzt vorrätig)
prompt-adjust = { $product } korrigieren
prompt-adjust-hint = Stück mehr (+3) oder weniger (-2), als die Zählung sagt ({ $on_hand } vorrätig, { $free } frei)
prompt-receive-note = Eingang { $qty } × { $sku }
prompt-receive-note-hint = eine Notiz fürs Journal (Lieferant, Rechnung) — optional
prompt-adjust-reason = { $sku } um { $delta } korrigieren
prompt-adjust-reason-hint = Grund (steht im Journal): gezählt, beschädigt, gefunden…
prompt-pay-reference = { $amount } { $how ->
    [cash] bar
   *[other] per { $method }
} für #{ $number }
prompt-pay-reference-hint = Referenz (Pix-/Bank-/Karten-ID) — optional; dieselbe Referenz zahlt nie zweimal
picker-advance = #{ $number } weiter
picker-which-claim = Welche Meldung von #{ $number }?
picker-merge-into = { $name } zusammenführen mit…
picker-customer = Kunde: Name oder Telefon eingeben
picker-no-phone = kein Telefon
picker-new-customer = + neuer Kunde „{ $name }“
picker-how-paid = Wie wurden { $amount } bezahlt?
picker-change-product = Produkt ändern
picker-add-product = Produkt hinzufügen
stage-packing-means = wird gepackt
stage-ready-means = bereit zur Abholung oder für den Kurier
stage-out-means = hat den Laden verlassen (Bestand geht raus)
stage-delivered-means = beim Kunden
confirm-cancel-order = Bestellung #{ $number } stornieren? Ihr reservierter Bestand ist wieder verkäuflich.
confirm-verify = Ist die Zahlung { $what } eingegangen? Nach der Prüfung gilt sie als bezahlt.
confirm-reject = Meldung { $what } ablehnen? Sie zählt dann nicht mehr.
confirm-verify-of = Ist die Zahlung { $what } von #{ $number } eingegangen?
confirm-reject-of = Meldung { $what } von #{ $number } ablehnen?
claim-what = { $amount } { $how ->
    [cash] bar
    [card] per Karte
    [link] per Link
    [transfer] per Überweisung
    [pix] per Pix
   *[other] auf anderem Weg
}
confirm-received = Sind die { $amount } ({ $method }) schon in der Kasse oder auf dem Konto? y: ja, erhalten · n: nein, der Kunde sagt, er hat bezahlt (eine Meldung zum Prüfen)
confirm-restock = { $amount } für #{ $number } erstatten. Kam die Ware zurück in den Bestand? y: ja, zurücklegen · n: nein
confirm-merge = { $from } mit { $name } zusammenführen? Die Bestellungen gehen an { $name }; nichts wird gelöscht.

## Words from outside the catalogs (SQLite, the system, a provider), shown as they are.

plain = { $text }
list-semicolon = { $first }; { $rest }

## Fehler: was nicht ging und warum, in Worten, mit denen ein Laden etwas anfangen kann.

error-while = { $doing } ging nicht: { $why }
error-item-quantity = '{ $item }': die Menge nach ':' muss eine ganze Zahl sein, z. B. JKT-BLU-M:2
error-item-no-sku = '{ $item }' hat keine SKU (erwartet SKU:MENGE, z. B. JKT-BLU-M:2)
error-unknown-currency = '{ $code }' ist kein ISO-4217-Code einer Währung (wie { $known })
error-not-an-amount = '{ $text }' ist kein Betrag (erwartet etwa 180, 49,90 oder 1.234,56)
error-too-many-decimals = '{ $text }' hat mehr Nachkommastellen, als { $currency } erlaubt ({ $exponent })
error-currency-mismatch = '{ $text }' ist in { $found }, hier aber gilt { $expected }
error-ambiguous-amount = '{ $text }' ist mehrdeutig: { $grouped } oder { $decimal }? ohne Trennzeichen oder mit { $exponent } Nachkommastellen schreiben
error-amount-overflow = der Betrag '{ $text }' ist zu groß
error-amount-too-large = { $text } ist mehr, als orderdesk für einen Betrag in { $currency } annimmt ({ $ceiling }); Betrag prüfen (ein Tippfehler?) oder aufteilen
error-mixed-currencies = { $a } und { $b } lassen sich nicht zusammenrechnen
error-order-not-allowed = Bestellung #{ $number } ist { $state }: { $why }
error-order-empty = Bestellung #{ $number } hat keine Positionen: mindestens einen Artikel hinzufügen
error-bad-quantity = die Menge für { $sku } muss zwischen 1 und { $max } liegen (erhalten: { $qty })
error-negative = { $what ->
    [discount] der Rabatt
   *[delivery] die Versandgebühr
} darf nicht negativ sein
error-discount-too-large = der Rabatt ({ $discount }) ist größer als die Bestellung ({ $before })
error-not-positive = der Betrag muss größer als null sein (erhalten: { $amount })
error-payment-currency = die Zahlung ist in { $found }, die Bestellung aber in { $expected }
error-not-claimed = Zahlung { $id } ist schon { $state }; nur eine gemeldete Zahlung kann geprüft oder abgelehnt werden
error-refund-too-large = { $asked } ist mehr als die { $refundable }, die eingegangen und noch nicht erstattet sind
error-claimed-refund = eine Erstattung zahlt der Laden aus; sie kann keine Meldung sein
error-not-a-phone = '{ $text }' ist keine Telefonnummer (erwartet Ziffern, z. B. +49 151 2345 6789)
error-phone-length = '{ $text }' ist zu kurz oder zu lang für eine Telefonnummer
error-phone-calling-code = '{ $text }' beginnt mit keiner Ländervorwahl (so schreiben: +49 151 2345 6789 oder +43 664 1234567)
error-unknown-country = unbekanntes Land '{ $code }' (einen Zweibuchstabencode wie DE, AT, CH, US verwenden)
error-unknown-name = '{ $given }' gilt hier nicht (erwartet eines von: { $expected })
error-link-not-allowed = ein Zahlungslink im Zustand „{ $state }“ kann nicht { $why }
error-template-unknown = unbekannter Platzhalter {"{"}{ $name }{"}"} (bekannt: { $known })
error-template-unclosed = '{"{"}' bei Zeichen { $at } nicht geschlossen; für eine echte Klammer '{"{{"}' schreiben
error-template-stray = einzelnes '{"}"}' bei Zeichen { $at }; für eine echte Klammer '{"}}"}' schreiben
error-paste-too-large = das Eingefügte hat { $size } MB, und orderdesk liest höchstens { $most } MB auf einmal (etwa { $messages } Nachrichten): einen kürzeren Abschnitt des Chats exportieren oder die Datei an Zeilenenden teilen (`split -C { $split }M export.txt teil-`) und die Teile nacheinander importieren (dieselben Nachrichten zweimal importieren legt nichts doppelt an)
order-why-confirm-first = vor dem Packen oder Zustellen bestätigen
order-why-already-confirmed = sie ist schon bestätigt
order-why-left-refund = die Ware hat den Laden verlassen; stattdessen eine Erstattung erfassen
order-why-left-restock = die Ware hat den Laden verlassen; stattdessen eine Erstattung mit --restock erfassen
order-why-forward-only = der Versand geht nur vorwärts
order-why-cancelled = eine stornierte Bestellung ändert sich nicht mehr; eine neue anlegen
order-why-completed = sie ist zugestellt und abgeschlossen; bei Bedarf eine Erstattung erfassen
link-why-paid-failed = bezahlt werden: der Anbieter meldete einen Fehlschlag
link-why-paid-replaced = bezahlt werden: er wurde ersetzt, der Betrag braucht also einen Menschen
link-why-paid-twice = zweimal bezahlt werden
link-why-expired = ablaufen: er ist nicht aktiv
link-why-failed = fehlschlagen: er ist nicht aktiv
link-why-cancelled = storniert werden: er ist nicht aktiv
link-why-review-paid = in die Prüfung: er ist schon bezahlt
link-why-not-in-review = geschlossen werden: er ist nicht in Prüfung
doing-import-line = Zeile { $line } importieren
doing-import-stock = Bestand von { $sku } auf { $target } setzen (Zeile { $line }, Spalte stock)
doing-stock-move = { $qty } von { $sku } { $kind ->
    [receive] einbuchen
    [adjust] korrigieren
   *[other] bewegen
}
error-import-sku-case = Zeile { $line }, Spalte sku: '{ $sku }' heißt im Katalog '{ $catalog }' (eine SKU ist ein Produkt, egal wie geschrieben); genauso schreiben; nichts wurde importiert
error-receive-range = { $qty } von { $sku } lassen sich nicht einbuchen: die Menge muss zwischen 1 und { $max } liegen
error-adjust-zero = { $sku } um 0 zu korrigieren ändert nichts
error-adjust-range = { $sku } lässt sich nicht um { $delta } korrigieren: höchstens { $max } Stück auf einmal
error-adjust-reason = sagen, warum sich der Bestand von { $sku } ändert (der Grund steht im Journal)
error-reserved-beyond = nur { $available } verfügbar, wenn die Reservierungen offener Bestellungen zählen
error-unknown-sku = kein Produkt mit SKU '{ $sku }' (siehe `orderdesk catalog list`)
error-import-cell = Zeile { $line }, Spalte { $column }: { $why }; nichts wurde importiert
error-import-header = die CSV-Kopfzeile lässt sich nicht lesen: { $why }
error-import-unknown-column = unbekannte Spalte (bekannt: { $known })
error-import-missing-column = der Kopfzeile fehlt die Spalte '{ $column }' (erwartet: sku,name,variant,price,currency,stock); nichts wurde importiert
error-import-cells = { $expected } Zellen wie in der Kopfzeile erwartet, { $found } gefunden
error-import-not-utf8 = kein UTF-8-Text; die Datei als UTF-8-CSV speichern
error-import-line = Zeile { $line }: { $why }; nichts wurde importiert
error-import-sku-control = '{ $sku }' enthält ein Steuerzeichen (eine SKU besteht aus Buchstaben, Ziffern und tippbaren Zeichen)
error-import-not-sku = '{ $sku }' ist keine SKU (1–64 Zeichen, keine Leerzeichen)
error-import-sku-twice = { $sku } steht schon in Zeile { $first }
error-import-no-name = der Name ist leer
error-import-currency = { $currency } ist nicht die Währung des Ladens, { $shop } (shop.currency in der Konfiguration)
error-import-negative-price = ein Preis kann nicht negativ sein
error-import-not-units = '{ $text }' ist keine ganze Stückzahl
error-import-no-products = die CSV hat eine Kopfzeile, aber keine Produkte; nichts wurde importiert
error-nothing-created = nichts wurde angelegt: { $why }
error-paste-no-customer = keine Kundennachrichten im Eingefügten (nur vom Laden selbst oder vom System); nichts wurde angelegt
chat-created = Entwurf #{ $number } für { $customer } angelegt ({ $items ->
    [one] 1 Position
   *[other] { $items } Positionen
})
chat-already-imported = die Bestellung von { $customer } gibt es schon als #{ $number }
chat-skipped = { $customer } übersprungen: { $why }
chat-skipped-no-customer = das Eingefügte nennt keinen Kunden (mit den Kopfzeilen der Nachrichten kopieren oder `order new` verwenden)
chat-skipped-no-products = kein Produkt aus dem Katalog wurde bestellt
chat-note-says-paid = Kunde sagt, er hat bezahlt (ohne Betrag)
chat-note-says-paid-amount = Kunde sagt, er hat { $amount } bezahlt
error-customer-no-name = ein Kunde braucht einen Namen (wie der Laden ihn kennt)
error-same-customer = '{ $from }' und '{ $into }' sind derselbe Kunde
error-no-customer-phone = kein Kunde mit der Telefonnummer { $phone }
error-no-customer-name = kein Kunde namens '{ $name }'
error-customers-same-name = { $count } Kunden heißen '{ $name }': bitte die Telefonnummer verwenden
error-unknown-customer = kein Kunde namens '{ $name }'{ $guesses ->
    [0] {""}
   *[other] {" "}(gemeint: { $close }?)
}; einen Namen oder eine Telefonnummer aus `orderdesk customer list` verwenden oder --new-customer angeben, um '{ $name }' anzulegen
error-order-for-whom = sagen, für wen die Bestellung ist: Telefonnummer oder Name
error-demo-size = eine Demo braucht mindestens eine Bestellung und einen Kunden
error-demo-not-empty = { $path } hat schon Bestellungen; die Demo füllt nur eine leere Datenbank (ein anderes --db verwenden)
error-customer-gone = dieser Kunde ist nicht mehr im Buch
error-no-review = Bestellung #{ $number } hat keine Zahlung in Prüfung
error-link-cancelled = Bestellung #{ $number } ist storniert; sie nimmt keine Zahlungen an
error-link-nothing-due = bei Bestellung #{ $number } ist nichts mehr offen; sie braucht keinen Zahlungslink
error-no-link-configured = kein Zahlungslink eingerichtet: payment_link.provider (fixed, template oder stripe) und seine URL in der Konfiguration setzen oder --provider angeben
error-stripe-key = Stripe-Links brauchen den geheimen Schlüssel in STRIPE_API_KEY (er wird nie aus der Konfiguration gelesen); setzen und erneut versuchen
doing-read-amount = { $what ->
    [discount] den Rabatt
   *[delivery] die Versandgebühr
} lesen
doing-order-step = { $verb ->
    [confirm] Bestellung #{ $number } bestätigen
    [cancel] Bestellung #{ $number } stornieren
    [advance] Bestellung #{ $number } weiterschalten
    [note] die Notizen von Bestellung #{ $number } ändern
    [step-back] Bestellung #{ $number } einen Schritt zurücksetzen
    [reinstate] Bestellung #{ $number } wiederherstellen
   *[edit] Bestellung #{ $number } ändern
}
error-edit-nothing = an Bestellung #{ $number } gibt es nichts zu ändern (--item, --remove, --delivery, … verwenden)
error-no-such-line = Bestellung #{ $number } hat keine Position mit SKU { $sku }
error-edit-same = Bestellung #{ $number } sieht schon so aus; nichts geändert
error-not-a-status = '{ $status }' ist kein Status; open, einen Bestellstatus ({ $lifecycles }), einen Versandstatus ({ $fulfilments }) oder einen Zahlungsstatus ({ $payments }) verwenden
error-order-no-items = eine Bestellung braucht mindestens einen Artikel (--item SKU:MENGE)
error-chat-imported = dieser Chat wurde schon als Bestellung #{ $number } importiert; nichts wurde angelegt
error-empty-name = der Name des Kunden ist leer: einen Namen angeben oder --name weglassen
error-no-order = es gibt keine Bestellung #{ $number } (siehe `orderdesk order list`)
error-negative-quantity = { $sku }: eine Menge kann nicht negativ sein ({ $qty })
error-only-left = nur noch { $available } von '{ $product }' ({ $asked } gewünscht)
doing-read-the-amount = den Betrag lesen
doing-refund-order = Bestellung #{ $number } erstatten
error-amount-currency = der Betrag ist in { $found }, die Bestellung aber in { $expected }
error-pay-cancelled = Bestellung #{ $number } ist storniert: sie nimmt Erstattungen an, keine Zahlungen
error-restock-not-shipped = Bestellung #{ $number } kann nicht zurückgelegt werden: ihre Ware hat den Laden nicht verlassen; die Bestellung stornieren, um den Bestand freizugeben, und ohne --restock erstatten
error-restocked-already = Bestellung #{ $number } wurde schon zurückgelegt; ohne --restock erstatten
error-not-a-payment-id = '{ $given }' ist keine Zahlungs-ID (die ID aus `orderdesk order show { $number }` verwenden)
error-no-such-payment = Bestellung #{ $number } hat keine Zahlung { $given }
error-payment-id-ambiguous = '{ $given }' passt zu mehreren Zahlungen von Bestellung #{ $number }; mehr von der ID angeben
error-no-link-to-remind = Bestellung #{ $number } hat keinen offenen Zahlungslink, an den man erinnern könnte
error-reminder-not-due = für Bestellung #{ $number } ist noch keine Erinnerung fällig; Schritt { $step } fällt auf { $at }
error-no-reminder-left = für Bestellung #{ $number } bleibt keine Erinnerung mehr
error-reminder-not-the-one = Erinnerung { $asked } von Bestellung #{ $number } ist nicht die fällige; fällig ist Schritt { $due }
error-reminder-template = reminders.template in der Konfiguration: { $why }
error-summary-template = templates.summary in der Konfiguration: { $why }
error-cannot-record = { $amount } lässt sich für Bestellung #{ $number } nicht erfassen
error-day-no-start = { $day } hat in dieser Zeitzone keinen gültigen Beginn
error-day-out-of-range = { $day } liegt außerhalb des Bereichs
error-clipboard-not-book = die Zwischenablage gehört zum Bildschirm, nicht zum Buch
error-export-io = { $path } lässt sich nicht schreiben: { $why }; nichts wurde geschrieben
error-export-full = { $path } lässt sich nicht schreiben: die Platte ist voll; Platz schaffen (oder mit --out woanders hinschreiben) und erneut versuchen; nichts wurde geschrieben
error-store-open = die Datenbank unter { $path } lässt sich nicht öffnen: { $reason }
error-store-not-a-database = { $path } ist keine orderdesk-Datenbank oder beschädigt ({ $detail }); --db auf eine andere Datei zeigen lassen oder eine Sicherung zurückspielen
error-store-foreign = { $path } ist eine SQLite-Datenbank eines anderen Programms (mit Tabellen, aber ohne orderdesk-Schema); sie blieb unberührt: --db auf eine andere Datei zeigen lassen
error-store-too-new = die Datenbank stammt von einem neueren orderdesk (Schema { $found }, dieses kennt bis { $known }); orderdesk aktualisieren
error-store-busy = die Datenbank ist belegt: eine andere Theke oder ein Befehl hielt sie über 5 Sekunden gesperrt; erneut versuchen
error-store-read-only = die Datenbankdatei ist schreibgeschützt; ihre Rechte prüfen
error-store-read-only-folder = der Ordner { $dir } ist schreibgeschützt: das Buch muss daneben sein Journal schreiben (-wal- und -shm-Dateien); den Ordner beschreibbar machen oder das Buch verschieben
error-store-full = die Platte mit der Datenbank ist voll: nichts wurde geändert; Platz schaffen und erneut versuchen
error-store-in-use = { $path } ist in einer Theke oder einem Befehl (oder im Webhook) geöffnet; alle schließen und erneut versuchen
error-store-restoring = das Buch wird gerade aus einer Sicherung zurückgespielt; gleich noch einmal versuchen
error-store-connect = keine Verbindung zum PostgreSQL-Buch unter { $target }: { $reason }
error-store-backup-on-server = ein PostgreSQL-Buch wird mit den Werkzeugen von PostgreSQL gesichert und zurückgespielt: pg_dump -Fc (die URL) > buch.dump, und pg_restore zum Zurückholen
error-store-stale = { $what } wurde inzwischen von jemand anderem geändert; neu laden und erneut versuchen
error-store-reference-other-case = eine Zahlung mit dieser Referenz (anders groß- und kleingeschrieben) ist schon erfasst; dieselbe Zahlung zählt nicht zweimal
error-store-reference-recorded = eine { $kind } per { $method } mit der Referenz '{ $reference }' ist schon erfasst; dieselbe Zahlung zählt nicht zweimal
error-store-reference-reused = ihre Referenz hat inzwischen eine andere Zahlung bezahlt; die Meldung bleibt abgelehnt
error-store-reference-taken = eine andere Zahlung hat schon die Referenz '{ $reference }'
error-store-event-received = das Ereignis { $event } ist schon eingegangen
error-store-row-imported = diese Berichtszeile wurde schon importiert
error-store-reminder-recorded = Erinnerung { $step } ist schon als gesendet erfasst
error-store-live-link = diese Bestellung hat schon einen gültigen Zahlungslink (inzwischen an einer anderen Theke erstellt); neu laden und den verwenden
error-store-phone-taken = ein Kunde mit der Telefonnummer { $phone } existiert schon
what-the-payment = die Zahlung
what-the-payment-link = der Zahlungslink
what-order = Bestellung #{ $number }
what-link-of-order = der Zahlungslink von Bestellung #{ $number }
error-store-not-enough-stock = nicht genug Bestand von { $sku }: { $available } verfügbar, { $asked } gewünscht
error-store-not-on-hand = { $asked } von { $sku } lassen sich nicht versenden: nur { $on_hand } vorrätig (die Bestellung wurde über den Bestand hinaus bestätigt); erst Ware einbuchen
error-store-beyond-ceiling = das Buch hat einen Betrag über der Obergrenze jeder Währung abgelehnt; den Betrag prüfen
error-store-overflow = eine Summe im Buch ist zu groß zum Zählen: ein älteres orderdesk hat einen Betrag über der Obergrenze gespeichert; eine frühere Sicherung zurückspielen
error-store-incomplete = das Buch ist beschädigt: es enthält { $counted } { $what ->
    [orders] Bestellungen
   *[other] { $what }
}, aber nur { $read } ließen sich lesen, daher wird die Liste nicht gezeigt; eine Sicherung zurückspielen (`orderdesk restore`)
error-provider-unreachable = { $what } ist nicht erreichbar: { $why }; die Verbindung prüfen und erneut versuchen
error-provider-refused = { $what } hat die Anfrage abgelehnt (HTTP { $status }): { $message }
error-provider-bad-answer = { $what } hat etwas Unerwartetes geantwortet: { $why }
desk-webhook-listening = nimmt Stripe-Webhooks auf { $address } an
clipboard-over-ssh = über SSH ist die entfernte Zwischenablage nicht die dieses Bildschirms
clipboard-no-answer = die Anzeige hat nicht binnen einer halben Sekunde geantwortet
clipboard-system = keine Zwischenablage des Systems ({ $detail })
clipboard-empty = die Zwischenablage ist leer
clipboard-refused = hier gibt es keine Zwischenablage
error-backup-io = die Sicherung { $path } lässt sich nicht schreiben: { $why }; nichts wurde geschrieben
error-backup-full = die Sicherung { $path } lässt sich nicht schreiben: die Platte ist voll; Platz schaffen oder mit --to woanders sichern; nichts wurde geschrieben
error-backup-exists = { $path } gibt es schon; einen anderen Namen oder einen Ordner wählen
error-backup-same-file = { $path } ist das Buch selbst; aus einer Kopie davon zurückspielen
error-config-read = die Konfigurationsdatei { $path } lässt sich nicht lesen: { $why }
error-config-invalid = die Konfigurationsdatei { $path } ist ungültig: { $why }
desk-undone = rückgängig gemacht: { $what } (das Journal behält beides)
desk-copied-reminders = { $count ->
    [one] 1 Erinnerung
   *[other] { $count } Erinnerungen
} ({ $numbers }), jede mit ihrer Bestellung darüber
doing-remember-shop-author = merken, wer der Laden ist
doing-check-reference = die Referenz '{ $reference }' prüfen
doing-undo = { $what } rückgängig machen
doing-batch = { $count ->
    [one] 1 markierte Zeile
   *[other] { $count } markierte Zeilen
} bearbeiten
doing-send-reminders = { $count ->
    [one] 1 Erinnerung
   *[other] { $count } Erinnerungen
} senden
undo-verify = die Prüfung der Meldung für #{ $number }
undo-reject = die Ablehnung der Meldung für #{ $number }
undo-advance = den letzten Schritt von #{ $number }
undo-cancel = die Stornierung von #{ $number }
undo-merge = die Zusammenführung zweier Kunden
key-half-a-page-down = halbe Seite runter
key-half-a-page-up = halbe Seite hoch
key-go-to-an-order-pane-or-customer-or-do-an = zu Bestellung, Bereich oder Kunde, oder alles beim Namen aufrufen
key-undo-the-last-verify-reject-advance-canc = letzte Prüfung, Ablehnung, Weiterschaltung, Stornierung oder Zusammenführung rückgängig
key-mark-the-row-a-then-moves-all-marked-to = Zeile markieren (a setzt dann alle markierten auf packen)
key-advance-packing-delivered = weiter: packen → zugestellt
key-note-for-the-customer-in-the-summary = Notiz für den Kunden (in der Zusammenfassung)
key-staff-note-never-in-the-summary = interne Notiz (nie in der Zusammenfassung)
key-mark-a-claim-or-reminder-v-x-or-y-then-a = Meldung oder Erinnerung markieren (v, x oder y wirken dann auf alle markierten)
key-type-the-quantity = Menge eingeben
key-deliver-to-the-customers-last-address = an die letzte Adresse des Kunden liefern
key-delivery-fee = Versandgebühr
key-discount = Rabatt
key-a-new-order-instead-of-updating-the-earl = eine neue Bestellung statt die frühere zu ändern
key-next-j-in-a-short-list = nächste (j in einer kurzen Liste)
key-previous-k-in-a-short-list = vorige (k in einer kurzen Liste)
key-complete-with-the-chosen-one = mit der Auswahl vervollständigen
context-this-screen = Dieser Bildschirm
prompt-filter-payments = Kunde, Bestellnummer, Zahlungsart, Referenz oder Status ("gemeldet")
review-left-some = { $what ->
    [edit] Bearbeitung verlassen
   *[review] Prüfung verlassen
}: { $numbers } { $written ->
    [one] wurde
   *[other] wurden
} angelegt; { $left ->
    [one] der andere Entwurf wurde nicht gespeichert
   *[other] die anderen { $left } Entwürfe wurden nicht gespeichert
}
confirm-leave-review = { $what ->
    [edit] Bearbeitung verlassen? Die Änderungen werden nicht gespeichert.
   *[review] Prüfung verlassen? Die Änderungen an diesem Entwurf gehen verloren.
} y: verlassen · n: bleiben
pane-marked-note = {" "}· { $count } markiert
pane-payments-no-match = Keine Zahlung passt zum Filter (Esc löscht ihn).
detail-staff-note = Interne Notiz: { $note }
detail-refunded = erstattet { $amount }
detail-nothing-due = nichts offen
detail-shop-owes = der Laden schuldet { $amount } zurück
prompt-staff-note = Interne Notiz zu #{ $number }
prompt-staff-note-hint = nur für den Laden: nie in der Zusammenfassung
confirm-overpay = { $amount } ist { $over } mehr als die { $due }, die bei #{ $number } offen sind. { $amount } erfassen? y: ja, stimmt · n: Betrag neu eingeben
error-never-advanced = Bestellung #{ $number } wurde nie weitergeschaltet
error-never-cancelled = Bestellung #{ $number } wurde nie storniert
error-no-payment-of = Bestellung #{ $number } hat keine solche Zahlung
error-nothing-to-undo = Zahlung { $id } von #{ $number } ist { $state }: nichts rückgängig zu machen
error-merge-not-last = diese Zusammenführung ist nicht die letzte in diesen Kunden
error-merge-unreadable = der Journaleintrag der Zusammenführung ist unlesbar
error-no-link-made = es wurde kein Zahlungslink erstellt
desk-nothing-to-undo = in dieser Sitzung gibt es nichts rückgängig zu machen
palette-title = Öffnen oder tun: Bestellnr., Bereich, Kunde oder Aktion (Tab ergänzt)
palette-order = Bestellung #{ $number }
palette-order-detail = öffnen (und in der Liste auswählen)
palette-pane = Bereich { $pane }
palette-key = Taste { $key }
palette-customer = Kunde { $name }
palette-not-here = diese Aktion gehört nicht auf diesen Bildschirm

## Die Theke: zu einer Bestellung springen, wer im Eingefügten der Laden ist, markierte
## Zeilen, Rückgängig, die Kosten in der Prüfung und ein früheres Einfügen desselben Chats.

desk-jumped-to-closed = #{ $number } ist keine offene Bestellung: zugestellte und stornierte werden mit angezeigt (t blendet sie aus)
desk-author-is-shop = „{ $author }“ ist ab jetzt der Laden; das Eingefügte wird neu gelesen
desk-author-is-customer = „{ $author }“ ist ein Kunde; es wird nicht mehr gefragt
confirm-shop-author = „{ $author }“ nennt Preise wie ein Laden. Ist „{ $author }“ Ihr Laden? y: ja, die Nachrichten als die des Ladens lesen · n: nein, ein Kunde
reminders-head = — #{ $number } (Erinnerung { $step })
desk-batch-done = erledigt bei { $done } von { $total }: { $numbers }
confirm-undo = { $what } rückgängig machen? Das Journal behält die Aktion und ihre Rücknahme.
flow-only-claims-marked = markiert werden nur Zahlungsmeldungen und Erinnerungen (Leertaste)
flow-link-needs-confirm = #{ $number } ist ein Entwurf: erst bestätigen (c), damit die Ware reserviert ist, bevor der Kunde zahlt
confirm-pack-marked = { $count ->
    [one] 1 markierte Bestellung
   *[other] { $count } markierte Bestellungen
} auf packen setzen ({ $numbers })? Was nicht geht, wird genannt.
confirm-verify-marked = Ist das Geld { $count ->
    [one] der markierten Meldung
   *[other] der { $count } markierten Meldungen
} eingegangen ({ $numbers })? Nach der Prüfung gilt es als bezahlt.
confirm-reject-marked = { $count ->
    [one] 1 markierte Meldung
   *[other] { $count } markierte Meldungen
} ablehnen ({ $numbers })? Sie zählen dann nicht mehr.
flow-refund-too-much = erhalten und noch nicht erstattet sind nur { $paid }: { $paid } oder weniger eingeben
flow-adjust-held = von { $sku } sind nur { $free } frei (der Rest ist für offene Bestellungen reserviert): höchstens { $free } weniger
flow-not-quantity = '{ $value }' ist keine Menge (1 bis { $most }); d entfernt die Zeile
flow-below-zero = { $amount } ist kleiner als null; 0 für keine eingeben
flow-reference-used = die Referenz '{ $reference }' hat schon { $same ->
    [yes] diese Bestellung
   *[no] Bestellung #{ $holder }
} per { $method } bezahlt: die richtige eingeben oder leer lassen
prompt-quantity = Menge
prompt-quantity-hint = der gewählten Zeile; Enter übernimmt sie
prompt-delivery-fee = Versandgebühr
prompt-delivery-fee-hint = kommt zur Summe dazu; leer oder 0 für keine
prompt-discount = Rabatt
prompt-discount-hint = geht von der Summe ab; leer oder 0 für keinen
review-last-address-used = Lieferung an { $address }, wie beim letzten Mal
review-no-last-address = für diesen Kunden ist keine Adresse gespeichert: A tippt eine
review-new-instead = Enter legt eine neue Bestellung an; #{ $number } bleibt, wie sie ist
review-updates-instead = Enter ändert #{ $number }
review-continues = Setzt #{ $number } fort (ein früheres Einfügen dieses Chats): Enter ändert #{ $number } mit diesen Zeilen (o: stattdessen eine neue Bestellung)
review-continues-new = Setzt #{ $number } fort, aber Enter legt eine neue Bestellung an (o: stattdessen #{ $number } ändern)
review-already-imported = Schon als #{ $number } übernommen, seitdem nichts Neues: Enter schreibt diese Zeilen in #{ $number }; Esc verlässt
review-delivery-fee = Versand { $amount }  (f ändert)
review-discount = Rabatt -{ $amount }  (% ändert)
picker-they-said = geschrieben: „{ $said }“
key-name-space = Leertaste
order-why-not-further = so weit ist sie noch nicht
order-why-not-cancelled = nur eine stornierte Bestellung wird wiederhergestellt, wie sie war
link-description = Bestellung #{ $number } · { $shop }
link-session-not-expired = die ersetzte Stripe-Sitzung { $session } ließ sich nicht beenden ({ $why }); eine Zahlung darauf geht in die Prüfung

## Die Hinweise des Chat-Lesers zu einem Entwurf.

draft-no-customer = das Eingefügte nennt keinen Kunden; vor dem Bestätigen einen wählen
draft-no-products = in den Nachrichten dieses Kunden wurde kein Produkt erkannt
draft-total-differs = im Chat steht { $chat }; diese Zeilen ergeben { $lines }
draft-foreign-claim = Nachricht { $source } meldet eine Zahlung in { $claimed }, der Laden rechnet aber in { $shop }
draft-removes-nothing = Nachricht { $source } entfernt etwas, das nicht in der Bestellung war
draft-claim-above-order = Nachricht { $source } meldet { $claimed } bezahlt, mehr als diese Bestellung ({ $order })
draft-gave-up = der Kunde hat in Nachricht { $source } von der Bestellung abgesehen
draft-empty-catalog = der Katalog ist leer: zuerst importieren (orderdesk catalog import DATEI.csv)
draft-ambiguous = welche(r) { $product }? '{ $said }' passt zu { $fits }

## Das Journal der Bestellung: Notizen und Rücknahmen, und die Schritte, wie die Bestellansicht sie nennt.

journal-notes-changed = Notizen geändert
journal-advance-undone = Weiterschaltung zurückgenommen
journal-cancellation-undone = Stornierung zurückgenommen
journal-payment-verification-undone = Zahlungsprüfung zurückgenommen
journal-payment-rejection-undone = Zahlungsablehnung zurückgenommen
journal-merge-undone = Zusammenführung zurückgenommen
journal-packing = zum Packen gegeben
journal-ready = bereit zur Abholung oder für den Kurier
journal-out-for-delivery = in Zustellung
journal-delivered = an den Kunden zugestellt

## `orderdesk setup`: die Fragen beim ersten Start.

setup-welcome = Willkommen bei orderdesk. Vier Fragen richten Ihren Laden ein (Enter übernimmt den [Vorschlag]).
setup-ask-name = Der Name Ihres Ladens, genau wie er in WhatsApp erscheint
setup-name-empty = den Namen eingeben, den Ihre Kunden bei Ihren Nachrichten sehen
setup-ask-country = Land der Telefonnummern Ihrer Kunden (zwei Buchstaben: DE, AT, BR, US, …)
setup-unknown-country = '{ $country }' ist kein Land, das orderdesk kennt; z. B. DE, AT, BR, US
setup-ask-currency = Währung, ihr ISO-4217-Code ({ $codes } …)
setup-ask-language = Sprache der Theke und der Zusammenfassungen, die Sie senden (en, pt, es, de)
setup-unknown-language = '{ $language }' ist keine Sprache von orderdesk; en, pt, es oder de eingeben
setup-file-comment =
    Geschrieben von `orderdesk setup`. Alle anderen Einstellungen behalten ihren Standard:
    `orderdesk config --print-default` zeigt sie alle.
setup-wrote = Geschrieben: { $path }
setup-next = Als Nächstes Ihre Produkte: orderdesk catalog import produkte.csv (Spalten sku,name,variant,price,currency,stock)
setup-exists = { $path } gibt es schon: bearbeiten oder wegschieben, um die Fragen neu zu beantworten
setup-no-answer = Einrichtung abgebrochen: keine Antwort (nichts wurde geschrieben)
setup-gave-up = Einrichtung nach drei unbrauchbaren Antworten abgebrochen; nichts wurde geschrieben
setup-cannot-read = die Antwort ließ sich nicht lesen: { $why }
setup-bad-config = die Einrichtung hat eine ungültige Konfiguration erzeugt: { $why }
setup-cannot-create = { $path } ließ sich nicht anlegen: { $why }
setup-cannot-write = { $path } ließ sich nicht schreiben: { $why }

## Fristen, die Heute-Ansicht, gelernte Aliasse und `report day`

working-day = Tag wird gelesen
desk-alias-learned = gelernt: „{ $phrase }“ ist { $sku } in jedem späteren Einfügen
desk-deadline-set = #{ $number } ist fällig { $deadline }: die Liste stellt sie an dem Tag nach vorn
desk-deadline-cleared = #{ $number } hat jetzt keine Frist
desk-reports-title = Berichte für { $when }
desk-reports-note = In einer Tabellenkalkulation öffnen; nur Sie können sie lesen.
doing-count-orders = die Bestellungen zählen, die zum Filter passen
doing-learn-alias = lernen, was „{ $phrase }“ bedeutet
doing-set-deadline = die Frist von #{ $number } setzen
doing-load-day = { $when } lesen
doing-list-figure = die Bestellungen hinter der Zahl auflisten
pane-today = Heute
context-today = Heute (der Tag auf einen Blick)
key-deadline-due = wann sie fällig ist (Frist)
key-deadline = Frist
key-today-pane = heute: der Tag auf einen Blick
key-its-orders = Bestellungen zeigen
key-earlier = davor
key-later = danach
key-back-to-today = heute
key-span = Tag/Woche/Monat
key-export-csv = CSV exportieren
prompt-deadline = Frist
prompt-deadline-of = Frist von #{ $number }
prompt-deadline-hint = wann der Kunde es braucht: heute, morgen 18:00, Sa, 5.12. … (leer: keine)
error-deadline-unreadable = '{ $text }' ist als Frist nicht lesbar: ein Datum (2026-12-05 oder 5.12.), heute, morgen oder einen Wochentag (Sa, Freitag) schreiben, wahlweise mit Uhrzeit (18:00, 18 Uhr)
error-deadline-twice = '{ $text }' nennt zwei { $what ->
    [times] Uhrzeiten
   *[days] Tage
}: bitte nur eine Angabe
error-deadline-no-such-date = { $text } ist kein Datum im Kalender
error-deadline-no-such-time = { $text } ist keine Uhrzeit (00:00 bis 23:59)
error-deadline-past = die Frist { $deadline } ist schon vorbei: einen Tag ab heute angeben
error-deadline-too-far = die Frist { $deadline } liegt mehr als ein Jahr entfernt: das Jahr prüfen (oder die Frist weglassen)
deadline-by-time = { $day }, bis { $time }
month-short = { $month ->
    [1] Jan.
    [2] Feb.
    [3] März
    [4] Apr.
    [5] Mai
    [6] Juni
    [7] Juli
    [8] Aug.
    [9] Sept.
    [10] Okt.
    [11] Nov.
   *[12] Dez.
}
month-long = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
day-name = { $weekday } { $day }. { $month }
day-name-year = { $weekday } { $day }. { $month } { $year }
day-weekday-day = { $weekday } { $day }.
day-day-month = { $day }. { $month }
period-range = { $from } bis { $to }
duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
duration-days = { $days } T { $hours } h
pane-orders-counting = wird gezählt…
pane-orders-searching = {" "}· suche noch…
pane-orders-searching-empty = Suche in der Warteschlange noch nach Bestellungen, die zum Filter passen…
pane-orders-pressing = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue } überfällig
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today } heute fällig
}
column-due = fällig
due-late = spät
due-today = heute
due-tomorrow = morgen
review-due = Frist:
review-due-from-chat = (aus dem Chat gelesen; w ändert sie)
review-due-w-changes = (w ändert sie)
review-due-past = ! schon vorbei:{" "}
review-due-today = » heute:{" "}
review-due-none = keine Frist (w setzt eine)
detail-due = Frist:
detail-due-overdue = ! überfällig:
detail-due-today = » heute fällig:
today-title-today = Heute · { $day }
today-title-yesterday = Gestern · { $day }
today-title-month = { $month } { $year }
today-title-week = Woche · { $days }
today-days = { $from } – { $to } { $year }
today-days-one-month = { $from }.–{ $to } { $year }
today-days-short = { $from } – { $to }
today-nothing-behind = keine Bestellungen hinter „{ $figure }“
today-orders-by-hour = Bestellungen je Stunde
today-money-by-hour = Eingänge je Stunde
today-orders-by-day = Bestellungen je Tag
today-money-by-day = Eingänge je Tag
today-money-by-method = Eingänge je Zahlart
today-loading = Tag wird gelesen…
today-payments = { $count ->
    [one] 1 Zahlung
   *[other] { $count } Zahlungen
}
today-refund-count = { $count ->
    [one] 1 Erstattung
   *[other] { $count } Erstattungen
}
today-open-now = Jetzt noch offen
today-claims = Zu prüfende Meldungen
today-oldest = {" "}· älteste #{ $number }
today-unpaid = Offene Beträge
today-overdue = Überfällig
today-due = Fällig { $day }
today-low-stock = Knapper Bestand
today-sold-out = Ausverkauft
today-happened = Was passiert ist
today-happened-period = Was im Zeitraum passiert ist
today-taken = Eingegangene Bestellungen
today-confirmed = Bestätigt
today-delivered = Zugestellt
today-cancelled = Storniert
today-received = Eingegangenes Geld
today-refunds = Erstattungen
today-verified-by = { $who ->
    [provider] Vom Anbieter geprüft
    [report] Per Auszug geprüft
   *[person] Von einer Person geprüft
}
today-speed = Median { $median } · max. { $slowest } (#{ $number })
today-none-paid = noch keine Bestellung ganz bezahlt
today-order-to-payment = Bestellung → Zahlung
today-no-confirmed = keine bestätigten Bestellungen
today-share-confirmed = { $share } von { $count } bestätigten
today-paid-within-24h = Binnen 24 h bezahlt
today-peak-none = keine
today-peak-hour = Spitze { $value } um { $hour }
today-peak-day = Spitze { $value } am { $day }
today-more = { $count } weitere
today-nothing-received = nichts eingegangen
today-list-first = {" "}· die ersten { $shown } von { $total }
today-list-keys = Enter öffnet, Esc zurück
today-stock-in-inventory = Bestand: die Bestand-Ansicht markiert knappe (! knapp) und ausverkaufte Produkte
error-period-backwards = der Zeitraum endet ({ $to }), bevor er beginnt ({ $from })
error-period-too-long = { $from } bis { $to } ist länger als { $most } Tage: höchstens ein Jahr berichten
cli-check-deadline-gap = Bestellungen mit Rang { $rank }, fällig { $day } { $time }: gespeichert { $kept }, laut Bestellungen { $real }
cli-check-search = der Text, den der Filter von den Bestellungen { $orders } liest, stimmt nicht mit ihnen überein
cli-check-words = der Index, über den der Filter Bestellungen findet, stimmt nicht mit den Bestellungen { $orders } überein
cli-alias-row = { $phrase } → { $sku } gelernt von { $actor } am { $date }
cli-alias-none = noch keine gelernten Aliasse: sie werden gelernt, wenn Sie bei der Prüfung des Eingefügten das gemeinte Produkt wählen, oder mit `catalog alias add` hinzugefügt
cli-alias-learned = gelernt: „{ $phrase }“ bedeutet { $sku }
cli-alias-forgot = vergessen: „{ $phrase }“ (war { $sku })
cli-order-due = Frist: { $deadline } ({ $date })
cli-order-line-due = {"  "}fällig { $date }
report-orders = Bestellungen
report-money-in = Eingänge
report-refunds = Erstattungen
report-verified = Geprüft
report-paid = Bezahlt
report-claims = Meldungen
report-unpaid = Unbezahlt
report-overdue = Überfällig
report-due = Fällig { $day }
report-low-stock = Knapp
report-sold-out = Ausverkauft
report-orders-line = { $taken } eingegangen ({ $amount }) · { $confirmed } bestätigt · { $delivered } zugestellt · { $cancelled } storniert
report-money-line = { $amount } in { $count ->
    [one] 1 Zahlung
   *[other] { $count } Zahlungen
}{ $methods }
report-verified-by = { $who ->
    [provider] vom Anbieter
    [report] per Auszug
   *[person] von einer Person
} { $count } ({ $amount })
report-median-minutes = Median { $minutes } min
report-median = Median { $time }
report-none-paid = noch keine Bestellung ganz bezahlt
report-slowest = , langsamste { $time } (#{ $number })
report-share = ; { $share } von { $count } bestätigten binnen 24 h bezahlt
report-still-open = Jetzt noch offen
report-oldest-unpaid = älteste #{ $number } vom { $day }, schuldet { $amount }
report-stock-none = keine
report-stock-left = { $sku } ({ $left } übrig)
error-alias-no-words = '{ $phrase }' enthält keine Wörter zum Lernen: ein Alias ist, was Kunden für das Produkt schreiben, etwa „Balsam“; nichts wurde geändert
error-alias-too-long = ein Alias hat höchstens { $most } Zeichen einfachen Text; nichts wurde geändert
error-alias-no-product = kein Produkt { $sku } im Katalog (siehe `orderdesk catalog list`); nichts wurde geändert
error-alias-unknown = kein gelernter Alias '{ $phrase }' (siehe `orderdesk catalog alias list`); nichts wurde geändert
journal-deadline-changed = Frist geändert
journal-alias-learned = Alias gelernt
journal-alias-forgotten = Alias vergessen

## Warum eine Zahlung zur manuellen Prüfung ging (als Code gespeichert, beim Lesen formuliert).
review-wrong-order = Zahlung { $payment } nennt Bestellung #{ $named }, ihr Link gehört aber zu #{ $number }
review-unknown-currency = Zahlung { $payment } über { $amount } { $currency } ist in einer Währung, die der Tresen nicht kennt
review-too-large = Zahlung { $payment }: { $why }
review-link-amount = Zahlung { $payment } über { $paid } passt nicht zu ihrem Link, der { $asked } verlangte
review-replaced-link = Zahlung { $payment } über { $paid } hat einen ersetzten Link bezahlt; der Saldo hat sich seitdem geändert
review-link-closed = Zahlung { $payment } über { $paid }: { $why }
review-order-currency = Zahlung { $payment } ist in { $paid }, Bestellung #{ $number } aber in { $currency }
review-cancelled-order = Zahlung { $payment } über { $paid } kam für eine stornierte Bestellung; erstatten oder den Verkauf wieder eröffnen
review-more-than-owed = Zahlung { $payment } über { $paid } ist mehr, als Bestellung #{ $number } schuldet ({ $owes })
review-rejected-claim = eine abgelehnte Meldung hat die Referenz '{ $reference }'; prüfen, ob das Geld angekommen ist
review-row-unknown-currency = die Währung '{ $currency }' ist nicht die der Bestellung ({ $order })
review-row-currency = die Zeile ist in { $currency }, Bestellung #{ $number } aber in { $order }
review-row-cancelled = Bestellung #{ $number } ist storniert; das Geld erstatten oder den Verkauf von Hand wieder eröffnen
review-row-more-than-owed = Bestellung #{ $number } schuldet { $owes }, die Zeile hat aber { $paid } gezahlt
review-claim-other-order = die Meldung, zu der sie passt, gehört zu einer anderen Bestellung

## Ein Zahlungsimport, Zeile für Zeile.
row-not-paid = der Status '{ $status }' ist kein erhaltenes Geld
row-imported-before = schon früher importiert ({ $outcome })
row-no-such-order = das Buch hat keine Bestellung #{ $number }
row-names-no-order = die Zeile nennt keine Bestellung (keine Bestellnummer, keine bekannte ID)
row-already-in-book = die Zahlung steht schon im Buch
row-matches-hand-verified = passt zu einer schon von Hand bestätigten Zahlung; nichts doppelt
row-verifies-claim = bestätigt die Meldung des Kunden ({ $source }, Zeile { $line })
row-recorded = als bestätigte Zahlung per { $method } erfasst
row-currency-unknown = die Währung des Betrags ist unbekannt
row-claim-without-row = die Meldung des Kunden über { $amount } ({ $method }) hat keine Zeile in diesem Bericht
cli-import-row = Zeile { $line }: { $outcome }, { $detail }
cli-import-claim = #{ $number }: { $outcome }, { $detail }

## Warum der Webhook eine Anfrage abgelehnt hat.
webhook-head-too-large = der Kopf der Anfrage ist größer als 16 KiB
webhook-head-too-slow = die Anfrage kam zu langsam an
webhook-not-http = keine HTTP-Anfragezeile
webhook-http-version = hier wird nur HTTP/1.x gesprochen
webhook-header-no-colon = eine Kopfzeile ohne Doppelpunkt
webhook-needs-length = den Inhalt mit einer Content-Length senden
webhook-length-not-number = die Content-Length ist keine Zahl
webhook-body-too-large = der Inhalt ist größer als { $max } Bytes
webhook-body-too-slow = der Inhalt kam zu langsam an
webhook-busy = zu viele Verbindungen; bitte noch einmal versuchen
webhook-no-endpoint = keine Adresse { $path }; Stripe sendet an { $expected }
webhook-post-only = { $path } nimmt nur POST an
webhook-bad-signature = ungültige Signatur: { $why }; nichts wurde gespeichert
webhook-malformed = fehlerhaftes Ereignis: { $why }; nichts wurde gespeichert
webhook-not-stored-retry = { $event } nicht gespeichert, bitte noch einmal versuchen: { $why }
webhook-not-stored = { $event } nicht gespeichert: { $why }
signature-missing = kein Stripe-Signature-Kopf
signature-no-timestamp = der Stripe-Signature-Kopf hat keinen gültigen Zeitstempel (t=)
signature-no-v1 = der Stripe-Signature-Kopf hat keine v1-Signatur
signature-stale = die Signatur liegt { $age } s von jetzt entfernt; die Toleranz ist { $tolerance } s
signature-mismatch = keine v1-Signatur passt zu Inhalt und Geheimnis
signature-no-secret = das Webhook-Geheimnis ist leer
event-not-json = der Inhalt ist kein JSON: { $why }
event-missing = dem Ereignis fehlt { $what }
event-shape = { $kind } im Ereignis hat nicht die Form, in der Stripe es sendet: { $why }

## Warum ein Zahlungslink nicht mehr gilt (als Code gespeichert, beim Lesen formuliert).
link-note-provider-failed = der Anbieter meldete, dass die Zahlung fehlschlug
link-note-provider-expired = der Anbieter ließ die Sitzung unbezahlt ablaufen
link-note-paid-otherwise = die Bestellung wurde anders bezahlt
link-note-order-cancelled = die Bestellung wurde storniert
link-note-ran-out = unbezahlt abgelaufen
link-note-renewed = abgelaufen; erneuert
link-note-replaced = durch einen neuen Link ({ $provider }) ersetzt
link-note-rebalanced = ersetzt: der offene Betrag ist jetzt { $balance }
link-note-review-closed = Prüfung abgeschlossen von { $actor }

## Was ein Ereignis oder eine Statusabfrage beim Anbieter bewirkt hat.
event-no-payment-needed = Sitzung { $session } brauchte keine Zahlung
event-still-processing = die Zahlung wird noch verarbeitet
event-not-paid-yet = der Kunde hat noch nicht bezahlt
event-unknown-status = Sitzung { $session } hat einen unbekannten Status '{ $status }'
event-session-no-amount = Sitzung { $session } ist bezahlt, nennt aber weder Betrag noch Währung
event-payment-no-order = Zahlung { $payment } nennt keine Bestellung dieses Tresens
event-payment-no-amount = Zahlung { $payment } nennt weder Betrag noch Währung
event-type-unused = Ereignistyp { $kind } wird vom Tresen nicht verwendet
event-payment-unknown-order = Zahlung { $payment } nennt keine Bestellung dieses Buchs
event-payment-recorded-before = Zahlung { $payment } ist schon erfasst
event-paid-for = { $amount } für Bestellung #{ $number }
event-session-unknown = Sitzung { $session } ist kein Link dieses Buchs
event-session-already = Sitzung { $session } ist schon { $state }
event-session-now = Sitzung { $session }: { $state }
event-expired-unpaid = unbezahlt abgelaufen
event-seen-before = schon gesehen
reminder-not-cancelled = die Bestellung wurde nicht storniert: { $why }

## The name of a shop that never said its own.
shop-default-name = Mein Laden

## Was an einer Zahlungsliste oder ihren --map-Angaben nicht stimmt.
report-map-shape = --map '{ $spec }' muss SPALTE=FELD sein, z. B. --map "Transaktions-ID=reference"
report-map-unknown-field = --map '{ $spec }': '{ $field }' ist kein Feld (Felder: { $fields })
report-map-no-column = --map '{ $spec }' nennt keine Spalte
report-map-twice = --map nennt das Feld '{ $field }' zweimal
report-map-missing-column = --map nennt die Spalte '{ $column }', die die Datei nicht hat (Spalten: { $columns })
report-not-stripe = die Datei hat keine Spalte '{ $what }', ist also kein Zahlungsexport von Stripe (Spalten: { $columns }); die Zahlungen im Stripe-Dashboard exportieren oder --format mapped mit --map verwenden
report-mapped-needs-map = --format mapped braucht --map SPALTE=FELD für die zu lesenden Spalten, mindestens amount (Felder: { $fields }; Spalten der Datei: { $columns })
report-mapped-needs-amount = --format mapped braucht --map SPALTE=amount
report-no-header = die Datei ist leer: sie hat keine Kopfzeile
report-row = Zeile { $line }: { $why }
report-row-fields = sie hat { $len } Felder, die Kopfzeile aber { $expected }
report-row-no-id = die Spalte id ist leer; jede Stripe-Zahlung hat eine id
report-row-empty-cell = die Spalte { $column } ist leer
report-row-amount = die Spalte { $column }: { $why }
report-row-order = die Spalte { $column }: '{ $text }' ist keine Bestellnummer
report-not-csv = die Datei ist kein lesbares CSV: { $why }
report-empty = die Datei hat eine Kopfzeile, aber keine Zeilen
report-amount-empty = der Betrag ist leer

## Starting the webhook endpoint.
webhook-cannot-listen = auf '{ $listen }' kann nicht gelauscht werden: { $why }
webhook-no-secret = { $var } ist nicht gesetzt; auf das Signatur-Geheimnis des Endpunkts (whsec_…) aus dem Stripe-Dashboard oder `stripe listen` setzen
webhook-cannot-open = die Datenbank kann für den Webhook nicht geöffnet werden: { $why }
hook-cannot-run = der on_payment-Befehl '{ $program }' lässt sich nicht ausführen: { $why }

## Die Hilfe der Kommandozeile (`--help`) und was sie zu einem vertippten Befehl sagt.
## Optionen, Befehle und ihre Werte (pix, packing, stripe…) sind in jeder Sprache gleich.
cli-help-usage = Aufruf
cli-help-commands = Befehle
cli-help-arguments = Argumente
cli-help-options = Optionen
cli-help-values = {" "}[mögliche Werte: { $values }]
cli-help-default = {" "}[Vorgabe: { $value }]
cli-help-env = {" "}[Umgebungsvariable: { $name }]
cli-arg-help = Zeigt die Hilfe
cli-arg-help-more = Zeigt die Hilfe (ausführlich mit '--help')
cli-arg-help-summary = Zeigt die Hilfe (kurz mit '-h')
cli-arg-version = Zeigt die Version
cli-about-help = Zeigt diese Hilfe oder die Hilfe zum angegebenen Befehl
cli-usage-unknown-argument = unerwartetes Argument '{ $arg }'
cli-usage-unknown-command = unbekannter Befehl '{ $name }'
cli-usage-missing-value = '{ $arg }' braucht einen Wert, aber keiner wurde angegeben
cli-usage-invalid-value = '{ $value }' ist kein gültiger Wert für '{ $arg }'
cli-usage-invalid-value-why = '{ $value }' ist kein gültiger Wert für '{ $arg }': { $why }
cli-usage-missing-arguments = diese Pflichtangaben fehlen:
    {"  "}{ $args }
cli-usage-missing-command = nach '{ $name }' fehlt ein Befehl
cli-usage-repeated = '{ $arg }' darf nur einmal angegeben werden
cli-usage-conflict = '{ $arg }' geht nicht zusammen mit '{ $other }'
cli-usage-conflict-any = '{ $arg }' geht nicht zusammen mit den anderen angegebenen Argumenten
cli-usage-no-equals = '{ $arg }' braucht seinen Wert nach einem Gleichheitszeichen (--option=wert)
cli-usage-too-many = unerwarteter Wert '{ $value }' für '{ $arg }': es wurden keine weiteren erwartet
cli-usage-how-many = '{ $arg }' braucht { $expected } Werte; angegeben: { $given }
cli-usage-not-utf8 = die Kommandozeile ist kein gültiger UTF-8-Text
cli-usage-unreadable = die Kommandozeile ließ sich nicht lesen
cli-usage-valid-values = [mögliche Werte: { $values }]
cli-usage-valid-commands = [Befehle: { $names }]
cli-usage-tip = Tipp: { $tip }
cli-usage-tip-similar = es gibt ein ähnliches: '{ $names }'
cli-usage-tip-dashes = um '{ $value }' als Wert zu übergeben, '{ $dashed }' schreiben
cli-usage-tip-no-dashes = den Befehl '{ $name }' gibt es; um ihn zu nutzen, das '--' davor weglassen
cli-usage-more = Mehr dazu mit '--help'.
cli-usage-not-a-number = das ist keine ganze Zahl
cli-usage-not-a-date = das ist kein Datum: als JJJJ-MM-TT schreiben, z. B. 2026-03-05
cli-usage-not-a-month = '{ $text }' ist kein Monat: als JJJJ-MM schreiben, z. B. 2026-03
cli-value-command = BEFEHL
cli-value-options = OPTIONEN
cli-value-path = PFAD
cli-value-phone-or-name = TELEFON_ODER_NAME
cli-value-sku-qty = SKU:MENGE
cli-value-amount = BETRAG
cli-value-when = WANN
cli-value-sku = SKU
cli-value-text = TEXT
cli-value-ref = REF
cli-value-column-field = SPALTE=FELD
cli-value-report-csv = BERICHT.csv
cli-value-name = NAME
cli-value-dir = ORDNER
cli-value-yyyy-mm-dd = JJJJ-MM-TT
cli-value-yyyy-mm = JJJJ-MM
cli-value-addr = ADRESSE:PORT
cli-value-orders = BESTELLUNGEN
cli-value-customers = KUNDEN
cli-value-language = SPRACHE
cli-value-file = DATEI
cli-value-filter = FILTER
cli-value-phrase = WORTLAUT
cli-value-qty = MENGE
cli-value-note = NOTIZ
cli-value-delta = DIFFERENZ
cli-value-reason = GRUND
cli-value-limit = HÖCHSTENS
cli-value-phone = TELEFON
cli-value-address = ADRESSE
cli-value-from = QUELLE
cli-value-into = ZIEL
cli-value-number = NUMMER
cli-value-payment-id = ZAHLUNGS_ID
cli-value-method = ZAHLART
cli-value-proof = BELEG
cli-value-to = STUFE
cli-value-status = STATUS
cli-value-due = FÄLLIG
cli-value-provider = ANBIETER
cli-value-format = FORMAT
cli-value-step = SCHRITT
cli-about = Ein Bestelltresen für die Tastatur, für Läden, die über WhatsApp verkaufen
cli-long-about =
    Ein Bestelltresen für die Tastatur, für Läden, die über WhatsApp verkaufen.

    Ohne Befehl öffnet er den Tresen auf der Datenbank. Jeder Befehl arbeitet auf demselben
    Buch; --json anhängen, wo ein Skript Daten will. Rückgabewerte: 0 in Ordnung, 1 die
    Eingabe muss korrigiert werden (nichts wurde geändert), 2 ein interner Fehler.
cli-arg-db = Die Datenbankdatei [Vorgabe: der Datenordner des Systems, siehe `orderdesk paths`]
cli-arg-config = Die Konfigurationsdatei (TOML) [Vorgabe: der Konfigurationsordner des Systems]
cli-arg-demo = Die Datenbank des Demo-Ladens nehmen (beim ersten Mal gefüllt); geht vor --db und ORDERDESK_DB
cli-arg-json = Gibt JSON aus (für Skripte)
cli-arg-number = Die Nummer der Bestellung (1042)
cli-arg-file = Die zu lesende Datei
cli-arg-sku = Die SKU des Produkts
cli-arg-note = Eine Notiz
cli-arg-address = Die Lieferadresse
cli-arg-delivery = Versandkosten, z. B. 10 oder "4,90 €"
cli-arg-discount = Rabatt, z. B. 5 oder "5,00 €"
cli-arg-limit = Zeigt höchstens so viele
cli-arg-shop = Ein Chat-Autor, der der Laden ist (wiederholbar; kommt zu shop.names der Konfiguration hinzu)
cli-arg-reference = Referenz der Bank, der Überweisung oder der Karte
cli-arg-date = Der Tag [Vorgabe: heute]
cli-arg-from = Der erste Tag eines Zeitraums (mit --to)
cli-arg-to = Der letzte Tag des Zeitraums (mit --from)
cli-arg-week = Die Woche (Montag bis Sonntag) mit diesem Tag
cli-arg-month = Ein Kalendermonat
cli-about-catalog = Der Produktkatalog
cli-about-catalog-import = Produkte aus einer CSV-Datei anlegen oder aktualisieren (Kopfzeile: sku,name,variant,price,currency,stock; wahlweise: aliases,low_stock)
cli-arg-catalog-import-file = Die CSV-Datei
cli-about-catalog-list = Listet die Produkte mit Bestand
cli-arg-catalog-list-filter = Nur SKUs, Namen, Varianten oder Aliasse, die dies enthalten
cli-about-catalog-alias = Die Wörter der Kunden für Produkte, gelernt in der Prüfung des Eingefügten
cli-about-catalog-alias-list = Listet die gelernten Aliasse
cli-about-catalog-alias-add = Bringt bei, dass WORTLAUT das Produkt SKU meint ("bálsamo" BALM-ROSE)
cli-arg-catalog-alias-add-phrase = Das Wort oder die Wörter der Kunden
cli-about-catalog-alias-remove = Vergisst einen gelernten Alias
cli-arg-catalog-alias-remove-phrase = Das gelernte Wort oder die gelernten Wörter
cli-about-stock = Bestand: einbuchen, korrigieren, das Bewegungsbuch prüfen
cli-about-stock-receive = Ware ist da: MENGE zum Bestand hinzufügen
cli-arg-stock-receive-qty = Wie viele Stück angekommen sind
cli-about-stock-adjust = Den Bestand nach dem Zählen korrigieren: +N oder -N Stück, mit Grund
cli-arg-stock-adjust-delta = Stück hinzu (+N) oder weg (-N)
cli-arg-stock-adjust-reason = Warum sich der Bestand ändert ("gezählt", "kaputt")
cli-about-stock-check = Prüft, dass die Zähler jedes Produkts mit seinem Bewegungsbuch übereinstimmen
cli-about-customer = Kunden, wiedererkannt an der Telefonnummer
cli-about-customer-list = Listet die Kunden mit Bestellungen, Gesamtumsatz und offenem Betrag
cli-about-customer-add = Legt einen Kunden an (oder zeigt den, der diese Nummer schon hat)
cli-arg-customer-add-name = Der Name des Kunden
cli-arg-customer-add-phone = Die Telefonnummer (ohne "+": die des Landes des Ladens)
cli-about-customer-merge = Führt das Duplikat QUELLE mit ZIEL zusammen (Telefonnummern oder eindeutige Namen); die Bestellungen von QUELLE gehen an ZIEL
cli-arg-customer-merge-from = Das Duplikat, das verschwindet
cli-arg-customer-merge-into = Der Kunde, der bleibt
cli-about-order = Bestellungen: anlegen, ändern, bestätigen, bezahlen, weiterschalten, stornieren, zeigen
cli-arg-order-json = Gibt die Bestellung als JSON aus
cli-arg-order-list-json = Gibt JSON aus (für Skripte)
cli-about-order-new = Legt eine Bestellung als Entwurf an
cli-arg-order-new-customer = Telefonnummer oder Name des Kunden (eine neue Nummer legt den Kunden an)
cli-arg-order-new-name = Name für einen neuen Kunden, der aus einer Telefonnummer angelegt wird
cli-arg-order-new-new_customer = Legt den Kunden an, wenn niemand im Buch diesen Namen hat (ohne dies wird ein unbekannter Name mit den ähnlichsten abgelehnt: ein Tippfehler legt nie einen zweiten Kunden an)
cli-arg-order-new-items = SKU:MENGE, wiederholbar
cli-arg-order-new-note = Die Notiz, die der Kunde in der Zusammenfassung liest
cli-arg-order-new-deadline = Wann der Kunde es braucht: 2026-12-05, "2026-12-05 18:00", 5/12, heute, morgen, ein Wochentag (Sa, Freitag, sexta, viernes), mit oder ohne Uhrzeit (18:00, 6pm, 18 Uhr)
cli-about-order-edit = Ändert Positionen, Kosten oder Adresse; nach der Bestätigung entsteht so eine neue Fassung
cli-arg-order-edit-items = Setzt die Menge der SKU (legt die Position an, wenn neu), wiederholbar
cli-arg-order-edit-remove = Entfernt die Position mit dieser SKU, wiederholbar
cli-arg-order-edit-note = Die Notiz, die der Kunde in der Zusammenfassung liest (eine Notiz allein ergibt keine neue Fassung)
cli-arg-order-edit-deadline = Setzt die Frist (wie bei `order new --deadline`)
cli-arg-order-edit-no_deadline = Entfernt die Frist
cli-arg-order-edit-staff_note = Eine Notiz nur fürs Team, nie in der Zusammenfassung
cli-about-order-confirm = Bestätigt einen Entwurf: prüft und reserviert den Bestand
cli-arg-order-confirm-oversell = Bestätigt auch ohne genug Bestand (im Bewegungsbuch als Überverkauf vermerkt)
cli-about-order-pay = Bucht eine Zahlung (geprüft) oder, mit --claimed, was der Kunde geschickt haben will
cli-arg-order-pay-amount = Wie viel, so wie man es schreibt: 180, 49.90, "49,90 €", 1.234,56
cli-arg-order-pay-method = Wie bezahlt wurde
cli-arg-order-pay-reference = Referenz der Bank, der Überweisung oder der Karte; dieselbe Referenz zahlt nie zweimal
cli-arg-order-pay-claimed = Der Kunde sagt, er hat bezahlt; es zählt, sobald es geprüft ist
cli-arg-order-pay-proof = Was er als Beleg geschickt hat ("Screenshot 14:02")
cli-about-order-verify = Bestätigt eine gemeldete Zahlung (das Geld ist da)
cli-arg-payment_id = Die Kennung der Zahlung (`order show` listet sie)
cli-about-order-reject = Lehnt eine gemeldete Zahlung ab (das Geld kam nie an)
cli-about-order-refund = Zahlt Geld zurück; --restock bucht verschickte Ware wieder in den Bestand
cli-arg-order-refund-amount = Wie viel zurückgeht
cli-arg-order-refund-restock = Bucht die Ware wieder in den Bestand
cli-arg-order-refund-method = Wie das Geld zurückgeht [Vorgabe: die Zahlart der letzten Zahlung]
cli-about-order-advance = Schaltet die Lieferung weiter: packing (wird gepackt), ready (bereit), out_for_delivery (unterwegs), delivered (zugestellt)
cli-arg-order-advance-to = Die Stufe, auf die die Bestellung kommt
cli-about-order-cancel = Storniert eine Bestellung und gibt ihren Bestand frei
cli-about-order-show = Zeigt eine Bestellung mit Positionen, Zahlungen und Verlauf
cli-about-order-list = Listet Bestellungen; --status nimmt open, einen Zustand, eine Stufe oder einen Zahlungsstand
cli-arg-order-list-status = open (offen), ein Zustand (draft, confirmed…), eine Stufe (packing…) oder ein Zahlungsstand (unpaid, claimed…)
cli-arg-order-list-due = Nur noch nicht zugestellte Bestellungen, fällig heute (today), morgen (tomorrow) oder überfällig (overdue), in Ortszeit
cli-about-order-summary = Gibt die Zusammenfassung der Bestellung zum Einfügen in den Chat aus
cli-arg-order-summary-copy = Kopiert sie auch in die Zwischenablage
cli-about-order-link = Der gültige Zahlungslink der Bestellung über den offenen Betrag: neu erstellt oder der bisherige, wenn er noch passt
cli-arg-order-link-provider = Diesen Anbieter statt des eingestellten nehmen
cli-arg-order-link-json = Gibt {"{"}"url","provider","state","amount","currency","expires_at"{"}"} aus
cli-about-report = CSV-Berichte für den Inhaber
cli-about-report-daily = Bestellungen, Zahlungen und eine Zusammenfassung eines Tages (oder einer Woche, eines Monats, eines Zeitraums) als CSV-Dateien; ein Zeitraum mehrerer Tage ergibt zusätzlich days-VON_BIS.csv, die Zusammenfassung jedes Tages
cli-arg-report-daily-out = Ordner für die Dateien
cli-arg-report-daily-bom = Jede Datei mit einer Byte-Reihenfolge-Markierung beginnen (für Excel)
cli-about-report-day = Die Zusammenfassung des Tages für Menschen oder Skripte: Bestellungen aufgenommen, bestätigt, zugestellt, storniert; Geld nach Zahlart, Rückzahlungen, wer es geprüft hat; Zahlungsdauern; und was jetzt noch offen ist (zu prüfende Zahlungen, offene Beträge, Fristen, Bestand)
cli-arg-report-day-json = Gibt JSON aus (Beträge als Dezimaltext neben "currency")
cli-about-chat = Eingefügter WhatsApp-Text: in Nachrichten teilen, als Bestellentwürfe lesen, übernehmen
cli-about-chat-parse = Teilt einen WhatsApp-Export oder kopierte Nachrichten in Nachrichten
cli-arg-chat-file = Die Textdatei; - oder nichts liest die Standardeingabe
cli-about-chat-draft = Liest den Chat als Bestellentwürfe gegen den Katalog (schreibt nichts)
cli-about-chat-import = Legt aus dem Chat Bestellentwürfe (und neue Kunden) an; gibt ihre Nummern aus
cli-about-payments = Geprüfte Zahlungen: Stripe nach offenen Links fragen, einen Bericht des Anbieters oder der Bank abgleichen
cli-about-payments-sync = Fragt Stripe nach jedem offenen Link und lässt dann abgelaufene Links verfallen
cli-about-payments-import = Gleicht einen Bericht des Anbieters oder der Bank (CSV) mit dem Buch ab; schreibt eine Abgleich-CSV
cli-arg-payments-import-file = Der Bericht (CSV)
cli-arg-payments-import-format = stripe: der Zahlungsexport von Stripe; mapped: jede CSV, mit --map für ihre Spalten
cli-arg-payments-import-map = SPALTE=FELD, wiederholbar; Felder: reference, amount, currency, order_no, status, description
cli-arg-payments-import-out = Wohin der Abgleich geschrieben wird [Vorgabe: Name der DATEI + .reconciliation.csv, hier]
cli-about-reminders = Zahlungserinnerungen für unbezahlte Links
cli-about-reminders-due = Jetzt fällige Erinnerungen, mit dem Text zum Kopieren
cli-about-reminders-sent = Vermerkt die fällige Erinnerung einer Bestellung als verschickt (nach dem Kopieren); gibt ihren Text aus
cli-arg-reminders-sent-step = Der verschickte Schritt (wird mit dem fälligen verglichen)
cli-about-webhook = Empfängt die Webhooks von Stripe
cli-about-webhook-serve = Hört auf die Ereignisse von Stripe unter POST /webhooks/stripe bis Strg-C (Geheimnis aus STRIPE_WEBHOOK_SECRET)
cli-arg-webhook-serve-listen = Adresse und Port, z. B. 127.0.0.1:8787
cli-about-setup = Richtet den Laden ein: Name wie in WhatsApp, Land, Währung und Sprache, geschrieben in eine neue Konfigurationsdatei (der Tresen fragt beim ersten Start dasselbe)
cli-about-demo = Füllt eine Datenbank mit einem glaubwürdigen Demo-Laden
cli-arg-demo-orders = Wie viele Bestellungen, verteilt auf die letzten 7 Tage
cli-arg-demo-customers = Wie viele Kunden
cli-arg-demo-language = Sprache und Art des Demo-Ladens: en (ein US-Laden in Dollar), pt (ein brasilianischer Laden in Real), es (ein mexikanischer Laden in Pesos), de (ein deutscher Laden in Euro) [Vorgabe: die Sprache des Ladens, sonst LANG]
cli-about-backup = Sichert das Buch jetzt: eine geprüfte Kopie nur für den Inhaber, mit dem Datum im Namen (eine tägliche entsteht beim ersten Start von selbst; siehe `backup.keep` in der Konfiguration)
cli-arg-backup-to = Ein Ordner (der Name mit Datum kommt hinein) oder eine neue Datei [Vorgabe: der Sicherungsordner, siehe `orderdesk paths`]
cli-about-restore = Setzt eine Sicherung an die Stelle des Buchs (vorher jeden Tresen schließen); das ersetzte Buch bleibt als Sicherheitskopie im Sicherungsordner
cli-arg-restore-path = Die Sicherungsdatei
cli-about-paths = Zeigt, wo Datenbank, Konfigurationsdatei und Sicherungen liegen
cli-about-config = Zeigt die Konfiguration
cli-arg-config-print_default = Gibt die vorgegebene Konfigurationsdatei mit Kommentaren aus

## Was in der Konfigurationsdatei falsch ist: wo, und was stattdessen hineingehört. Die Namen
## der Einstellungen und ihre Werte sind Wörter der Datei selbst.
config-at = Zeile { $line }, Spalte { $column }: { $what }
config-unknown-key = `{ $key }` ist keine Einstellung, die orderdesk kennt (hier kennt es: { $known }); die Schreibweise prüfen oder `orderdesk config --print-default` ansehen
config-not-one-of = `{ $setting }` kann nicht { $value } sein: einen dieser Werte schreiben: { $choices }
config-wrong-type = `{ $setting }` muss { $expected } sein, nicht { $value }
config-not-toml = das ist kein TOML, das orderdesk lesen kann ({ $detail }); Anführungszeichen, Klammern und `=` in dieser Zeile prüfen
config-kind-text = ein Text in Anführungszeichen, etwa "Mein Laden"
config-kind-yes-no = true oder false
config-kind-list = eine Liste in eckigen Klammern, etwa [2, 24, 48]
config-kind-count = eine ganze Zahl ab 0
config-kind-number = eine ganze Zahl, etwa 48
config-kind-table = eine Tabelle von Einstellungen
config-kind-other = ein Wert anderer Art
config-setting = `{ $setting }`: { $why }
config-unknown-country = `shop.country` '{ $country }' ist kein zweistelliger Ländercode, den orderdesk kennt; einen wie "DE", "AT", "CH" oder "US" schreiben
config-at-least = `{ $setting }` muss mindestens { $min } sein
config-between = `{ $setting }` muss zwischen { $min } und { $max } liegen
config-bad-url = `{ $setting }` '{ $url }' ist keine Webadresse: vollständig schreiben, mit https:// am Anfang, ohne Leerzeichen
config-provider-needs = `payment_link.provider` ist "{ $provider }", aber `{ $setting }` ist leer: ausfüllen oder einen anderen Anbieter wählen
config-product-needs-url = ein "{ $provider }"-Link braucht seine `url`
config-reminder-hours = `reminders.hours` müssen Stunden nach dem Erstellen des Links sein, jede zwischen 1 und 8760 und jede später als die vorige, z. B. [2, 24, 48]
config-listen = `webhook.listen` muss eine Adresse mit Port wie "127.0.0.1:8787" sein, nicht "{ $listen }"
config-no-link = kein { $provider }-Link ist eingerichtet: `{ $setting }` in der Konfiguration setzen
config-default-file =
    # Konfiguration von orderdesk. Jedes Feld ist freiwillig; dies sind die Vorgaben.
    # shop.currency: der ISO-4217-Code, wie { $currencies }
    # shop.language: en, pt, pt-BR, pt-PT, es, es-MX, de (Zusammenfassungen, Erinnerungen, der Tresen); leer: Englisch für die Kunden, LANG für das Team
    # desk.language: die Sprache des Teams, wenn sie eine andere ist als die des Ladens
    # shop.names: Chat-Autoren, die der Laden sind, z. B. ["Mein Laden", "Anna"]
    # templates.summary, Platzhalter: { $summary_fields }
    # payment_link.url_template, Platzhalter: { $link_fields }
    # payment_link.provider: fixed, template oder stripe (der Schlüssel für Stripe kommt aus STRIPE_API_KEY, nie aus dieser Datei); on_expiry: keep oder release
    # payment_link.products: Links je SKU, z. B. "GIFT-CARD" = {"{"} provider = "fixed", url = "https://…" {"}"}
    # reminders.template, Platzhalter: { $reminder_fields }
    # webhook.listen: z. B. "127.0.0.1:8787", um die Webhooks von Stripe im Tresen zu empfangen (Geheimnis aus STRIPE_WEBHOOK_SECRET)
    # hooks.on_payment: ein Programm, das bei jeder geprüften Zahlung läuft, mit ORDERDESK_ORDER_NO, ORDERDESK_AMOUNT, ORDERDESK_CURRENCY in seiner Umgebung
    # backup.keep: tägliche Sicherungen, die im Sicherungsordner bleiben (`orderdesk paths`); 0: keine
    # db.url: das Buch, wenn --db und ORDERDESK_DB nichts sagen: eine Datei oder postgres://BENUTZER@HOST/DB (das Passwort aus PGPASSWORD)
