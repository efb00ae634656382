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
name-Provider-fixed = fijo
name-Provider-template = de plantilla
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

## La línea de comandos: lo que dice en stderr y la salida para personas en stdout.

cli-error = error: { $message }
cli-internal-error =
    error interno: { $message }
    por favor, repórtalo junto con el comando que ejecutaste
cli-demo-filling = llenando la tienda de demostración en { $path } …
cli-demo-filled = tienda de demostración en { $path }: { $products } productos, { $orders } pedidos ({ $seconds } s)
cli-report-written = { $orders ->
    [one] 1 pedido
   *[other] { $orders } pedidos
} y { $payments ->
    [one] 1 pago
   *[other] { $payments } pagos
} el { $date }
cli-restore-demo = la tienda de demostración se rehace borrándola; restaurar funciona con un libro real
cli-no-log = aviso: { $why }; se sigue sin registro
cli-path-database = base de datos
cli-path-config = configuración
cli-path-demo = demo
cli-path-backups = copias
cli-path-logs = registros
cli-daily-backup-failed = aviso: no se hizo la copia automática de hoy: { $why }
cli-backed-up = copia de { $path } hecha ({ $orders } pedidos, { $customers } clientes, { $products } productos); la copia pasó la verificación de integridad de SQLite
cli-restore-kept = el libro reemplazado ({ $orders } pedidos) se guardó como { $path }
cli-restore-no-book = todavía no había libro en { $path }
cli-restored = { $path } restaurado desde { $from }: { $orders } pedidos, { $customers } clientes, { $products } productos{ $schema ->
    [older] {" "}(un esquema antiguo: se actualiza la próxima vez que se abra)
   *[current] {""}
}
cli-not-a-terminal = no es una terminal: se muestran los pedidos abiertos en vez de abrir el mostrador
cli-terminal-failed = la terminal falló: { $why }
cli-queue-head = { $shop } · { $open } pedidos abiertos, los más urgentes primero ({ $path })
cli-catalog-imported = { $file } importado: { $new } nuevos, { $updated } actualizados, { $unchanged } sin cambios, { $counts } existencias fijadas
cli-copied = se copió el resumen del #{ $number }
cli-copied-not-kept = el resumen del #{ $number } estuvo en el portapapeles { $seconds } s, pero ningún gestor lo guardó; cópialo de arriba, o del mostrador (que lo guarda mientras está abierto)
cli-copied-osc52 = el resumen del #{ $number } se envió al portapapeles de la terminal (OSC 52)
cli-copy-failed = no se pudo copiar ({ $why }); el resumen está arriba
cli-not-utf8 = { $path } no es texto UTF-8; guárdalo como CSV UTF-8
cli-cannot-read = no se puede leer { $path }: { $why }
cli-check-healthy = las existencias de cada producto coinciden con su historial; las sumas de los pedidos y los conteos de la cola coinciden con sus filas
cli-check-stock = { $sku }: contadores { $on_hand } en existencia / { $reserved } reservados, historial { $ledger_on_hand } / { $ledger_reserved }
cli-check-sums = pedido #{ $number }: sumas guardadas { $kept }, los pagos dicen { $real }
cli-check-queue = conteos de la cola: guardados { $kept }, los pedidos dicen { $real }
cli-check-disagrees = el libro no coincide consigo mismo (ver arriba); por favor, repórtalo
cli-merged = '{ $from }' unido a { $name } { $phone }
cli-order-head = Pedido #{ $number }{ $revision }  { $label }  ({ $created })
cli-order-revision = {" "}v{ $revision }
cli-order-customer = Cliente: { $name }{ $phone }
cli-order-totals = Total { $total } (envío { $delivery }, descuento { $discount })  pagado { $paid }  saldo { $balance }
cli-order-claimed = {"  "}avisado { $claimed }
cli-order-address = Entregar en: { $address }
cli-payment-reference = {" "}ref. { $reference }
cli-product-stock = { $on_hand } en existencia { $reserved } reservados { $available } disponibles
cli-product-low = {"  "}BAJO
cli-customer-stats = { $orders } pedidos  valor { $value }  debe { $owes }
cli-warning = aviso: { $why }
cli-note = nota: { $note }
cli-verified = verificado: { $what }
cli-verified-more = { $count } pagos más verificados
cli-link-made = enlace { $provider } del #{ $number } { $made ->
    [made] creado
   *[live] vigente
}: { $amount }, válido hasta { $expires }
cli-link-replaces = reemplaza el enlace { $provider } ({ $state }): { $note }
cli-cannot-import = no se puede importar { $file }: { $why }
cli-nothing-imported = { $why }; no se importó nada
cli-imported = { $file }: { $counts }{ $changed ->
    [no] ; el libro no cambió
   *[yes] {""}
}
cli-latin1 = { $path } no es UTF-8; se lee como Latin-1
cli-sync-unchanged = sin cambios
cli-synced = se consultó a Stripe por { $asked } enlaces; { $verified } verificados; { $expired } vencidos, { $closed } cerrados, { $released } liberados; { $unchecked } enlaces fijos o de plantilla para verificar a mano o con un informe
cli-kept-stock = #{ $number } conservó sus existencias: { $why }
cli-sync-failed = no se pudo consultar a Stripe por { $count ->
    [one] 1 enlace
   *[other] { $count } enlaces
}, p. ej. #{ $number }: { $why }; vuelve a ejecutar `orderdesk payments sync` más tarde
cli-reminder-due = #{ $number } recordatorio { $step }/{ $steps } para { $due } · { $customer } { $phone } · { $balance }{ $renew ->
    [yes] {" "}· el enlace se renovará
   *[no] {""}
}
cli-reminders-due = { $count ->
    [one] 1 recordatorio pendiente
   *[other] { $count } recordatorios pendientes
}; `orderdesk reminders sent NO` registra uno como enviado
cli-reminder-sent = recordatorio { $step } del #{ $number } registrado como enviado
cli-reminder-renewed = ; el enlace se renovó
cli-reminder-tagged = ; el pedido quedó marcado como payment_abandoned
cli-reminder-cancelled = ; el pedido se canceló y sus existencias se liberaron
cli-webhook-listening = escuchando en { $url } los eventos de Stripe (Ctrl-C para parar)
cli-cannot-read-stdin = no se puede leer la entrada estándar: { $why }
cli-chat-system = (sistema)
cli-draft-unknown-customer = un cliente desconocido
cli-draft-head = Borrador para { $name }{ $phone }
cli-draft-out-of-stock = {"  "}SIN EXISTENCIAS (quedan { $available })
cli-draft-asked-only = {"  "}(solo preguntó)
cli-draft-deliver-to = entregar en: { $address }
cli-draft-pickup = recoge en la tienda
cli-draft-says-paid = dice que pagó (un aviso, sin verificar)
cli-draft-says-paid-amount = dice que pagó { $amount } (un aviso, sin verificar)
cli-draft-unmatched = ningún producto coincide: "{ $text }"

