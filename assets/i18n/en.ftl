# orderdesk, English. One message per key; every catalog has the same keys (a test checks).
# Arguments: money, dates and numbers arrive already in the locale's form, except counts
# ($count, $n), which plurals choose by.

## Customer-facing: the summary and the reminder pasted into the chat. Their
## { $placeholders } become the template's {placeholders}; a line whose placeholder has no
## value (no delivery fee, no link) is left out.

summary-template =
    {"*"}{ $shop }* · Order #{ $order_no }{ $revision }
    { $quote }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Delivery fee: { $delivery }
    Discount: -{ $discount }
    {"*"}Total: { $total }*
    Paid: { $paid }
    Refunded: { $refunded }
    Payment sent, being checked: { $claimed }
    Balance due: { $balance }
    Delivery: { $deadline }
    Deliver to: { $address }
    Pay here: { $link }
    Link valid until { $expires }
    Notes: { $notes }
summary-quote = Quote: reply OK to confirm (the items are reserved on confirmation)
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
name-Method-pix = pix
name-Method-card = card
name-Method-link = link
name-Method-other = other
name-PaymentState-claimed = claimed
name-PaymentState-verified = verified
name-PaymentState-rejected = rejected
name-PaymentStatus-unpaid = unpaid
name-PaymentStatus-claimed = claimed
name-PaymentStatus-partially_paid = partially paid
name-PaymentStatus-paid = paid
name-PaymentStatus-overpaid = overpaid
name-PaymentStatus-refunded = refunded
name-PaymentStatus-partially_refunded = partially refunded
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
} { $day ->
    [yes] on { $from }
   *[no] from { $from } to { $to }
}
cli-restore-demo = the demo shop is made anew by deleting it; restore works on a real book
cli-no-log = warning: { $why }; going on without a log
cli-path-database = database
cli-path-config = config
cli-path-demo = demo
cli-path-backups = backups
cli-path-logs = logs
cli-path-reports = reports
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
cli-order-totals = Total { $total } (delivery { $delivery }, discount { $discount })  paid { $paid }
cli-order-refunded = {"  "}refunded { $refunded }
cli-order-balance = {"  "}{ $balance }
cli-order-note = Note: { $note }
cli-order-staff-note = Staff note: { $note }
cli-order-claimed = {"  "}claimed { $claimed }
cli-order-address = Deliver to: { $address }
cli-payment-reference = {" "}ref { $reference }
# The counts choose the words in languages whose words follow the number; the others show
# the column-aligned figures.
cli-product-stock = { $on_hand } on hand { $reserved_count ->
   *[other] { $reserved } reserved
} { $available_count ->
   *[other] { $available } available
}
cli-product-low = {"  "}LOW
cli-customer-stats = { $orders ->
    [one] 1 order
   *[other] { $orders } orders
}  value { $value }  owes { $owes }
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
cli-import-count = { $outcome }: { $count }
cli-imported = { $file }: { $counts }{ $changed ->
    [no] ; the book did not change
   *[yes] {""}
}
cli-latin1 = { $path } is not UTF-8; reading it as Latin-1
cli-sync-unchanged = unchanged
cli-synced = asked Stripe about { $asked ->
    [one] 1 link
   *[other] { $asked } links
}; { $verified } verified; { $expired } expired, { $closed } closed, { $released } released; { $unchecked ->
    [one] 1 fixed or template link
   *[other] { $unchecked } fixed or template links
} to verify by hand or by report
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
cli-cannot-write-messages = cannot write the messages: { $why }
parse-day-month = day/month
parse-month-day = month/day
parse-dates-ambiguous = dates like { $example } are ambiguous; read as { $order } (configured)
parse-dates-disagree = dates in this paste disagree ({ $day_first } read only as day/month, { $month_first } only as month/day); read them as { $order }
parse-more-warnings = … and { $count } more warnings like these ({ $kind ->
    [paste] about the paste
    [date-order] about date order
    [date] impossible dates
    [time] impossible times
   *[layout] headers of another layout
})
parse-other-layout = line { $line }: starts like a message header of another layout; kept it as text of the message above
parse-impossible-date = line { $line }: { $date } is not a real date; kept the line as message text
parse-impossible-time = line { $line }: { $time } is not a real time; kept the line as message text
parse-no-header-lines = { $count ->
    [one] the first line has
   *[other] the first { $count } lines have
} no message header; kept { $count ->
    [one] it
   *[other] them
} as one message without author
parse-no-headers = no WhatsApp message headers found; treated the paste as one message
parse-cut-short = the paste is larger than 4 GiB; read its first 4 GiB (up to a line end)
cli-draft-unknown-customer = an unknown customer
cli-draft-head = Draft for { $name }{ $phone }
cli-draft-out-of-stock = {"  "}OUT OF STOCK ({ $available } left)
cli-draft-asked-only = {"  "}(only asked about)
cli-draft-deliver-to = deliver to: { $address }
cli-draft-pickup = pickup at the shop
cli-draft-says-paid = says they paid (a claim, not verified)
cli-draft-says-paid-amount = says they paid { $amount } (a claim, not verified)
cli-draft-unmatched = no product matches: "{ $text }"
cli-draft-wanted-by = wanted by: { $day }
cli-draft-wanted-by-time = wanted by: { $day }, by { $time }
cli-draft-chat-total = the chat's total: { $total }
cli-draft-claim-reference = the claim's reference: { $reference }
weekday-short = { $day ->
    [1] Mon
    [2] Tue
    [3] Wed
    [4] Thu
    [5] Fri
    [6] Sat
   *[7] Sun
}

## The desk: what the status line says about an outcome.

desk-order-created = order #{ $number } created and confirmed ({ $total }): y copies the summary, Y the payment link
desk-draft-saved = draft #{ $number } saved; confirm it with c when ready
desk-order-updated = order #{ $number } updated (v{ $revision })
desk-order-confirmed = order #{ $number } confirmed: stock reserved; y copies the summary
desk-order-advanced = order #{ $number } is { $stage }
desk-order-cancelled = order #{ $number } cancelled; its stock is back on sale
desk-notes-saved = note of #{ $number } saved
desk-payment-recorded = { $claimed ->
    [yes] claim recorded (verify it when the money shows up)
   *[no] payment recorded
}: { $amount } on #{ $number }; { $balance }
desk-claim-verified = claim verified on #{ $number }: now { $status } ({ $balance })
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
    [reminders] reminders
   *[reminder] reminder
} ({ $why }): select it by hand
desk-copy-failed-title = The { $kind ->
    [summary] summary
    [link] payment link
    [reminders] reminders
   *[reminder] reminder
}
desk-copy-by-hand = Select the text with the mouse (Shift+drag in most terminals) and copy it.
desk-exported = { $when }: { $orders ->
    [one] 1 order
   *[other] { $orders } orders
} and { $payments ->
    [one] 1 payment
   *[other] { $payments } payments
}: { $files ->
    [one] 1 file
   *[other] { $files } files
} written to { $folder }
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
doing-export = write the reports of { $when }
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

## The keys: what each one does, in the footer and in `?` (the keys themselves never change).

context-global = Everywhere
context-orders = Orders
context-inventory = Inventory
context-customers = Customers
context-payments = Payments
context-order = An order (in the queue or opened)
context-detail = Order view
context-history = A list of orders (a customer's history, a figure's orders)
context-review = Paste review / new order
context-picker = Picker
context-input = Typing a value
context-confirm = Confirmation
context-popup = Text to copy
key-quit = quit
key-help = help
key-next-pane = next pane
key-previous-pane = previous pane
key-orders = orders
key-inventory = inventory
key-customers = customers
key-payments = payments
key-down = down
key-up = up
key-page-down = page down
key-page-up = page up
key-first = first
key-last = last
key-filter-the-list = filter the list
key-go-to-order-number = go to order number
key-new-order-by-hand = new order by hand
key-paste-a-chat-from-the-clipboard = paste a chat from the clipboard
key-export-todays-csv-reports = export the day's CSV reports (in Today: the day shown)
key-back-clear-filter = back / clear filter
key-open-the-order = open the order
key-show-hide-delivered-and-cancelled = show/hide delivered and cancelled
key-copy-summary = copy summary
key-copy-payment-link = copy payment link
key-confirm-reserve-stock = confirm (reserve stock)
key-advance-packing-ready-out-delivered = advance: packing → ready/out → delivered
key-record-a-payment = record a payment
key-verify-a-claim = verify a claim
key-reject-a-claim = reject a claim
key-refund = refund
key-cancel-the-order = cancel the order
key-notes = notes
key-edit-lines = edit lines
key-receive-stock = receive stock
key-adjust-stock-with-a-reason = adjust stock (with a reason)
key-history = history
key-merge-into-another-customer = merge into another customer
key-verify-the-claim = verify the claim
key-reject-the-claim = reject the claim
key-copy-the-reminder-records-it-as-sent = copy the reminder (records it as sent)
key-copy-the-payment-link = copy the payment link
key-close-a-review-with-a-note = close a review, with a note
key-back-to-the-list = back to the list
key-back = back
key-create-and-confirm = create and confirm
key-save-as-draft = save as draft
key-quantity = quantity
key-less = less
key-change-product = change product
key-add-a-line = add a line
key-remove-line = remove line
key-customer = customer
key-address = address
key-next-customers-draft = next customer's draft
key-line = line
key-line-up = line up
key-leave-write-nothing = leave, write nothing
key-choose = choose
key-next = next
key-previous = previous
key-cancel = cancel
key-ok = ok
key-yes = yes
key-no = no
key-close = close
key-scroll = scroll
key-scroll-up = scroll up

