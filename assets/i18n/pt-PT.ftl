# orderdesk, português de Portugal: só o que difere do Brasil (pt.ftl).

summary-template =
    {"*"}{ $shop }* · Encomenda #{ $order_no }{ $revision }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Entrega: { $delivery }
    Desconto: -{ $discount }
    {"*"}Total: { $total }*
    Pago: { $paid }
    Em falta: { $balance }
    Morada de entrega: { $address }
    Pague aqui: { $link }
    Link válido até { $expires }
    Obs.: { $notes }
reminder-template =
    Olá { $customer }! Um lembrete da { $shop }: a encomenda #{ $order_no } aguarda pagamento ({ $amount }).
    Pague aqui: { $link }
    Link válido até { $expires }
