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