## The desk's frame: panes, tabs, the working mark, popups and help.

pane-orders = Orders
pane-inventory = Inventory
pane-customers = Customers
pane-payments = Payments
tab-to-do = {" "}({ $count } to do)
working = working: { $what }…{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
working-short = working…
working-paste = reading the paste
working-link = payment link of #{ $number }
working-reminder = reminder of #{ $number }
working-reports = writing reports
working-links = checking links
picker-type-to-search = type to search
picker-nothing-matches = nothing matches
confirm-title = Sure?
confirm-keys-three = y / n · Esc cancels
confirm-keys-two = y yes · n or Esc no
help-title = Keys
help-intro = Paste a customer's WhatsApp messages anywhere to start. Esc closes; j/k scroll.
desk-notice-paid = #{ $number } paid { $amount } ({ $via ->
    [webhook] webhook
    [sync] sync
   *[import] import
})
desk-notice-review = payment to review: { $message }
desk-notice-refused = webhook refused ({ $status }): { $message }
desk-paste-empty = the paste was empty
desk-paste-reading = reading the paste…
desk-sold-out = sold out
desk-units-left = { $count } left
desk-done-toggled = delivered and cancelled orders { $shown ->
    [yes] shown
   *[no] hidden
}
desk-reading-clipboard = reading the clipboard…
desk-writing-reports = writing today's reports…
desk-filter-cleared = filter cleared
prompt-jump = Go to order
prompt-jump-hint = the order number, e.g. 1042
prompt-filter = Filter { $pane }
prompt-filter-orders = customer, phone, order number, item, address or status ("packing")
prompt-filter-inventory = SKU, name, variant or alias
prompt-filter-customers = name or phone
prompt-address = Delivery address
prompt-address-hint = empty for pickup at the shop
review-needs-customer = who is it for? press u to pick or add the customer
review-needs-lines = no lines yet: press a to add a product
review-short = only { $available } of '{ $product }' left ({ $asked } asked): fix the line (+/-, p, d) or press s to keep a draft
review-pickup-note = pickup
review-left = left the { $what ->
    [edit] edit
   *[review] review
}; nothing was written
review-edit-needs-lines = an order needs at least one line (cancel it with D instead)

## The paste review and the new-order form.

review-customer-of = {" "}· customer { $current } of { $count } (Tab: next)
review-title-paste = Paste review{ $of }
review-title-new = New order
review-title-edit = Edit order #{ $number }
review-nothing-left = Nothing left to review.
review-customer = Customer:
review-known = known · { $orders ->
    [one] 1 order
   *[other] { $orders } orders
}
review-owes = owes { $amount }
review-new-customer = new customer
review-customer-unknown = ? not known — press u to pick or add
review-no-lines = no lines yet — press a to add a product
review-unsure = { $percent }% sure
review-only-left = only { $count } left
review-total = total { $total }
review-pickup = pickup at the shop
review-no-address-last = none said — last time { $last } (L uses it, A types another)
review-no-address = none said (A to add one)
review-delivery = Delivery:
review-says-paid = Says paid:
review-says-paid-amount = { $amount } — a claim, recorded to verify later
review-says-paid-no-amount = no amount given — check before recording
review-asked-only = Only asked about, not ordered (a adds it):
review-unmatched = Matched no product (add it with a if needed):
review-note = note: { $note }
review-before-enter = Before Enter: { $why }

## The order's journal, as the order view shows it (stored in English, shown in yours).

journal-created = order created
journal-edited = order changed
journal-confirmed = confirmed: stock reserved
journal-confirmed-oversold = confirmed (oversold)
journal-cancelled = cancelled: stock released
journal-restocked = restocked
journal-refunded = refunded
journal-merged = merged
journal-payment-verified = payment verified
journal-payment-rejected = payment rejected
journal-payment-claimed = payment claimed
journal-payment-recorded = payment recorded
journal-payment-link-made = payment link made
journal-payment-link-replaced = payment link replaced
journal-payment-link-expired = payment link expired
journal-payment-link-paid = payment link paid
journal-payment-link-cancelled = payment link cancelled
journal-payment-link-failed = payment link failed
journal-payment-link-review-closed = payment link review closed
journal-payment-review-closed = payment review closed
journal-payment-link-needs-review = payment link needs review
journal-tagged-payment-abandoned = tagged payment-abandoned
journal-cancelled-after-the-last-payment-reminder = cancelled after the last payment reminder
journal-cancelled-payment-link-expired-unpaid = cancelled: payment link expired unpaid
journal-payment-abandoned-cleared-paid = payment-abandoned cleared: paid
journal-reminder-sent = payment reminder { $step } of { $steps } sent
journal-report-row-review = report row needs review: { $why }

## The order view and a customer's history.

detail-title = Order #{ $number }{ $version } · { $label }
detail-who = { $name }{ $phone } · ordered { $at } ({ $age } ago)
detail-deliver-to = Deliver to: { $address }
detail-notes = Note (in the summary): { $notes }
detail-lines = Lines
detail-total = Total { $total }
detail-delivery = delivery { $amount }
detail-paid = paid { $amount }
detail-claimed = claimed { $amount } (to verify)
detail-balance = balance { $amount }
detail-payments = Payments
detail-reference = ref { $reference }
detail-journal = Journal
detail-summary = Summary (y copies it)
history-title = { $name }{ $phone } · { $orders ->
    [one] 1 order
   *[other] { $orders } orders
} · lifetime { $lifetime } · owes { $owes }
history-no-address = no address yet
history-last-address = Last address: { $address }
column-age = age
column-items = items
column-total = total
column-status = status

## The four panes: titles, columns, marks and what an empty pane says.

pane-filter-note = {" "}· filter "{ $filter }"
pane-orders-pressing-short = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue }
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today }
}
pane-orders-sorted = {" "}· most urgent first
pane-orders-title = Orders · { $count }{ $sorted }{ $pressing }{ $filter }{ $done ->
    [yes] {" "}· with delivered & cancelled
   *[no] {""}
}
pane-orders-empty = No open orders. Paste a customer's WhatsApp messages here, or press n for a new order.
pane-orders-no-match = No order matches the filter (Esc clears it).
pane-inventory-title = Inventory · { $count } SKUs{ $filter }
pane-inventory-empty = No products. Import a catalog: orderdesk catalog import FILE.csv
pane-low = low
pane-customers-title = Customers · { $count }{ $filter }
pane-customers-empty = No customers yet: they are added with their first order.
pane-payments-title = Payments · { $claims ->
    [one] 1 claim
   *[other] { $claims } claims
} · { $reminders ->
    [one] 1 reminder due
   *[other] { $reminders } reminders due
} · { $reviews } to review
pane-payments-empty = No payments or links yet.
pane-remind = remind { $step }/{ $steps }
pane-last-reminder = last reminder
pane-reminder-due = reminder due
pane-y-copies-it = y copies it
pane-review = review
pane-link-sent = link sent
pane-link-until = until { $until }
column-customer = customer
column-balance = balance
column-sku = SKU
column-product = product
column-variant = variant
column-stock = stock
column-held = held
column-free = free
column-price = price
column-name = name
column-phone = phone
column-orders = orders
column-lifetime = lifetime
column-owes = owes
column-last = last
column-order = order
column-amount = amount
column-how = how
column-state = state
column-id-ref-note = id / ref / note

## The desk's questions: prompts, pickers and confirmations, and what it says while asking.

flow-no-order = no order selected
flow-getting-link = getting the payment link of #{ $number }…
flow-already = order #{ $number } is already { $state }
flow-nothing-to-refund = nothing has been received on #{ $number }, so there is nothing to refund
flow-confirm-first = order #{ $number } is { $state }: confirm a draft first (c)
flow-no-claim = order #{ $number } has no claimed payment to { $verify ->
    [yes] verify
   *[no] reject
}
flow-only-claims = only a claimed payment can be verified or rejected
flow-y-reminder = y copies a due reminder; select one (or open the order for its summary)
flow-close-review-select = C closes a link in manual review; select one
flow-not-editable = order #{ $number } can no longer be edited (its goods left the shop or it is closed)
flow-not-order-number = '{ $value }' is not an order number
flow-type-amount = type the amount
flow-not-units = '{ $value }' is not a number of units (1 or more)
flow-not-change = '{ $value }' is not a change such as +3 or -2
flow-say-why = say why: the reason is kept in the stock ledger
flow-say-what-found = say what you found: the note is kept in the journal
flow-nothing-matches = nothing matches; keep typing or press Esc
prompt-payment = Payment for #{ $number }
prompt-payment-hint = amount received or claimed; the balance due is { $balance }
prompt-refund = Refund for #{ $number }
prompt-refund-hint = how much goes back (paid: { $paid })
prompt-notes = Note for the customer on #{ $number }
prompt-notes-hint = shown in the summary; changes nothing agreed (no new version)
prompt-close-review = Close the review of #{ $number }
prompt-close-review-hint = what you found ({ $note }); it goes in the journal
prompt-receive = Receive { $product }
prompt-receive-hint = units that arrived ({ $on_hand } on hand now)
prompt-adjust = Adjust { $product }
prompt-adjust-hint = units more (+3) or fewer (-2) than the count says ({ $on_hand } on hand, { $free } free)
prompt-receive-note = Receive { $qty } × { $sku }
prompt-receive-note-hint = a note for the ledger (supplier, invoice) — optional
prompt-adjust-reason = Adjust { $sku } by { $delta }
prompt-adjust-reason-hint = why (kept in the ledger): counted, damaged, found…
prompt-pay-reference = { $amount } { $how ->
    [cash] in cash
   *[other] by { $method }
} for #{ $number }
prompt-pay-reference-hint = reference (Pix/bank/card id) — optional; the same reference never pays twice
picker-advance = Advance #{ $number }
picker-which-claim = Which claim of #{ $number }?
picker-merge-into = Merge { $name } into…
picker-customer = Customer: type a name or phone
picker-no-phone = no phone
picker-new-customer = + new customer "{ $name }"
picker-how-paid = How was { $amount } paid?
picker-change-product = Change product
picker-add-product = Add a product
stage-packing-means = being packed
stage-ready-means = ready for pickup or the courier
stage-out-means = left the shop (stock ships)
stage-delivered-means = in the customer's hands
confirm-cancel-order = Cancel order #{ $number }? Its reserved stock goes back on sale.
confirm-verify = The { $what } claim arrived? It counts as paid once verified.
confirm-reject = Reject the { $what } claim? It will no longer count.
confirm-verify-of = The { $what } claim of #{ $number } arrived?
confirm-reject-of = Reject the { $what } claim of #{ $number }?
claim-what = { $amount } { $how ->
    [cash] cash
   *[other] { $method }
}
confirm-received = Is the { $amount } ({ $method }) already in the till or the account? y: yes, received · n: no, the customer says they paid (a claim to verify)
confirm-restock = Refund { $amount } on #{ $number }. Did the goods come back to stock? y: yes, restock · n: no
confirm-merge = Merge { $from } into { $name }? Their orders move to { $name }; nothing is deleted.

