# orderdesk, português do Brasil. Portugal: pt-PT.ftl sobrepõe só o que muda.

## Para o cliente: o resumo e o lembrete colados no chat.

summary-template =
    {"*"}{ $shop }* · Pedido #{ $order_no }{ $revision }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Entrega: { $delivery }
    Desconto: -{ $discount }
    {"*"}Total: { $total }*
    Pago: { $paid }
    Falta pagar: { $balance }
    Endereço de entrega: { $address }
    Pague aqui: { $link }
    Link válido até { $expires }
    Obs.: { $notes }
summary-revision = {" "}(v{ $revision })
reminder-template =
    Oi { $customer }! Um lembrete da { $shop }: o pedido #{ $order_no } está aguardando pagamento ({ $amount }).
    Pague aqui: { $link }
    Link válido até { $expires }

## Contagens.

count-orders = { $count ->
    [0] nenhum pedido
    [one] { $count } pedido
   *[other] { $count } pedidos
}

## Os nomes do que fica gravado (situação, entrega, pagamentos, links).

name-Lifecycle-draft = rascunho
name-Lifecycle-confirmed = confirmado
name-Lifecycle-cancelled = cancelado
name-Lifecycle-completed = concluído
name-Fulfilment-unfulfilled = não iniciado
name-Fulfilment-packing = embalando
name-Fulfilment-ready = pronto
name-Fulfilment-out_for_delivery = saiu para entrega
name-Fulfilment-delivered = entregue
name-PaymentKind-payment = pagamento
name-PaymentKind-refund = reembolso
name-Method-cash = dinheiro
name-Method-transfer = transferência
name-Method-pix = Pix
name-Method-card = cartão
name-Method-link = link de pagamento
name-Method-other = outro
name-PaymentState-claimed = informado
name-PaymentState-verified = conferido
name-PaymentState-rejected = recusado
name-PaymentStatus-unpaid = não pago
name-PaymentStatus-claimed = informado
name-PaymentStatus-partially_paid = pago em parte
name-PaymentStatus-paid = pago
name-PaymentStatus-overpaid = pago a mais
name-PaymentStatus-refunded = reembolsado
name-PaymentStatus-partially_refunded = reembolsado em parte
name-Provider-fixed = link fixo
name-Provider-template = modelo de link
name-Provider-stripe = Stripe
name-LinkState-pending = pendente
name-LinkState-paid = pago
name-LinkState-expired = expirado
name-LinkState-failed = falhou
name-LinkState-cancelled = cancelado
name-LinkState-manual_review = revisão manual
name-Outcome-recorded = registrado
name-Outcome-claim_verified = aviso conferido
name-Outcome-already_recorded = já registrado
name-Outcome-no_order = sem pedido
name-Outcome-manual_review = revisão manual
name-Outcome-not_paid = não pago
name-Outcome-claim_without_provider_row = aviso sem linha no extrato
name-MoveKind-receive = entrada
name-MoveKind-reserve = reserva
name-MoveKind-release = liberação
name-MoveKind-ship = saída
name-MoveKind-return = devolução
name-MoveKind-adjust = ajuste

## As etiquetas da fila: o que o balcão precisa saber primeiro.

label-claim-to-verify = conferir pagamento
label-draft = rascunho
label-awaiting-payment = aguardando pagamento
label-deposit-paid = sinal pago
label-paid-to-pack = pago, embalar
label-packing = embalando
label-ready = pronto
label-out-for-delivery = saiu para entrega
label-delivered-balance-due = entregue, falta pagar
label-delivered = entregue
label-part-refunded = entregue, reembolso parcial
label-refunded = reembolsado
label-cancelled = cancelado
label-cancelled-refund-due = cancelado, reembolsar