## El mostrador: lo que dice la línea de estado sobre un resultado.

desk-order-created = pedido #{ $number } creado y confirmado ({ $total }): y copia el resumen, Y el enlace de pago
desk-draft-saved = borrador #{ $number } guardado; confírmalo con c cuando esté listo
desk-order-updated = pedido #{ $number } actualizado (v{ $revision })
desk-order-confirmed = pedido #{ $number } confirmado: existencias reservadas; y copia el resumen
desk-order-advanced = pedido #{ $number }: { $stage }
desk-order-cancelled = pedido #{ $number } cancelado; sus existencias vuelven a la venta
desk-notes-saved = notas del #{ $number } guardadas
desk-payment-recorded = { $claimed ->
    [yes] aviso de pago registrado (verifícalo cuando llegue el dinero)
   *[no] pago registrado
}: { $amount } en el #{ $number }; saldo { $balance }
desk-claim-verified = pago verificado en el #{ $number }: ahora { $status } (saldo { $balance })
desk-claim-rejected = aviso rechazado en el #{ $number }: ya no cuenta
desk-refunded = reembolso de { $amount } en el #{ $number } por { $method }{ $restocked ->
    [yes] ; la mercancía volvió a existencias
   *[no] {""}
}
desk-stock-received = entrada de { $qty } × { $product }: { $available } disponibles
desk-stock-adjusted = { $product } ajustado en { $delta }: { $on_hand } en existencia, { $available } disponibles
desk-merged = unido a { $into }; sus pedidos pasaron también
desk-reviews-closed = { $count ->
    [one] 1 revisión cerrada
   *[other] { $count } revisiones cerradas
} en el #{ $number }; la nota está en el historial
desk-copied = se copió { $what } ({ $chars } caracteres)
desk-copied-osc52 = se envió { $what } al portapapeles de la terminal (OSC 52); pega para comprobar
desk-copy-failed = no se pudo copiar { $kind ->
    [summary] el resumen
    [link] el enlace de pago
   *[reminder] el recordatorio
} ({ $why }): selecciónalo a mano
desk-copy-failed-title = { $kind ->
    [summary] El resumen
    [link] El enlace de pago
   *[reminder] El recordatorio
}
desk-copy-by-hand = Selecciona el texto con el ratón (Shift+arrastrar en la mayoría de las terminales) y cópialo.
desk-exported = { $orders } pedidos, { $payments } pagos hoy: { $files } archivos escritos, p. ej. { $first }
desk-refused-stale = no se pudo { $doing }: otra persona lo cambió mientras tanto; recargado, vuelve a mirar
desk-refused-busy = no se pudo { $doing }: el libro está ocupado (otro mostrador o comando está escribiendo); inténtalo de nuevo
desk-clipboard-unreadable = { $why }; pega directamente en la terminal (en la mayoría: Ctrl-Shift-V)
desk-refused = no se pudo { $doing }: { $why }
desk-copied-summary = el resumen del #{ $number }
desk-copied-link = el enlace de pago del #{ $number } ({ $provider }, válido hasta { $until })
desk-copied-link-note = ; nota: { $note }
desk-copied-reminder = el recordatorio { $step } del #{ $number }{ $last ->
    [yes] {" "}(el último: marcado como pago abandonado)
   *[no] {""}
}
desk-swept-expired = enlace de pago vencido sin pagar: { $orders }
desk-swept-released = cancelados y existencias liberadas: { $orders }
desk-swept-closed = enlaces cerrados (pagados de otra forma): { $orders }
desk-swept-kept-paid = tiene un pago o un aviso; decide a mano
desk-swept-kept = #{ $number } conservó sus existencias: { $why }
desk-paste-no-order = nada de lo pegado parece un pedido de un cliente (¿solo mensajes de la tienda o del sistema?)
desk-paste-read = { $lines ->
    [one] 1 línea leída
   *[other] { $lines } líneas leídas
} para { $customers ->
    [one] 1 cliente
   *[other] { $customers } clientes
}: revisa, y Enter crea y confirma
desk-webhook-not-started = webhook no iniciado: { $why }

