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

## Counts.

count-orders = { $count ->
    [one] { $count } order
   *[other] { $count } orders
}

## The words for what is stored by name (lifecycle, fulfilment, payments, links).

name-Lifecycle-draft = draft
name-Lifecycle-confirmed = confirmed
name-Lifecycle-cancelled = cancelled
name-Lifecycle-completed = completed
name-Fulfilment-unfulfilled = not started
name-Fulfilment-packing = packing
name-Fulfilment-ready = ready
name-Fulfilment-out_for_delivery = out for delivery
name-Fulfilment-delivered = delivered
name-PaymentKind-payment = payment
name-PaymentKind-refund = refund
name-Method-cash = cash
name-Method-transfer = transfer
name-Method-pix = Pix
name-Method-card = card
name-Method-link = payment link
name-Method-other = other
name-PaymentState-claimed = claimed
name-PaymentState-verified = verified
name-PaymentState-rejected = rejected
name-PaymentStatus-unpaid = unpaid
name-PaymentStatus-claimed = claimed
name-PaymentStatus-partially_paid = partly paid
name-PaymentStatus-paid = paid
name-PaymentStatus-overpaid = overpaid
name-PaymentStatus-refunded = refunded
name-PaymentStatus-partially_refunded = partly refunded
name-Provider-fixed = fixed link
name-Provider-template = link template
name-Provider-stripe = Stripe
name-LinkState-pending = pending
name-LinkState-paid = paid
name-LinkState-expired = expired
name-LinkState-failed = failed
name-LinkState-cancelled = cancelled
name-LinkState-manual_review = manual review
name-Outcome-recorded = recorded
name-Outcome-claim_verified = claim verified
name-Outcome-already_recorded = already recorded
name-Outcome-no_order = no order
name-Outcome-manual_review = manual review
name-Outcome-not_paid = not paid
name-Outcome-claim_without_provider_row = claim without a report row
name-MoveKind-receive = received
name-MoveKind-reserve = reserved
name-MoveKind-release = released
name-MoveKind-ship = shipped
name-MoveKind-return = returned
name-MoveKind-adjust = adjusted

## The queue's labels: what the counter needs to know first about an order.

label-claim-to-verify = claim to verify
label-draft = draft
label-awaiting-payment = awaiting payment
label-deposit-paid = deposit paid
label-paid-to-pack = paid, to pack
label-packing = packing
label-ready = ready
label-out-for-delivery = out for delivery
label-delivered-balance-due = delivered, balance due
label-delivered = delivered
label-part-refunded = delivered, part refunded
label-refunded = refunded
label-cancelled = cancelled
label-cancelled-refund-due = cancelled, refund due
