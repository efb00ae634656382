# orderdesk, Deutsch.

## Für die Kundschaft: Zusammenfassung und Erinnerung, die in den Chat kommen.

summary-template =
    {"*"}{ $shop }* · Bestellung #{ $order_no }{ $revision }
    { $customer }
    { $items }
    Zwischensumme: { $subtotal }
    Versand: { $delivery }
    Rabatt: -{ $discount }
    {"*"}Gesamt: { $total }*
    Bezahlt: { $paid }
    Offen: { $balance }
    Lieferadresse: { $address }
    Hier bezahlen: { $link }
    Link gültig bis { $expires }
    Notizen: { $notes }
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
name-Method-link = Zahlungslink
name-Method-other = andere
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
name-Provider-fixed = fester Link
name-Provider-template = Link-Vorlage
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
label-delivered-balance-due = zugestellt, Rest offen
label-delivered = zugestellt
label-part-refunded = zugestellt, teilerstattet
label-refunded = erstattet
label-cancelled = storniert
label-cancelled-refund-due = storniert, Erstattung offen
