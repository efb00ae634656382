# orderdesk, English. One message per key; every catalog has the same keys (a test checks).
# Arguments: money, dates and numbers arrive already in the locale's form, except counts
# ($count, $n), which plurals choose by.

## Customer-facing: the summary and the reminder pasted into the chat. Their
## { $placeholders } become the template's {placeholders}; a line whose placeholder has no
## value (no delivery fee, no link) is left out.

summary-template =
    {"*"}{ $shop }* · Order #{ $order_no }{ $revision }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Delivery: { $delivery }
    Discount: -{ $discount }
    {"*"}Total: { $total }*
    Paid: { $paid }
    Balance due: { $balance }
    Deliver to: { $address }
    Pay here: { $link }
    Link valid until { $expires }
    Notes: { $notes }
summary-revision = {" "}(v{ $revision })
reminder-template =
    Hi { $customer }! A friendly reminder from { $shop }: order #{ $order_no } is waiting for payment ({ $amount }).
    Pay here: { $link }
    Link valid until { $expires }