## Words from outside the catalogs (SQLite, the system, a provider), shown as they are.

plain = { $text }
list-semicolon = { $first }; { $rest }

## Errors: what could not be done and why, in words a shop can act on.

error-while = cannot { $doing }: { $why }
error-item-quantity = '{ $item }': the quantity after ':' must be a whole number, e.g. JKT-BLU-M:2
error-item-no-sku = '{ $item }' has no SKU (expected SKU:QTY, e.g. JKT-BLU-M:2)
error-unknown-currency = '{ $code }' is not the ISO 4217 code of a currency (such as { $known })
error-not-an-amount = '{ $text }' is not an amount (expected something like 180, 49.90 or 1.234,56)
error-too-many-decimals = '{ $text }' has more decimals than { $currency } allows ({ $exponent })
error-currency-mismatch = '{ $text }' is in { $found }, but this is in { $expected }
error-ambiguous-amount = '{ $text }' is ambiguous: is it { $grouped } or { $decimal }? write it without the separator or with { $exponent } decimals
error-amount-overflow = amount '{ $text }' is too large
error-amount-too-large = { $text } is more than orderdesk takes for one amount in { $currency } ({ $ceiling }); check the amount (a typo?) or split it
error-mixed-currencies = cannot combine { $a } and { $b }
error-order-not-allowed = order #{ $number } is { $state }: { $why }
error-order-empty = order #{ $number } has no lines: add at least one item
error-bad-quantity = quantity for { $sku } must be between 1 and { $max } (got { $qty })
error-negative = the { $what ->
    [discount] discount
   *[delivery] delivery fee
} cannot be negative
error-discount-too-large = the discount ({ $discount }) is larger than the order ({ $before })
error-not-positive = the amount must be more than zero (got { $amount })
error-payment-currency = the payment is in { $found } but the order is in { $expected }
error-not-claimed = payment { $id } is already { $state }; only a claimed payment can be verified or rejected
error-refund-too-large = { $asked } is more than the { $refundable } received and not yet refunded
error-claimed-refund = a refund is paid out by the shop; it cannot be a claim
error-not-a-phone = '{ $text }' is not a phone number (expected digits, e.g. +1 512 555 0123)
error-phone-length = '{ $text }' is too short or too long for a phone number
error-phone-calling-code = '{ $text }' does not start with a country's calling code (write it like +1 512 555 0123 or +61 412 555 123)
error-unknown-country = unknown country '{ $code }' (use a two-letter code such as US, BR, MX, ES, DE, IN)
error-unknown-name = '{ $given }' is not valid here (expected one of: { $expected })
error-link-not-allowed = a { $state } payment link cannot be { $why }
error-template-unknown = unknown placeholder {"{"}{ $name }{"}"} (known: { $known })
error-template-unclosed = unclosed '{"{"}' at character { $at }; write '{"{{"}' for a literal brace
error-template-stray = stray '{"}"}' at character { $at }; write '{"}}"}' for a literal brace
error-paste-too-large = the paste is { $size } MB and orderdesk reads at most { $most } MB at a time (about { $messages } messages): export a shorter stretch of the chat, or split the file at line ends (`split -C { $split }M export.txt part-`) and import the parts one after another (importing the same messages twice creates nothing twice)
order-why-confirm-first = confirm it before packing or delivering
order-why-already-confirmed = it is already confirmed
order-why-left-refund = the goods have left the shop; record a refund instead
order-why-left-restock = the goods have left the shop; record a refund with --restock instead
order-why-forward-only = fulfilment only moves forward
order-why-cancelled = a cancelled order cannot change; create a new order
order-why-completed = it is delivered and complete; record a refund if needed
link-why-paid-failed = paid: the provider reported it failed
link-why-paid-replaced = paid: it was replaced, so the amount needs a person
link-why-paid-twice = paid twice
link-why-expired = expired: it is not live
link-why-failed = failed: it is not live
link-why-cancelled = cancelled: it is not live
link-why-review-paid = sent to review: it is already paid
link-why-not-in-review = closed: it is not under review
doing-import-line = import line { $line }
doing-import-stock = set the stock of { $sku } to { $target } (line { $line }, column stock)
doing-stock-move = { $kind ->
    [receive] receive
    [adjust] adjust
   *[other] move
} { $qty } of { $sku }
error-import-sku-case = line { $line }, column sku: '{ $sku }' is '{ $catalog }' in the catalog (SKUs are one product however they are capitalised); write it the same way; nothing was imported
error-receive-range = cannot receive { $qty } of { $sku }: the quantity must be between 1 and { $max }
error-adjust-zero = adjusting { $sku } by 0 changes nothing
error-adjust-range = cannot adjust { $sku } by { $delta }: at most { $max } units at a time
error-adjust-reason = say why the stock of { $sku } changes (a reason is kept in the ledger)
error-reserved-beyond = only { $available } available once open orders' reservations are counted
error-unknown-sku = no product with SKU '{ $sku }' (see `orderdesk catalog list`)
error-import-cell = line { $line }, column { $column }: { $why }; nothing was imported
error-import-header = cannot read the CSV header: { $why }
error-import-unknown-column = unknown column (known: { $known })
error-import-missing-column = the header has no '{ $column }' column (expected: sku,name,variant,price,currency,stock); nothing was imported
error-import-cells = expected { $expected } cells like the header, found { $found }
error-import-not-utf8 = not UTF-8 text; save the file as UTF-8 CSV
error-import-line = line { $line }: { $why }; nothing was imported
error-import-sku-control = '{ $sku }' has a control character (a SKU is letters, digits and marks people can type)
error-import-not-sku = '{ $sku }' is not a SKU (1–64 characters, no spaces)
error-import-sku-twice = { $sku } already appears on line { $first }
error-import-no-name = the name is empty
error-import-currency = { $currency } differs from the shop's currency { $shop } (shop.currency in the config)
error-import-negative-price = a price cannot be negative
error-import-not-units = '{ $text }' is not a whole number of units
error-import-no-products = the CSV has a header but no products; nothing was imported
error-nothing-created = nothing was created: { $why }
error-paste-no-customer = no customer messages in the paste (only the shop's own, or system messages); nothing was created
chat-created = created draft order #{ $number } for { $customer } ({ $items ->
    [one] 1 line
   *[other] { $items } lines
})
chat-already-imported = the order of { $customer } already exists as #{ $number }
chat-skipped = skipped { $customer }: { $why }
chat-skipped-no-customer = the paste does not say who the customer is (copy it with the message headers, or use `order new`)
chat-skipped-no-products = no product from the catalog was ordered
chat-note-says-paid = customer says they paid (no amount given)
chat-note-says-paid-amount = customer says they paid { $amount }
error-customer-no-name = a customer needs a name (how the shop knows them)
error-same-customer = '{ $from }' and '{ $into }' are the same customer
error-no-customer-phone = no customer with phone { $phone }
error-no-customer-name = no customer called '{ $name }'
error-customers-same-name = { $count } customers are called '{ $name }': use their phone number instead
error-unknown-customer = no customer called '{ $name }'{ $guesses ->
    [0] {""}
   *[other] {" "}(did you mean { $close }?)
}; use a name or phone from `orderdesk customer list`, or add --new-customer to create '{ $name }'
error-order-for-whom = say who the order is for: a phone number or a name
error-demo-size = a demo needs at least one order and one customer
error-demo-not-empty = { $path } already has orders; the demo only fills an empty database (use another --db)
error-customer-gone = that customer is no longer in the book
error-no-review = order #{ $number } has no payment under review
error-link-cancelled = order #{ $number } is cancelled; it takes no payments
error-link-nothing-due = order #{ $number } has nothing left to pay; it needs no payment link
error-no-link-configured = no payment link is configured: set payment_link.provider (fixed, template or stripe) and its URL in the config, or pass --provider
error-stripe-key = Stripe links need the secret key in STRIPE_API_KEY (it is never read from the config file); set it and try again
doing-read-amount = read the { $what ->
    [discount] discount
   *[delivery] delivery fee
}
doing-order-step = { $verb ->
    [confirm] confirm
    [cancel] cancel
    [advance] advance
    [note] change the notes of
    [step-back] move back
    [reinstate] reinstate
   *[edit] edit
} order #{ $number }
error-edit-nothing = nothing to change on order #{ $number } (use --item, --remove, --delivery, …)
error-no-such-line = order #{ $number } has no line with SKU { $sku }
error-edit-same = order #{ $number } already looks like that; nothing changed
error-not-a-status = '{ $status }' is not a status; use open, a lifecycle ({ $lifecycles }), a fulfilment ({ $fulfilments }) or a payment state ({ $payments })
error-order-no-items = an order needs at least one item (--item SKU:QTY)
error-chat-imported = this chat was already imported as order #{ $number }; nothing was created
error-empty-name = the customer's name is empty: give a name or leave --name out
error-no-order = there is no order #{ $number } (see `orderdesk order list`)
error-negative-quantity = { $sku }: a quantity cannot be negative ({ $qty })
error-only-left = only { $available } of '{ $product }' left ({ $asked } asked)
doing-read-the-amount = read the amount
doing-refund-order = refund order #{ $number }
error-amount-currency = the amount is in { $found } but the order is in { $expected }
error-pay-cancelled = order #{ $number } is cancelled: it takes refunds, not payments
error-restock-not-shipped = cannot restock order #{ $number }: its goods have not left the shop; cancel the order to release its stock, then refund without --restock
error-restocked-already = order #{ $number } was already restocked; refund without --restock
error-not-a-payment-id = '{ $given }' is not a payment id (use the id shown by `orderdesk order show { $number }`)
error-no-such-payment = order #{ $number } has no payment { $given }
error-payment-id-ambiguous = '{ $given }' matches several payments of order #{ $number }; give more of the id
error-no-link-to-remind = order #{ $number } has no unpaid payment link to remind about
error-reminder-not-due = no reminder of order #{ $number } is due yet; step { $step } falls at { $at }
error-no-reminder-left = order #{ $number } has no reminder left to send
error-reminder-not-the-one = reminder { $asked } of order #{ $number } is not the one due; step { $due } is
error-reminder-template = reminders.template in the config: { $why }
error-summary-template = templates.summary in the config: { $why }
error-cannot-record = cannot record { $amount } for order #{ $number }
error-day-no-start = { $day } has no valid start in this time zone
error-day-out-of-range = { $day } is out of range
error-clipboard-not-book = the clipboard is the screen's, not the book's
error-export-io = cannot write { $path }: { $why }; nothing was written
error-export-full = cannot write { $path }: the disk is full; free some space (or write elsewhere with --out) and try again; nothing was written
error-store-open = cannot open the database at { $path }: { $reason }
error-store-not-a-database = { $path } is not an orderdesk database or it is damaged ({ $detail }); point --db at another file or restore a backup
error-store-foreign = { $path } is a SQLite database of another program (it has tables but no orderdesk schema); it was left untouched: point --db at another file
error-store-too-new = the database was written by a newer orderdesk (schema { $found }, this one knows up to { $known }); update orderdesk
error-store-busy = the database is busy: another desk or command kept it locked for over 5 seconds; try again
error-store-read-only = the database file is read-only; check its permissions
error-store-read-only-folder = the folder { $dir } is read-only: the book needs to write its journal (-wal and -shm files) beside it; make the folder writable or move the book
error-store-full = the disk holding the database is full: nothing was changed; free some space and try again
error-store-in-use = { $path } is open in a desk or command (or the webhook); close them all and try again
error-store-restoring = the book is being restored from a backup; try again in a moment
error-store-connect = cannot connect to the PostgreSQL book at { $target }: { $reason }
error-store-backup-on-server = a PostgreSQL book is backed up and restored with PostgreSQL's own tools: pg_dump -Fc (the URL) > book.dump, and pg_restore to bring it back
error-store-stale = { $what } was changed by someone else meanwhile; reload and try again
error-store-reference-other-case = a payment with that reference (written in other capitals) is already recorded; the same payment cannot count twice
error-store-reference-recorded = a { $kind } by { $method } with reference '{ $reference }' is already recorded; the same payment cannot count twice
error-store-reference-reused = its reference has since paid another payment; the claim stays rejected
error-store-reference-taken = another payment already has reference '{ $reference }'
error-store-event-received = event { $event } was already received
error-store-row-imported = this report row was already imported
error-store-reminder-recorded = reminder { $step } was already recorded as sent
error-store-live-link = this order already has a live payment link (made by another desk meanwhile); reload and use that one
error-store-phone-taken = a customer with phone { $phone } already exists
what-the-payment = the payment
what-the-payment-link = the payment link
what-order = order #{ $number }
what-link-of-order = the payment link of order #{ $number }
error-store-not-enough-stock = not enough stock of { $sku }: { $available } available, { $asked } asked
error-store-not-on-hand = cannot ship { $asked } of { $sku }: only { $on_hand } on hand (the order was confirmed beyond the stock); receive stock first
error-store-beyond-ceiling = an amount beyond every currency's ceiling was refused by the book; check the amount
error-store-overflow = a sum in the book is too large to count: an amount beyond the ceiling was stored by an older orderdesk; restore a backup made before it
error-store-incomplete = the book is damaged: { $counted } { $what ->
    [orders] orders
   *[other] { $what }
} are in it but only { $read } could be read, so the list is not shown; restore a backup (`orderdesk restore`)
error-provider-unreachable = cannot reach { $what }: { $why }; check the connection and try again
error-provider-refused = { $what } refused the request (HTTP { $status }): { $message }
error-provider-bad-answer = { $what } answered something unexpected: { $why }
desk-webhook-listening = taking Stripe webhooks at { $address }
clipboard-over-ssh = over SSH the remote clipboard is not this screen's
clipboard-no-answer = the display did not answer within half a second
clipboard-system = no system clipboard ({ $detail })
clipboard-empty = the clipboard is empty
clipboard-refused = no clipboard in this test
error-backup-io = cannot write the backup { $path }: { $why }; nothing was written
error-backup-full = cannot write the backup { $path }: the disk is full; free some space or back up elsewhere with --to; nothing was written
error-backup-exists = { $path } already exists; choose another name, or a folder
error-backup-same-file = { $path } is the book itself; restore from a copy of it
error-config-read = cannot read the config file { $path }: { $why }
error-config-invalid = the config file { $path } is not valid: { $why }
desk-undone = undone: { $what } (the journal keeps both)
desk-copied-reminders = { $count ->
    [one] 1 reminder
   *[other] { $count } reminders
} ({ $numbers }), each headed by its order
doing-remember-shop-author = remember who the shop is
doing-check-reference = check the reference '{ $reference }'
doing-undo = undo { $what }
doing-batch = act on { $count ->
    [one] 1 marked row
   *[other] { $count } marked rows
}
doing-send-reminders = send { $count ->
    [one] 1 reminder
   *[other] { $count } reminders
}
undo-verify = the verification of the claim on #{ $number }
undo-reject = the rejection of the claim on #{ $number }
undo-advance = the last advance of #{ $number }
undo-cancel = the cancellation of #{ $number }
undo-merge = the merge of two customers
key-half-a-page-down = half a page down
key-half-a-page-up = half a page up
key-go-to-an-order-pane-or-customer-or-do-an = go to an order, pane or customer, or do anything by name
key-undo-the-last-verify-reject-advance-canc = undo the last verify, reject, advance, cancel or merge
key-mark-the-row-a-then-moves-all-marked-to = mark the row (a then moves all marked to packing)
key-advance-packing-delivered = advance: packing → delivered
key-note-for-the-customer-in-the-summary = note for the customer (in the summary)
key-staff-note-never-in-the-summary = staff note (never in the summary)
key-mark-a-claim-or-reminder-v-x-or-y-then-a = mark a claim or reminder (v, x or y then act on all marked)
key-type-the-quantity = type the quantity
key-deliver-to-the-customers-last-address = deliver to the customer's last address
key-delivery-fee = delivery fee
key-discount = discount
key-a-new-order-instead-of-updating-the-earl = a new order instead of updating the earlier one
key-next-j-in-a-short-list = next (j in a short list)
key-previous-k-in-a-short-list = previous (k in a short list)
key-complete-with-the-chosen-one = complete with the chosen one
context-this-screen = This screen
prompt-filter-payments = customer, order number, method, reference or state ("claimed")
review-left-some = left the { $what ->
    [edit] edit
   *[review] review
}: { $numbers } { $written ->
    [one] was
   *[other] were
} created; { $left ->
    [one] the other draft was not written
   *[other] { $left } other drafts were not written
}
confirm-leave-review = { $what ->
    [edit] Leave the edit? Your changes are not saved.
   *[review] Leave the review? Your changes to this draft are lost.
} y: leave · n: stay
pane-marked-note = {" "}· { $count } marked
pane-payments-no-match = No payment matches the filter (Esc clears it).
detail-staff-note = Staff note: { $note }
detail-refunded = refunded { $amount }
detail-nothing-due = nothing due
detail-shop-owes = the shop owes { $amount } back
prompt-staff-note = Staff note on #{ $number }
prompt-staff-note-hint = for the shop only: never in the summary
confirm-overpay = { $amount } is { $over } more than the { $due } due on #{ $number }. Record { $amount }? y: yes, it is right · n: type the amount again
error-never-advanced = order #{ $number } was never advanced
error-never-cancelled = order #{ $number } was never cancelled
error-no-payment-of = order #{ $number } has no such payment
error-nothing-to-undo = payment { $id } of #{ $number } is { $state }: nothing to undo
error-merge-not-last = that merge is not the last one into this customer
error-merge-unreadable = the merge's journal entry is unreadable
error-no-link-made = no payment link was made
desk-nothing-to-undo = nothing to undo in this session
palette-title = Go to or do: order number, pane, customer or action (Tab completes)
palette-order = order #{ $number }
palette-order-detail = open it (and select it in the queue)
palette-pane = { $pane } pane
palette-key = key { $key }
palette-customer = customer { $name }
palette-not-here = that action is not for this screen

