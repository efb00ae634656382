# orderdesk, español.

## Para el cliente: el resumen y el recordatorio que se pegan en el chat.

summary-template =
    {"*"}{ $shop }* · Pedido #{ $order_no }{ $revision }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Envío: { $delivery }
    Descuento: -{ $discount }
    {"*"}Total: { $total }*
    Pagado: { $paid }
    Saldo pendiente: { $balance }
    Dirección de entrega: { $address }
    Paga aquí: { $link }
    Enlace válido hasta { $expires }
    Notas: { $notes }
summary-revision = {" "}(v{ $revision })
reminder-template =
    ¡Hola { $customer }! Un recordatorio de { $shop }: el pedido #{ $order_no } está esperando el pago ({ $amount }).
    Paga aquí: { $link }
    Enlace válido hasta { $expires }

## Cantidades.

count-orders = { $count ->
    [one] { $count } pedido
   *[other] { $count } pedidos
}

## Los nombres de lo que se guarda (estado, entrega, pagos, enlaces).

name-Lifecycle-draft = borrador
name-Lifecycle-confirmed = confirmado
name-Lifecycle-cancelled = cancelado
name-Lifecycle-completed = completado
name-Fulfilment-unfulfilled = sin empezar
name-Fulfilment-packing = empacando
name-Fulfilment-ready = listo
name-Fulfilment-out_for_delivery = en reparto
name-Fulfilment-delivered = entregado
name-PaymentKind-payment = pago
name-PaymentKind-refund = reembolso
name-Method-cash = efectivo
name-Method-transfer = transferencia
name-Method-pix = Pix
name-Method-card = tarjeta
name-Method-link = enlace de pago
name-Method-other = otro
name-PaymentState-claimed = avisado
name-PaymentState-verified = verificado
name-PaymentState-rejected = rechazado
name-PaymentStatus-unpaid = sin pagar
name-PaymentStatus-claimed = avisado
name-PaymentStatus-partially_paid = pagado en parte
name-PaymentStatus-paid = pagado
name-PaymentStatus-overpaid = pagado de más
name-PaymentStatus-refunded = reembolsado
name-PaymentStatus-partially_refunded = reembolsado en parte
name-Provider-fixed = enlace fijo
name-Provider-template = plantilla de enlace
name-Provider-stripe = Stripe
name-LinkState-pending = pendiente
name-LinkState-paid = pagado
name-LinkState-expired = vencido
name-LinkState-failed = fallido
name-LinkState-cancelled = cancelado
name-LinkState-manual_review = revisión manual
name-Outcome-recorded = registrado
name-Outcome-claim_verified = aviso verificado
name-Outcome-already_recorded = ya registrado
name-Outcome-no_order = sin pedido
name-Outcome-manual_review = revisión manual
name-Outcome-not_paid = no pagado
name-Outcome-claim_without_provider_row = aviso sin fila en el informe
name-MoveKind-receive = entrada
name-MoveKind-reserve = reserva
name-MoveKind-release = liberación
name-MoveKind-ship = salida
name-MoveKind-return = devolución
name-MoveKind-adjust = ajuste

## Las etiquetas de la cola: lo primero que el mostrador necesita saber.

label-claim-to-verify = verificar pago
label-draft = borrador
label-awaiting-payment = esperando pago
label-deposit-paid = anticipo pagado
label-paid-to-pack = pagado, empacar
label-packing = empacando
label-ready = listo
label-out-for-delivery = en reparto
label-delivered-balance-due = entregado, saldo pendiente
label-delivered = entregado
label-part-refunded = entregado, reembolso parcial
label-refunded = reembolsado
label-cancelled = cancelado
label-cancelled-refund-due = cancelado, a reembolsar
