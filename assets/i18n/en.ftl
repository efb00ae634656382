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
name-Provider-fixed = fixed
name-Provider-template = template
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

## The command line: what it says on stderr and the human output on stdout.

cli-error = error: { $message }
cli-internal-error =
    internal error: { $message }
    please report this with the command you ran
cli-demo-filling = filling the demo shop at { $path } …
cli-demo-filled = demo shop in { $path }: { $products } products, { $orders } orders ({ $seconds } s)
cli-report-written = { $orders ->
    [one] 1 order
   *[other] { $orders } orders
} and { $payments ->
    [one] 1 payment
   *[other] { $payments } payments
} on { $date }
cli-restore-demo = the demo shop is made anew by deleting it; restore works on a real book
cli-no-log = warning: { $why }; going on without a log
cli-path-database = database
cli-path-config = config
cli-path-demo = demo
cli-path-backups = backups
cli-path-logs = logs
cli-daily-backup-failed = warning: today's automatic backup was not made: { $why }
cli-backed-up = backed up { $path } ({ $orders } orders, { $customers } customers, { $products } products); the copy passed SQLite's integrity check
cli-restore-kept = kept the book it replaces ({ $orders } orders) as { $path }
cli-restore-no-book = there was no book at { $path } yet
cli-restored = restored { $path } from { $from }: { $orders } orders, { $customers } customers, { $products } products{ $schema ->
    [older] {" "}(an older schema: it is brought up to date when next opened)
   *[current] {""}
}
cli-not-a-terminal = not a terminal: printing the open orders instead of opening the desk
cli-terminal-failed = the terminal failed: { $why }
cli-queue-head = { $shop } · { $open } open orders, most urgent first ({ $path })
cli-catalog-imported = imported { $file }: { $new } new, { $updated } updated, { $unchanged } unchanged, { $counts } stock counts set
cli-copied = copied the summary of #{ $number } to the clipboard
cli-copied-not-kept = the summary of #{ $number } was on the clipboard for { $seconds } s, but no clipboard manager kept it; copy it from above, or from the desk (which keeps it while it runs)
cli-copied-osc52 = sent the summary of #{ $number } to the terminal's clipboard (OSC 52)
cli-copy-failed = could not copy ({ $why }); the summary is printed above
cli-not-utf8 = { $path } is not UTF-8 text; save it as UTF-8 CSV
cli-cannot-read = cannot read { $path }: { $why }
cli-check-healthy = every product's stock agrees with its ledger; order sums and queue counts agree with their rows
cli-check-stock = { $sku }: counters { $on_hand } on hand / { $reserved } reserved, ledger { $ledger_on_hand } / { $ledger_reserved }
cli-check-sums = order #{ $number }: kept sums { $kept }, payments say { $real }
cli-check-queue = queue counts: kept { $kept }, orders say { $real }
cli-check-disagrees = the book disagrees with itself (see above); please report this
cli-merged = merged '{ $from }' into { $name } { $phone }
cli-order-head = Order #{ $number }{ $revision }  { $label }  ({ $created })
cli-order-revision = {" "}v{ $revision }
cli-order-customer = Customer: { $name }{ $phone }
cli-order-totals = Total { $total } (delivery { $delivery }, discount { $discount })  paid { $paid }  balance { $balance }
cli-order-claimed = {"  "}claimed { $claimed }
cli-order-address = Deliver to: { $address }
cli-payment-reference = {" "}ref { $reference }
cli-product-stock = { $on_hand } on hand { $reserved } reserved { $available } available
cli-product-low = {"  "}LOW
cli-customer-stats = { $orders } orders  value { $value }  owes { $owes }
cli-warning = warning: { $why }
cli-note = note: { $note }
cli-verified = verified: { $what }
cli-verified-more = verified { $count } more payments
cli-link-made = { $made ->
    [made] made
   *[live] the live
} { $provider } link of #{ $number }: { $amount }, valid until { $expires }
cli-link-replaces = it replaces the { $provider } link ({ $state }): { $note }
cli-cannot-import = cannot import { $file }: { $why }
cli-nothing-imported = { $why }; nothing was imported
cli-imported = { $file }: { $counts }{ $changed ->
    [no] ; the book did not change
   *[yes] {""}
}
cli-latin1 = { $path } is not UTF-8; reading it as Latin-1
cli-sync-unchanged = unchanged
cli-synced = asked Stripe about { $asked } links; { $verified } verified; { $expired } expired, { $closed } closed, { $released } released; { $unchecked } fixed or template links to verify by hand or by report
cli-kept-stock = #{ $number } kept its stock: { $why }
cli-sync-failed = could not ask Stripe about { $count ->
    [one] 1 link
   *[other] { $count } links
}, e.g. #{ $number }: { $why }; run `orderdesk payments sync` again later
cli-reminder-due = #{ $number } reminder { $step }/{ $steps } due { $due } · { $customer } { $phone } · { $balance }{ $renew ->
    [yes] {" "}· the link will be renewed
   *[no] {""}
}
cli-reminders-due = { $count ->
    [one] 1 reminder due
   *[other] { $count } reminders due
}; `orderdesk reminders sent NO` records one as sent
cli-reminder-sent = recorded reminder { $step } of #{ $number } as sent
cli-reminder-renewed = ; the link was renewed
cli-reminder-tagged = ; the order is tagged payment_abandoned
cli-reminder-cancelled = ; the order was cancelled and its stock released
cli-webhook-listening = listening on { $url } for Stripe's events (Ctrl-C to stop)
cli-cannot-read-stdin = cannot read standard input: { $why }
cli-chat-system = (system)
cli-draft-unknown-customer = an unknown customer
cli-draft-head = Draft for { $name }{ $phone }
cli-draft-out-of-stock = {"  "}OUT OF STOCK ({ $available } left)
cli-draft-asked-only = {"  "}(only asked about)
cli-draft-deliver-to = deliver to: { $address }
cli-draft-pickup = pickup at the shop
cli-draft-says-paid = says they paid (a claim, not verified)
cli-draft-says-paid-amount = says they paid { $amount } (a claim, not verified)
cli-draft-unmatched = no product matches: "{ $text }"