## The counter: jumping to an order, who the shop is in a paste, marked rows, undo, the
## review's charges and an earlier paste of the same chat.

desk-jumped-to-closed = #{ $number } is not among the open orders: delivered and cancelled shown too (t hides them)
desk-author-is-shop = “{ $author }” is the shop from now on; the paste is read again
desk-author-is-customer = “{ $author }” is a customer; not asked again
confirm-shop-author = “{ $author }” quotes prices like a shop. Is “{ $author }” you (the shop)? y: yes, read its messages as the shop's · n: no, a customer
reminders-head = — #{ $number } (reminder { $step })
desk-batch-done = done on { $done } of { $total }: { $numbers }
confirm-undo = Undo { $what }? The journal keeps the action and its undoing.
flow-only-claims-marked = only claims and reminders are marked (Space)
flow-link-needs-confirm = #{ $number } is a draft: confirm it first (c), so the items are reserved before the customer pays
confirm-pack-marked = Move { $count ->
    [one] 1 marked order
   *[other] { $count } marked orders
} to packing ({ $numbers })? Those that cannot move are said.
confirm-verify-marked = Did the money of { $count ->
    [one] 1 marked claim
   *[other] { $count } marked claims
} arrive ({ $numbers })? They count as paid once verified.
confirm-reject-marked = Reject { $count ->
    [one] 1 marked claim
   *[other] { $count } marked claims
} ({ $numbers })? They will no longer count.
flow-refund-too-much = only { $paid } was received and not yet refunded: type { $paid } or less
flow-adjust-held = only { $free } of { $sku } are free (the rest is held by open orders): it can go down by { $free } at most
flow-not-quantity = '{ $value }' is not a quantity (1 to { $most }); d removes the line
flow-below-zero = { $amount } is below zero; type 0 for none
flow-reference-used = reference '{ $reference }' already paid { $same ->
    [yes] this order
   *[no] order #{ $holder }
} by { $method }: type the right one, or leave it empty
prompt-quantity = Quantity
prompt-quantity-hint = of the selected line; Enter sets it
prompt-delivery-fee = Delivery fee
prompt-delivery-fee-hint = added to the total; empty or 0 for none
prompt-discount = Discount
prompt-discount-hint = taken off the total; empty or 0 for none
review-last-address-used = delivery to { $address }, as last time
review-no-last-address = no address on file for this customer: A types one
review-new-instead = Enter makes a new order; #{ $number } stays as it is
review-updates-instead = Enter updates #{ $number }
review-continues = Continues #{ $number } (an earlier paste of this chat): Enter updates #{ $number } with these lines (o: a new order instead)
review-continues-new = Continues #{ $number }, but Enter makes a new order (o: update #{ $number } instead)
review-already-imported = Already imported as #{ $number }, with nothing new since: Enter writes these lines to #{ $number }; Esc leaves it
review-delivery-fee = delivery { $amount }  (f changes it)
review-discount = discount -{ $amount }  (% changes it)
picker-they-said = they said “{ $said }”
key-name-space = Space
order-why-not-further = it is not further along than that
order-why-not-cancelled = only a cancelled order is reinstated, as it was
link-description = Order #{ $number } · { $shop }
link-session-not-expired = the replaced Stripe session { $session } could not be expired ({ $why }); a payment on it will go to review

