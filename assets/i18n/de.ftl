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