## The desk: what the status line says about an outcome.

desk-order-created = order #{ $number } created and confirmed ({ $total }): y copies the summary, Y the payment link
desk-draft-saved = draft #{ $number } saved; confirm it with c when ready
desk-order-updated = order #{ $number } updated (v{ $revision })
desk-order-confirmed = order #{ $number } confirmed: stock reserved; y copies the summary
desk-order-advanced = order #{ $number } is { $stage }
desk-order-cancelled = order #{ $number } cancelled; its stock is back on sale
desk-notes-saved = notes of #{ $number } saved
desk-payment-recorded = { $claimed ->
    [yes] claim recorded (verify it when the money shows up)
   *[no] payment recorded
}: { $amount } on #{ $number }; balance { $balance }
desk-claim-verified = claim verified on #{ $number }: now { $status } (balance { $balance })
desk-claim-rejected = claim rejected on #{ $number }: it no longer counts
desk-refunded = refunded { $amount } on #{ $number } by { $method }{ $restocked ->
    [yes] ; goods back in stock
   *[no] {""}
}
desk-stock-received = received { $qty } × { $product }: { $available } available
desk-stock-adjusted = { $product } adjusted by { $delta }: { $on_hand } on hand, { $available } available
desk-merged = merged into { $into }; their orders moved
desk-reviews-closed = closed { $count ->
    [one] 1 review
   *[other] { $count } reviews
} of #{ $number }; the note is in the journal
desk-copied = copied { $what } to the clipboard ({ $chars } characters)
desk-copied-osc52 = sent { $what } to your terminal's clipboard (OSC 52); paste to check
desk-copy-failed = could not copy the { $kind ->
    [summary] summary
    [link] payment link
   *[reminder] reminder
} ({ $why }): select it by hand
desk-copy-failed-title = The { $kind ->
    [summary] summary
    [link] payment link
   *[reminder] reminder
}
desk-copy-by-hand = Select the text with the mouse (Shift+drag in most terminals) and copy it.
desk-exported = { $orders } orders, { $payments } payments today: wrote { $files } files, e.g. { $first }
desk-refused-stale = could not { $doing }: it was changed by someone else meanwhile; reloaded, look again
desk-refused-busy = could not { $doing }: the book is busy (another desk or command is writing); try again
desk-clipboard-unreadable = { $why }; paste into the terminal instead (most terminals: Ctrl-Shift-V)
desk-refused = could not { $doing }: { $why }
desk-copied-summary = the summary of #{ $number }
desk-copied-link = the payment link of #{ $number } ({ $provider }, valid until { $until })
desk-copied-link-note = ; note: { $note }
desk-copied-reminder = the reminder { $step } of #{ $number }{ $last ->
    [yes] {" "}(last one: tagged payment-abandoned)
   *[no] {""}
}
desk-swept-expired = payment link ran out unpaid: { $orders }
desk-swept-released = cancelled and stock released: { $orders }
desk-swept-closed = links closed (paid otherwise): { $orders }
desk-swept-kept-paid = it has a payment or a claim; decide by hand
desk-swept-kept = #{ $number } kept its stock: { $why }
desk-paste-no-order = nothing in the paste reads as a customer's order (only the shop's own or system messages?)
desk-paste-read = read { $lines ->
    [one] 1 line
   *[other] { $lines } lines
} for { $customers ->
    [one] 1 customer
   *[other] { $customers } customers
}: check, then Enter creates and confirms

## What the desk was doing, after "could not …".

doing-load-orders = load the orders
doing-load-inventory = load the inventory
doing-load-customers = load the customers
doing-load-payments = load the payments
doing-open-order = open order #{ $number }
doing-open-history = open the customer's history
doing-load-catalog = load the catalog
doing-search-customers = search the customers
doing-read-paste = read the paste
doing-create-order = create and confirm the order
doing-save-draft = save the draft
doing-change-order = change order #{ $number }
doing-confirm-order = confirm order #{ $number }
doing-advance = move order #{ $number } to { $stage }
doing-cancel-order = cancel order #{ $number }
doing-save-notes = save the notes of #{ $number }
doing-record-claim = record the claim on #{ $number }
doing-record-payment = record the payment on #{ $number }
doing-verify = verify the claim on #{ $number }
doing-reject = reject the claim on #{ $number }
doing-refund = refund #{ $number }
doing-receive = receive { $sku }
doing-adjust = adjust { $sku }
doing-merge = merge { $from }
doing-close-review = close the review of #{ $number }
doing-copy-summary = copy the summary of #{ $number }
doing-make-link = make the payment link of #{ $number }
doing-send-reminder = send reminder { $step } of #{ $number }
doing-copy = copy
doing-read-clipboard = read the clipboard
doing-export = write today's reports
doing-check-links = check the payment links
desk-webhook-not-started = webhook not started: { $why }

## Backups, in the desk's help and its warning on opening.

backup-none-yet = No backup of this book yet: `orderdesk backup` makes one.
backup-last = Last backup { $days ->
    [0] today
    [one] yesterday
   *[other] { $days } days ago
} ({ $at } UTC); `orderdesk restore FILE` puts one back.
backup-warn-none = this book has no backup yet: run `orderdesk backup`
backup-warn-old = no backup for { $days } days: run `orderdesk backup` (see `backup.keep` in the config)