## The chat reader's warnings about a draft.

draft-no-customer = the paste names no customer; choose one before confirming
draft-no-products = no products recognised in this customer's messages
draft-total-differs = the chat says { $chat }; these lines make { $lines }
draft-foreign-claim = message { $source } claims a payment in { $claimed }, but the shop uses { $shop }
draft-removes-nothing = message { $source } removes something that was not in the order
draft-claim-above-order = message { $source } says { $claimed } was paid, more than this order's { $order }
draft-gave-up = the customer gave up the order in message { $source }
draft-empty-catalog = the catalog is empty: import it first (orderdesk catalog import FILE.csv)
draft-ambiguous = which { $product }? '{ $said }' fits { $fits }

## The order's journal: notes and undoing, and the stages as the order view says them.

journal-notes-changed = notes changed
journal-advance-undone = advance undone
journal-cancellation-undone = cancellation undone
journal-payment-verification-undone = payment verification undone
journal-payment-rejection-undone = payment rejection undone
journal-merge-undone = merge undone
journal-packing = moved to packing
journal-ready = ready for pickup or the courier
journal-out-for-delivery = out for delivery
journal-delivered = delivered to the customer

## `orderdesk setup`: the first run's questions.

setup-welcome = Welcome to orderdesk. Four questions set up your shop (Enter keeps the [suggestion]).
setup-ask-name = Your shop's name, exactly as it shows in WhatsApp
setup-name-empty = type the name your customers see on your messages
setup-ask-country = Country of your customers' phone numbers (two letters: BR, US, MX, DE, …)
setup-unknown-country = '{ $country }' is not a country orderdesk knows; try BR, US, MX, DE
setup-ask-currency = Currency, its ISO 4217 code ({ $codes } …)
setup-ask-language = Language of the desk and of the summaries you send (en, pt, es, de)
setup-unknown-language = '{ $language }' is not a language orderdesk speaks; type en, pt, es or de
setup-file-comment =
    Written by `orderdesk setup`. Every other setting keeps its default:
    `orderdesk config --print-default` lists them all.
setup-wrote = Wrote { $path }
setup-next = Next, your products: orderdesk catalog import products.csv (columns sku,name,variant,price,currency,stock)
setup-exists = { $path } already exists: edit it, or move it away to answer the questions again
setup-no-answer = setup stopped: no answer (nothing was written)
setup-gave-up = setup stopped after three answers it could not use; nothing was written
setup-cannot-read = cannot read the answer: { $why }
setup-bad-config = the setup made a bad config: { $why }
setup-cannot-create = cannot create { $path }: { $why }
setup-cannot-write = cannot write { $path }: { $why }

## Deadlines, the Today pane, learned aliases and `report day`