## Lo que hacía el mostrador, después de "no se pudo …".

doing-load-orders = cargar los pedidos
doing-load-inventory = cargar el inventario
doing-load-customers = cargar los clientes
doing-load-payments = cargar los pagos
doing-open-order = abrir el pedido #{ $number }
doing-open-history = abrir el historial del cliente
doing-load-catalog = cargar el catálogo
doing-search-customers = buscar clientes
doing-read-paste = leer lo pegado
doing-create-order = crear y confirmar el pedido
doing-save-draft = guardar el borrador
doing-change-order = cambiar el pedido #{ $number }
doing-confirm-order = confirmar el pedido #{ $number }
doing-advance = pasar el pedido #{ $number } a { $stage }
doing-cancel-order = cancelar el pedido #{ $number }
doing-save-notes = guardar las notas del #{ $number }
doing-record-claim = registrar el aviso en el #{ $number }
doing-record-payment = registrar el pago en el #{ $number }
doing-verify = verificar el aviso en el #{ $number }
doing-reject = rechazar el aviso en el #{ $number }
doing-refund = reembolsar el #{ $number }
doing-receive = dar entrada a { $sku }
doing-adjust = ajustar { $sku }
doing-merge = unir { $from }
doing-close-review = cerrar la revisión del #{ $number }
doing-copy-summary = copiar el resumen del #{ $number }
doing-make-link = crear el enlace de pago del #{ $number }
doing-send-reminder = enviar el recordatorio { $step } del #{ $number }
doing-copy = copiar
doing-read-clipboard = leer el portapapeles
doing-export = escribir los informes de hoy
doing-check-links = revisar los enlaces de pago

## Copias de seguridad, en la ayuda del mostrador y en su aviso al abrir.

backup-none-yet = Este libro aún no tiene copia: `orderdesk backup` hace una.
backup-last = Última copia { $days ->
    [0] hoy
    [one] ayer
   *[other] hace { $days } días
} ({ $at } UTC); `orderdesk restore ARCHIVO` la devuelve.
backup-warn-none = este libro aún no tiene copia: ejecuta `orderdesk backup`
backup-warn-old = sin copia desde hace { $days } días: ejecuta `orderdesk backup` (ver `backup.keep` en la configuración)
