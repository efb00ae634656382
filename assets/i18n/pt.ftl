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