working-day = reading the day
desk-alias-learned = learned: “{ $phrase }” is { $sku } in every later paste
desk-deadline-set = #{ $number } is due { $deadline }: the queue puts it first on the day
desk-deadline-cleared = #{ $number } has no deadline now
desk-reports-title = Reports for { $when }
desk-reports-note = Open them in a spreadsheet; each is readable by you only.
doing-count-orders = count the orders that match the filter
doing-learn-alias = learn what “{ $phrase }” means
doing-set-deadline = set the deadline of #{ $number }
doing-load-day = read { $when }
doing-list-figure = list the orders behind the figure
pane-today = Today
context-today = Today (the day closed at a glance)
key-deadline-due = when it is due (deadline)
key-deadline = deadline
key-today-pane = today: the day closed at a glance
key-its-orders = its orders
key-earlier = before
key-later = after
key-back-to-today = today
key-span = day/week/month
key-export-csv = export CSV
prompt-deadline = Deadline
prompt-deadline-of = Deadline of #{ $number }
prompt-deadline-hint = when the customer needs it: today, tomorrow 18:00, sat, 5/12 … (empty: none)
error-deadline-unreadable = cannot read '{ $text }' as a deadline: write a date (2026-12-05 or 5/12), today, tomorrow or a weekday (sat, sexta, viernes, Freitag), optionally with a time (18:00, 6pm, 18h)
error-deadline-twice = '{ $text }' names two { $what ->
    [times] times
   *[days] days
}: give one
error-deadline-no-such-date = { $text } is not a date in the calendar
error-deadline-no-such-time = { $text } is not a time of day (00:00 to 23:59)
error-deadline-past = the deadline { $deadline } is already past: give a day from today on
error-deadline-too-far = the deadline { $deadline } is more than a year away: check the year (or leave the deadline out)
deadline-by-time = { $day }, by { $time }
month-short = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
month-long = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
day-name = { $weekday } { $day } { $month }
day-name-year = { $weekday } { $day } { $month } { $year }
day-weekday-day = { $weekday } { $day }
day-day-month = { $day } { $month }
period-range = { $from } to { $to }
duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
duration-days = { $days } d { $hours } h
pane-orders-counting = counting…
pane-orders-searching = {" "}· still searching…
pane-orders-searching-empty = Still searching the queue for orders that match the filter…
pane-orders-pressing = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue } overdue
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today } due today
}
column-due = due
due-late = late
due-today = today
due-tomorrow = tmrw
review-due = Due:
review-due-from-chat = (read from the chat; w changes it)
review-due-w-changes = (w changes it)
review-due-past = ! already past:{" "}
review-due-today = » today:{" "}
review-due-none = no deadline (w sets one)
detail-due = Due:
detail-due-overdue = ! overdue:
detail-due-today = » due today:
today-title-today = Today · { $day }
today-title-yesterday = Yesterday · { $day }
today-title-month = { $month } { $year }
today-title-week = Week · { $days }
today-days = { $from } – { $to } { $year }
today-days-one-month = { $from }–{ $to } { $year }
today-days-short = { $from } – { $to }
today-nothing-behind = no orders behind "{ $figure }"
today-orders-by-hour = orders by hour
today-money-by-hour = money in by hour
today-orders-by-day = orders by day
today-money-by-day = money in by day
today-money-by-method = money in by method
today-loading = reading the day…
today-payments = { $count ->
    [one] 1 payment
   *[other] { $count } payments
}
today-refund-count = { $count ->
    [one] 1 refund
   *[other] { $count } refunds
}
today-open-now = Still open now
today-claims = Claims to verify
today-oldest = {" "}· oldest #{ $number }
today-unpaid = Unpaid balances
today-overdue = Overdue
today-due = Due { $day }
today-low-stock = Low stock
today-sold-out = Sold out
today-happened = What happened
today-happened-period = What happened in the period
today-taken = Orders taken
today-confirmed = Confirmed
today-delivered = Delivered
today-cancelled = Cancelled
today-received = Money received
today-refunds = Refunds
today-verified-by = { $who ->
    [provider] Verified by the provider
    [report] Verified by a report
   *[person] Verified by a person
}
today-speed = median { $median } · slowest { $slowest } (#{ $number })
today-none-paid = no order paid in full yet
today-order-to-payment = Order → payment
today-no-confirmed = no confirmed orders
today-share-confirmed = { $share } of { $count } confirmed
today-paid-within-24h = Paid within 24 h
today-peak-none = none
today-peak-hour = peak { $value } at { $hour }
today-peak-day = peak { $value } on { $day }
today-more = { $count } more
today-nothing-received = nothing received
today-list-first = {" "}· the first { $shown } of { $total }
today-list-keys = Enter opens, Esc back
today-stock-in-inventory = stock: the Inventory pane marks low (! low) and sold-out products
error-period-backwards = the period ends ({ $to }) before it starts ({ $from })
error-period-too-long = { $from } to { $to } is longer than { $most } days: report a year at most
cli-check-deadline-gap = orders of rank { $rank } due { $day } { $time }: kept { $kept }, orders say { $real }
cli-check-search = the text the filter reads of orders { $orders } disagrees with them
cli-check-words = the index the filter finds orders by disagrees with orders { $orders }
cli-alias-row = { $phrase } → { $sku } learned by { $actor } on { $date }
cli-alias-none = no learned aliases yet: they are learned when you pick the product a customer meant in the paste review, or added with `catalog alias add`
cli-alias-learned = learned: "{ $phrase }" means { $sku }
cli-alias-forgot = forgot: "{ $phrase }" (was { $sku })
cli-order-due = Due: { $deadline } ({ $date })
cli-order-line-due = {"  "}due { $date }
report-orders = Orders
report-money-in = Money in
report-refunds = Refunds
report-verified = Verified
report-paid = Paid
report-claims = Claims
report-unpaid = Unpaid
report-overdue = Overdue
report-due = Due { $day }
report-low-stock = Low stock
report-sold-out = Sold out
report-orders-line = { $taken } taken ({ $amount }) · { $confirmed } confirmed · { $delivered } delivered · { $cancelled } cancelled
report-money-line = { $amount } in { $count ->
    [one] 1 payment
   *[other] { $count } payments
}{ $methods }
report-verified-by = { $who ->
    [provider] by the provider
    [report] by a report
   *[person] by a person
} { $count } ({ $amount })
report-median-minutes = median { $minutes } min
report-median = median { $time }
report-none-paid = no order paid in full yet
report-slowest = , slowest { $time } (#{ $number })
report-share = ; { $share } of { $count } confirmed paid within 24 h
report-still-open = Still open now
report-oldest-unpaid = oldest #{ $number } from { $day }, owes { $amount }
report-stock-none = none
report-stock-left = { $sku } ({ $left } left)
error-alias-no-words = '{ $phrase }' has no words to learn: an alias is what customers write for the product, like "bálsamo"; nothing was changed
error-alias-too-long = an alias is at most { $most } characters of plain text; nothing was changed
error-alias-no-product = no product { $sku } in the catalog (see `orderdesk catalog list`); nothing was changed
error-alias-unknown = no learned alias '{ $phrase }' (see `orderdesk catalog alias list`); nothing was changed
journal-deadline-changed = deadline changed
journal-alias-learned = alias learned
journal-alias-forgotten = alias forgotten

## Why a payment went to manual review (stored as a code, worded when read).
review-wrong-order = payment { $payment } names order #{ $named } but its link belongs to #{ $number }
review-unknown-currency = payment { $payment } of { $amount } { $currency } is in a currency the desk does not know
review-too-large = payment { $payment }: { $why }
review-link-amount = payment { $payment } of { $paid } does not match its link, which asked for { $asked }
review-replaced-link = payment { $payment } of { $paid } paid a link that was replaced; the balance changed since
review-link-closed = payment { $payment } of { $paid }: { $why }
review-order-currency = payment { $payment } is in { $paid } but order #{ $number } is in { $currency }
review-cancelled-order = payment { $payment } of { $paid } arrived for a cancelled order; refund it or reopen the sale
review-more-than-owed = payment { $payment } of { $paid } is more than order #{ $number } owes ({ $owes })
review-rejected-claim = a rejected claim has reference '{ $reference }'; check whether the money arrived
review-row-unknown-currency = currency '{ $currency }' is not the order's ({ $order })
review-row-currency = the row is in { $currency } but order #{ $number } is in { $order }
review-row-cancelled = order #{ $number } is cancelled; refund the money or reopen the sale by hand
review-row-more-than-owed = order #{ $number } owes { $owes } but the row paid { $paid }
review-claim-other-order = the claim it matches belongs to another order

## A payments import, row by row (the reconciliation file keeps these English words).
row-not-paid = status '{ $status }' is not money received
row-imported-before = imported before ({ $outcome })
row-no-such-order = the book has no order #{ $number }
row-names-no-order = the row names no order (no order number, no known id)
row-already-in-book = the payment is already in the book
row-matches-hand-verified = matches a payment already verified by hand; nothing doubled
row-verifies-claim = verifies the customer's claim ({ $source }, line { $line })
row-recorded = recorded as a verified { $method } payment
row-currency-unknown = the amount's currency is unknown
row-claim-without-row = the customer's claim of { $amount } ({ $method }) has no row in this report
cli-import-row = line { $line }: { $outcome }, { $detail }
cli-import-claim = #{ $number }: { $outcome }, { $detail }

## Why the webhook refused a request.
webhook-head-too-large = the request head is larger than 16 KiB
webhook-head-too-slow = the request took too long to arrive
webhook-not-http = not an HTTP request line
webhook-http-version = only HTTP/1.x is spoken here
webhook-header-no-colon = a header line without a colon
webhook-needs-length = send the body with a Content-Length
webhook-length-not-number = the Content-Length is not a number
webhook-body-too-large = the body is larger than { $max } bytes
webhook-body-too-slow = the body took too long to arrive
webhook-busy = too many connections; try again
webhook-no-endpoint = no such endpoint { $path }; Stripe posts to { $expected }
webhook-post-only = { $path } takes POST only
webhook-bad-signature = bad signature: { $why }; nothing was stored
webhook-malformed = malformed event: { $why }; nothing was stored
webhook-not-stored-retry = { $event } not stored, try again: { $why }
webhook-not-stored = { $event } not stored: { $why }
signature-missing = no Stripe-Signature header
signature-no-timestamp = the Stripe-Signature header has no valid timestamp (t=)
signature-no-v1 = the Stripe-Signature header has no v1 signature
signature-stale = the signature is { $age } s away from now; the tolerance is { $tolerance } s
signature-mismatch = no v1 signature matches the body and the secret
signature-no-secret = the webhook secret is empty
event-not-json = the body is not JSON: { $why }
event-missing = the event is missing { $what }
event-shape = the { $kind } in the event is not shaped as Stripe sends it: { $why }

## Why a payment link left its pending state (stored as a code, worded when read).
link-note-provider-failed = the provider reported the payment failed
link-note-provider-expired = the provider expired the session unpaid
link-note-paid-otherwise = the order was paid by other means
link-note-order-cancelled = the order was cancelled
link-note-ran-out = ran out unpaid
link-note-renewed = ran out; renewed
link-note-replaced = replaced by a new { $provider } link
link-note-rebalanced = replaced: the balance is now { $balance }
link-note-review-closed = review closed by { $actor }

## What a provider's event or status answer did (the event row and the provider keep English).
event-no-payment-needed = session { $session } needed no payment
event-still-processing = the payment is still processing
event-not-paid-yet = the customer has not paid yet
event-unknown-status = session { $session } has an unknown status '{ $status }'
event-session-no-amount = session { $session } is paid but carries no amount or currency
event-payment-no-order = payment { $payment } does not name an order of this desk
event-payment-no-amount = payment { $payment } carries no amount or currency
event-type-unused = event type { $kind } is not used by the desk
event-payment-unknown-order = payment { $payment } names no order of this book
event-payment-recorded-before = payment { $payment } is already recorded
event-paid-for = { $amount } for order #{ $number }
event-session-unknown = session { $session } is not a link of this book
event-session-already = session { $session } is already { $state }
event-session-now = session { $session } { $state }
event-expired-unpaid = expired unpaid
event-seen-before = seen before
reminder-not-cancelled = the order was not cancelled: { $why }

## The name of a shop that never said its own.
shop-default-name = My Shop

## What is wrong with a payments report file or its --map options.
report-map-shape = --map '{ $spec }' must be COLUMN=FIELD, e.g. --map "Transaction ID=reference"
report-map-unknown-field = --map '{ $spec }': '{ $field }' is not a field (fields: { $fields })
report-map-no-column = --map '{ $spec }' names no column
report-map-twice = --map names the field '{ $field }' twice
report-map-missing-column = --map names the column '{ $column }', which the file does not have (columns: { $columns })
report-not-stripe = the file has no '{ $what }' column, so it is not a Stripe payments export (columns: { $columns }); export Payments from Stripe's dashboard, or use --format mapped with --map
report-mapped-needs-map = --format mapped needs --map COLUMN=FIELD for the columns to read, at least amount (fields: { $fields }; the file's columns: { $columns })
report-mapped-needs-amount = --format mapped needs --map COLUMN=amount
report-no-header = the file is empty: it has no header line
report-row = line { $line }: { $why }
report-row-fields = it has { $len } fields but the header has { $expected }
report-row-no-id = the id column is empty; every Stripe payment has an id
report-row-empty-cell = the { $column } column is empty
report-row-amount = the { $column } column: { $why }
report-row-order = the { $column } column: '{ $text }' is not an order number
report-not-csv = the file is not readable CSV: { $why }
report-empty = the file has a header but no rows
report-amount-empty = the amount is empty

## Starting the webhook endpoint.
webhook-cannot-listen = cannot listen on '{ $listen }': { $why }
webhook-no-secret = { $var } is not set; set it to the endpoint's signing secret (whsec_…) from Stripe's dashboard or `stripe listen`
webhook-cannot-open = cannot open the database for the webhook: { $why }
hook-cannot-run = cannot run on_payment command '{ $program }': { $why }

## The command line's help (`--help`) and its complaints about a mistyped command. Flags,
## commands and the values they take (pix, packing, stripe…) are the same in every language;
## only the words around them change. Keys: cli-about-{command path}, cli-arg-{command
## path}-{argument} (else cli-arg-{argument}), cli-value-{placeholder} (src/cli/help.rs).
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-values = {" "}[possible values: { $values }]
cli-help-default = {" "}[default: { $value }]
cli-help-env = {" "}[environment: { $name }]
cli-arg-help = Print help
cli-arg-help-more = Print help (see more with '--help')
cli-arg-help-summary = Print help (see a summary with '-h')
cli-arg-version = Print the version
cli-about-help = Print this help or the help of the given command
cli-usage-unknown-argument = unexpected argument '{ $arg }'
cli-usage-unknown-command = unknown command '{ $name }'
cli-usage-missing-value = '{ $arg }' needs a value, and none was given
cli-usage-invalid-value = '{ $value }' is not a valid value for '{ $arg }'
cli-usage-invalid-value-why = '{ $value }' is not a valid value for '{ $arg }': { $why }
cli-usage-missing-arguments = these required arguments were not given:
    {"  "}{ $args }
cli-usage-missing-command = '{ $name }' needs a command after it
cli-usage-repeated = '{ $arg }' can be given only once
cli-usage-conflict = '{ $arg }' cannot be used with '{ $other }'
cli-usage-conflict-any = '{ $arg }' cannot be used with the other arguments given
cli-usage-no-equals = '{ $arg }' needs its value after an equals sign (--flag=value)
cli-usage-too-many = unexpected value '{ $value }' for '{ $arg }': no more were expected
cli-usage-how-many = '{ $arg }' needs { $expected } values; { $given } given
cli-usage-not-utf8 = the command line is not valid UTF-8 text
cli-usage-unreadable = the command line could not be read
cli-usage-valid-values = [possible values: { $values }]
cli-usage-valid-commands = [commands: { $names }]
cli-usage-tip = tip: { $tip }
cli-usage-tip-similar = a similar one exists: '{ $names }'
cli-usage-tip-dashes = to pass '{ $value }' as a value, write '{ $dashed }'
cli-usage-tip-no-dashes = the command '{ $name }' exists; to use it, take away the '--' before it
cli-usage-more = For more, try '--help'.
cli-usage-not-a-number = it is not a whole number
cli-usage-not-a-date = it is not a date: write it as YYYY-MM-DD, e.g. 2026-03-05
cli-usage-not-a-month = '{ $text }' is not a month: write it as YYYY-MM, e.g. 2026-03
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-value-path = PATH
cli-value-phone-or-name = PHONE_OR_NAME
cli-value-sku-qty = SKU:QTY
cli-value-amount = AMOUNT
cli-value-when = WHEN
cli-value-sku = SKU
cli-value-text = TEXT
cli-value-ref = REF
cli-value-column-field = COLUMN=FIELD
cli-value-report-csv = REPORT.csv
cli-value-name = NAME
cli-value-dir = DIR
cli-value-yyyy-mm-dd = YYYY-MM-DD
cli-value-yyyy-mm = YYYY-MM
cli-value-addr = ADDR
cli-value-orders = ORDERS
cli-value-customers = CUSTOMERS
cli-value-language = LANGUAGE
cli-value-file = FILE
cli-value-filter = FILTER
cli-value-phrase = PHRASE
cli-value-qty = QTY
cli-value-note = NOTE
cli-value-delta = DELTA
cli-value-reason = REASON
cli-value-limit = LIMIT
cli-value-phone = PHONE
cli-value-address = ADDRESS
cli-value-from = FROM
cli-value-into = INTO
cli-value-number = NUMBER
cli-value-payment-id = PAYMENT_ID
cli-value-method = METHOD
cli-value-proof = PROOF
cli-value-to = TO
cli-value-status = STATUS
cli-value-due = DUE
cli-value-provider = PROVIDER
cli-value-format = FORMAT
cli-value-step = STEP
cli-about = A keyboard-first order desk for shops that sell through WhatsApp
cli-long-about =
    A keyboard-first order desk for shops that sell through WhatsApp.

    With no command, opens the desk on the database. Every command works on the same book;
    add --json where a script wants data. Exit codes: 0 ok, 1 your input needs fixing
    (nothing was changed), 2 an internal error.
cli-arg-db = The database file [default: the platform's data folder, see `orderdesk paths`]
cli-arg-config = The config file (TOML) [default: the platform's config folder]
cli-arg-demo = Use the demo shop's database (filled on first use); it wins over --db and ORDERDESK_DB
cli-arg-json = Print JSON (for scripts)
cli-arg-number = The order's number (1042)
cli-arg-file = The file to read
cli-arg-sku = The product's SKU
cli-arg-note = A note
cli-arg-address = The delivery address
cli-arg-delivery = Delivery fee, e.g. 10 or "R$ 10,00"
cli-arg-discount = Discount, e.g. 5 or "R$ 5,00"
cli-arg-limit = Show at most this many
cli-arg-shop = A chat author who is the shop (repeatable; adds to shop.names in the config)
cli-arg-reference = Bank, Pix or card reference
cli-arg-date = The day [default: today]
cli-arg-from = The first day of a period (with --to)
cli-arg-to = The last day of the period (with --from)
cli-arg-week = The week (Monday to Sunday) that holds this day
cli-arg-month = A calendar month
cli-about-catalog = The product catalog
cli-about-catalog-import = Add or update products from a CSV file (header: sku,name,variant,price,currency,stock; optional: aliases,low_stock)
cli-arg-catalog-import-file = The CSV file
cli-about-catalog-list = List products with stock
cli-arg-catalog-list-filter = Only SKUs, names, variants or aliases containing this
cli-about-catalog-alias = The words customers use for products, learned in the paste review
cli-about-catalog-alias-list = List the learned aliases
cli-about-catalog-alias-add = Teach that PHRASE means the product SKU ("bálsamo" BALM-ROSE)
cli-arg-catalog-alias-add-phrase = The customers' word or words
cli-about-catalog-alias-remove = Forget a learned alias
cli-arg-catalog-alias-remove-phrase = The learned word or words
cli-about-stock = Stock on hand: receive, adjust, check the ledger
cli-about-stock-receive = Goods arrived: add QTY to on-hand stock
cli-arg-stock-receive-qty = How many units arrived
cli-about-stock-adjust = Correct the count after counting: +N or -N units, with a reason
cli-arg-stock-adjust-delta = Units to add (+N) or take away (-N)
cli-arg-stock-adjust-reason = Why the count changed ("counted", "broken")
cli-about-stock-check = Check that every product's counters equal its ledger of moves
cli-about-customer = Customers, remembered by phone number
cli-about-customer-list = List customers with their orders, lifetime value and open balance
cli-about-customer-add = Add a customer (or show the existing one with that phone)
cli-arg-customer-add-name = The customer's name
cli-arg-customer-add-phone = The phone number (without "+", the shop's country's)
cli-about-customer-merge = Merge duplicate FROM into INTO (phones or unique names); FROM's orders move to INTO
cli-arg-customer-merge-from = The duplicate, which goes away
cli-arg-customer-merge-into = The customer who stays
cli-about-order = Orders: create, edit, confirm, pay, advance, cancel, show
cli-arg-order-json = Print the order as JSON
cli-arg-order-list-json = Print JSON (for scripts)
cli-about-order-new = Create a draft order
cli-arg-order-new-customer = The customer's phone number or name (a new phone creates the customer)
cli-arg-order-new-name = Name for a new customer created from a phone number
cli-arg-order-new-new_customer = Create the customer when nobody in the book has this name (without it an unknown name is refused with the closest ones: a typo never makes a second customer)
cli-arg-order-new-items = SKU:QTY, repeatable
cli-arg-order-new-note = The note the customer reads in the summary
cli-arg-order-new-deadline = When the customer needs it: 2026-12-05, "2026-12-05 18:00", 5/12, today, tomorrow, a weekday (sat, sexta, viernes, Freitag), optionally with a time (18:00, 6pm, 18h)
cli-about-order-edit = Change lines, fees or address; after confirmation this makes a new revision
cli-arg-order-edit-items = Set SKU's quantity (adds the line if new), repeatable
cli-arg-order-edit-remove = Remove the line with this SKU, repeatable
cli-arg-order-edit-note = The note the customer reads in the summary (a note alone makes no new revision)
cli-arg-order-edit-deadline = Set the deadline (as for `order new --deadline`)
cli-arg-order-edit-no_deadline = Remove the deadline
cli-arg-order-edit-staff_note = A note for the staff only, never in the summary
cli-about-order-confirm = Confirm a draft: checks and reserves stock
cli-arg-order-confirm-oversell = Confirm even without enough stock (recorded as an oversell in the ledger)
cli-about-order-pay = Record a payment (verified) or, with --claimed, what the customer says they sent
cli-arg-order-pay-amount = How much, as people write it: 180, 49.90, "R$ 49,90", 1.234,56
cli-arg-order-pay-method = How it was paid
cli-arg-order-pay-reference = Bank, Pix or card reference; the same reference cannot pay twice
cli-arg-order-pay-claimed = The customer says they paid; it counts once verified
cli-arg-order-pay-proof = What they sent as proof ("screenshot 14:02")
cli-about-order-verify = Verify a claimed payment (the money arrived)
cli-arg-payment_id = The payment's id (`order show` lists them)
cli-about-order-reject = Reject a claimed payment (the money never arrived)
cli-about-order-refund = Pay money back; --restock returns shipped goods to stock
cli-arg-order-refund-amount = How much goes back
cli-arg-order-refund-restock = Return the goods to stock
cli-arg-order-refund-method = How the money goes back [default: the method of the last payment]
cli-about-order-advance = Move fulfilment forward: packing, ready, out_for_delivery, delivered
cli-arg-order-advance-to = The stage the order moves to
cli-about-order-cancel = Cancel an order and release its stock
cli-about-order-show = Show an order with its lines, payments and journal
cli-about-order-list = List orders; --status takes open, a lifecycle, fulfilment or payment state
cli-arg-order-list-status = open, a lifecycle (draft, confirmed…), a stage (packing…) or a payment state (unpaid, claimed…)
cli-arg-order-list-due = Only orders not yet delivered that are due today, tomorrow, or overdue (local time)
cli-about-order-summary = Print the order summary to paste into the chat
cli-arg-order-summary-copy = Also copy it to the clipboard
cli-about-order-link = The order's live payment link for its balance: made, or returned if it still fits
cli-arg-order-link-provider = Use this provider instead of the configured one
cli-arg-order-link-json = Print {"{"}"url","provider","state","amount","currency","expires_at"{"}"}
cli-about-report = CSV reports for the owner
cli-about-report-daily = Orders, payments and a summary for one day (or a week, a month, a period), as CSV files; a period of several days adds days-FROM_TO.csv, each day's summary
cli-arg-report-daily-out = Folder for the files
cli-arg-report-daily-bom = Start each file with a byte order mark (for Excel)
cli-about-report-day = The day's summary for a person or a script: orders taken, confirmed, delivered, cancelled; money by method, refunds, who verified it; payment times; and what is still open now (claims, unpaid balances, deadlines, stock)
cli-arg-report-day-json = Print JSON (money as decimal strings beside "currency")
cli-about-chat = Pasted WhatsApp text: split into messages, read as draft orders, import
cli-about-chat-parse = Split a WhatsApp export or copied messages into messages
cli-arg-chat-file = The text file; - or nothing reads standard input
cli-about-chat-draft = Read the chat as draft orders against the catalog (writes nothing)
cli-about-chat-import = Create draft orders (and new customers) from the chat; prints their numbers
cli-about-payments = Verified payments: ask Stripe about pending links, import a provider or bank report
cli-about-payments-sync = Ask Stripe about every pending link, then expire links that ran out
cli-about-payments-import = Reconcile a provider or bank report (CSV) against the book; writes a reconciliation CSV
cli-arg-payments-import-file = The report (CSV)
cli-arg-payments-import-format = stripe: Stripe's payments export; mapped: any CSV, with --map naming its columns
cli-arg-payments-import-map = COLUMN=FIELD, repeatable; fields: reference, amount, currency, order_no, status, description
cli-arg-payments-import-out = Where to write the reconciliation [default: FILE's name + .reconciliation.csv, here]
cli-about-reminders = Payment reminders for unpaid links
cli-about-reminders-due = Reminders due now, with the text to copy
cli-about-reminders-sent = Record the due reminder of an order as sent (after copying it); prints its text
cli-arg-reminders-sent-step = The step being sent (checked against the one due)
cli-about-webhook = Receive Stripe's webhooks
cli-about-webhook-serve = Listen for Stripe's events at POST /webhooks/stripe until Ctrl-C (secret from STRIPE_WEBHOOK_SECRET)
cli-arg-webhook-serve-listen = Address and port, e.g. 127.0.0.1:8787
cli-about-setup = Set up the shop: its name as WhatsApp shows it, country, currency and language, written to a new config file (the desk asks the same on its first run)
cli-about-demo = Fill a database with a believable demo shop
cli-arg-demo-orders = How many orders, spread over the last 7 days
cli-arg-demo-customers = How many customers
cli-arg-demo-language = The demo shop's language and kind: en (a US shop in dollars), pt (a Brazilian shop in reais), es (a Mexican shop in pesos), de (a German shop in euros) [default: the shop's language, else LANG]
cli-about-backup = Back up the book now: a checked, owner-only copy, named with the date (a daily one is made automatically on first use; see `backup.keep` in the config)
cli-arg-backup-to = A folder (the dated name goes inside) or a new file [default: the backups folder, see `orderdesk paths`]
cli-about-restore = Put a backup in place of the book (close every desk first); the book it replaces is kept as a safety copy in the backups folder
cli-arg-restore-path = The backup file
cli-about-paths = Print where the database, the config file and the backups are
cli-about-config = Show the configuration
cli-arg-config-print_default = Print the default config file, with comments

## What is wrong with the config file: where, and what to write instead. A setting's name
## and the values it takes are the file's own words, the same in every language.
config-at = line { $line }, column { $column }: { $what }
config-unknown-key = `{ $key }` is not a setting orderdesk knows (here it knows: { $known }); check its spelling, or see `orderdesk config --print-default`
config-not-one-of = `{ $setting }` cannot be { $value }: write one of { $choices }
config-wrong-type = `{ $setting }` must be { $expected }, not { $value }
config-not-toml = this is not TOML orderdesk can read ({ $detail }); check the quotes, brackets and `=` on that line
config-kind-text = text in quotes, like "Loja Azul"
config-kind-yes-no = true or false
config-kind-list = a list in brackets, like [2, 24, 48]
config-kind-count = a whole number of 0 or more
config-kind-number = a whole number, like 48
config-kind-table = a table of settings
config-kind-other = a value of another kind
config-setting = `{ $setting }`: { $why }
config-unknown-country = `shop.country` '{ $country }' is not a two-letter country code orderdesk knows; write one like "BR", "PT", "MX", "DE" or "US"
config-at-least = `{ $setting }` must be at least { $min }
config-between = `{ $setting }` must be between { $min } and { $max }
config-bad-url = `{ $setting }` '{ $url }' is not a web address: write it whole, starting with https://, with no spaces
config-provider-needs = `payment_link.provider` is "{ $provider }" but `{ $setting }` is empty: fill it in, or choose another provider
config-product-needs-url = a "{ $provider }" link needs its `url`
config-reminder-hours = `reminders.hours` must be hours after the link is made, each between 1 and 8760, and they must increase, e.g. [2, 24, 48]
config-listen = `webhook.listen` must be an address and port like "127.0.0.1:8787", not "{ $listen }"
config-no-link = no { $provider } link is configured: set `{ $setting }` in the config
# The comments above the settings in `orderdesk config --print-default` (every line a TOML
# comment; the settings' names and values stay as the file spells them).
config-default-file =
    # orderdesk configuration. Every field is optional; these are the defaults.
    # shop.currency: the ISO 4217 code, such as { $currencies }
    # shop.language: en, pt, pt-BR, pt-PT, es, es-MX, de (summaries, reminders, the desk); empty: English for customers, LANG for the staff
    # desk.language: the staff's language when it differs from the shop's
    # shop.names: chat authors who are the shop, e.g. ["Loja Azul", "Ana"]
    # templates.summary placeholders: { $summary_fields }
    # payment_link.url_template placeholders: { $link_fields }
    # payment_link.provider: fixed, template or stripe (Stripe's key comes from STRIPE_API_KEY, never from this file); on_expiry: keep or release
    # payment_link.products: per-SKU links, e.g. "GIFT-CARD" = {"{"} provider = "fixed", url = "https://…" {"}"}
    # reminders.template placeholders: { $reminder_fields }
    # webhook.listen: e.g. "127.0.0.1:8787" to take Stripe's webhooks inside the desk (secret from STRIPE_WEBHOOK_SECRET)
    # hooks.on_payment: a program run on each verified payment, with ORDERDESK_ORDER_NO, ORDERDESK_AMOUNT, ORDERDESK_CURRENCY in its environment
    # backup.keep: daily backups kept in the backups folder (`orderdesk paths`); 0: none
    # db.url: the book when --db and ORDERDESK_DB say nothing: a file, or postgres://USER@HOST/DB (the password from PGPASSWORD)
