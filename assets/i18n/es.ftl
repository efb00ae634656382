# orderdesk, español.

## Para el cliente: el resumen y el recordatorio que se pegan en el chat.

summary-template =
    {"*"}{ $shop }* · Pedido #{ $order_no }{ $revision }
    { $quote }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Costo de envío: { $delivery }
    Descuento: -{ $discount }
    {"*"}Total: { $total }*
    Pagado: { $paid }
    Reembolsado: { $refunded }
    Pago enviado, en revisión: { $claimed }
    Saldo pendiente: { $balance }
    Entrega: { $deadline }
    Dirección de entrega: { $address }
    Paga aquí: { $link }
    Enlace válido hasta { $expires }
    Notas: { $notes }
summary-quote = Cotización: responde OK para confirmar (los artículos se apartan al confirmar)
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
name-Method-link = enlace
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
label-delivered-balance-due = entregado c/ saldo
label-delivered = entregado
label-part-refunded = reembolso parcial
label-refunded = reembolsado
label-cancelled = cancelado
label-cancelled-refund-due = canc., reembolsar
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
} { $day ->
    [yes] el { $from }
   *[no] del { $from } al { $to }
}
cli-restore-demo = la tienda de demostración se rehace borrándola; restaurar funciona con un libro real
cli-no-log = aviso: { $why }; se sigue sin registro
cli-path-database = base de datos
cli-path-config = configuración
cli-path-demo = demo
cli-path-backups = copias
cli-path-logs = registros
cli-path-reports = informes
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
cli-catalog-imported = { $file } importado: { $new ->
    [one] { $new } nuevo
   *[other] { $new } nuevos
}, { $updated ->
    [one] { $updated } actualizado
   *[other] { $updated } actualizados
}, { $unchanged } sin cambios, { $counts ->
    [one] { $counts } existencia fijada
   *[other] { $counts } existencias fijadas
}
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
cli-order-totals = Total { $total } (envío { $delivery }, descuento { $discount })  pagado { $paid }
cli-order-refunded = {"  "}reembolsado { $refunded }
cli-order-balance = {"  "}{ $balance }
cli-order-note = Nota: { $note }
cli-order-staff-note = Nota interna: { $note }
cli-order-claimed = {"  "}avisado { $claimed }
cli-order-address = Entregar en: { $address }
cli-payment-reference = {" "}ref. { $reference }
cli-product-stock = { $on_hand } en existencia { $reserved_count ->
    [one] { $reserved } reservado
   *[other] { $reserved } reservados
} { $available_count ->
    [one] { $available } disponible
   *[other] { $available } disponibles
}
cli-product-low = {"  "}BAJO
cli-customer-stats = { $orders ->
    [one] 1 pedido
   *[other] { $orders } pedidos
}  valor { $value }  debe { $owes }
cli-warning = aviso: { $why }
cli-note = nota: { $note }
cli-verified = verificado: { $what }
cli-verified-more = { $count ->
    [one] { $count } pago más verificado
   *[other] { $count } pagos más verificados
}
cli-link-made = enlace { $provider } del #{ $number } { $made ->
    [made] creado
   *[live] vigente
}: { $amount }, válido hasta { $expires }
cli-link-replaces = reemplaza el enlace { $provider } ({ $state }): { $note }
cli-cannot-import = no se puede importar { $file }: { $why }
cli-nothing-imported = { $why }; no se importó nada
cli-import-count = { $outcome }: { $count }
cli-imported = { $file }: { $counts }{ $changed ->
    [no] ; el libro no cambió
   *[yes] {""}
}
cli-latin1 = { $path } no es UTF-8; se lee como Latin-1
cli-sync-unchanged = sin cambios
cli-synced = se consultó a Stripe por { $asked ->
    [one] 1 enlace
   *[other] { $asked } enlaces
}; { $verified ->
    [one] { $verified } verificado
   *[other] { $verified } verificados
}; { $expired ->
    [one] { $expired } vencido
   *[other] { $expired } vencidos
}, { $closed ->
    [one] { $closed } cerrado
   *[other] { $closed } cerrados
}, { $released ->
    [one] { $released } liberado
   *[other] { $released } liberados
}; { $unchecked ->
    [one] 1 enlace fijo o de plantilla
   *[other] { $unchecked } enlaces fijos o de plantilla
} para verificar a mano o con un informe
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
cli-reminder-tagged = ; el pedido quedó marcado como pago abandonado (payment_abandoned)
cli-reminder-cancelled = ; el pedido se canceló y sus existencias se liberaron
cli-webhook-listening = escuchando en { $url } los eventos de Stripe (Ctrl-C para parar)
cli-cannot-read-stdin = no se puede leer la entrada estándar: { $why }
cli-chat-system = (sistema)
cli-cannot-write-messages = no se pueden escribir los mensajes: { $why }
parse-day-month = día/mes
parse-month-day = mes/día
parse-dates-ambiguous = fechas como { $example } son ambiguas; leídas como { $order } (configurado)
parse-dates-disagree = las fechas de lo pegado no coinciden ({ $day_first } solo se leen como día/mes, { $month_first } solo como mes/día); leídas como { $order }
parse-more-warnings = … y { $count } avisos más como estos ({ $kind ->
    [paste] sobre lo pegado
    [date-order] sobre el orden de las fechas
    [date] fechas imposibles
    [time] horas imposibles
   *[layout] encabezados de otro formato
})
parse-other-layout = línea { $line }: empieza como un encabezado de mensaje de otro formato; se dejó como texto del mensaje anterior
parse-impossible-date = línea { $line }: { $date } no es una fecha real; la línea quedó como texto del mensaje
parse-impossible-time = línea { $line }: { $time } no es una hora real; la línea quedó como texto del mensaje
parse-no-header-lines = { $count ->
    [one] la primera línea no tiene
   *[other] las primeras { $count } líneas no tienen
} encabezado de mensaje; { $count ->
    [one] quedó
   *[other] quedaron
} como un mensaje sin autor
parse-no-headers = no se encontró ningún encabezado de mensaje de WhatsApp; lo pegado quedó como un solo mensaje
parse-cut-short = lo pegado pasa de 4 GiB; se leyeron sus primeros 4 GiB (hasta un final de línea)
cli-draft-unknown-customer = un cliente desconocido
cli-draft-head = Borrador para { $name }{ $phone }
cli-draft-out-of-stock = {"  "}SIN EXISTENCIAS (quedan { $available })
cli-draft-asked-only = {"  "}(solo preguntó)
cli-draft-deliver-to = entregar en: { $address }
cli-draft-pickup = recoge en la tienda
cli-draft-says-paid = dice que pagó (un aviso, sin verificar)
cli-draft-says-paid-amount = dice que pagó { $amount } (un aviso, sin verificar)
cli-draft-unmatched = ningún producto coincide: "{ $text }"
cli-draft-wanted-by = para el: { $day }
cli-draft-wanted-by-time = para el: { $day }, antes de las { $time }
cli-draft-chat-total = el total de la conversación: { $total }
cli-draft-claim-reference = la referencia del aviso: { $reference }
weekday-short = { $day ->
    [1] lun
    [2] mar
    [3] mié
    [4] jue
    [5] vie
    [6] sáb
   *[7] dom
}

## El mostrador: lo que dice la línea de estado sobre un resultado.

desk-order-created = pedido #{ $number } creado y confirmado ({ $total }): y copia el resumen, Y el enlace de pago
desk-draft-saved = borrador #{ $number } guardado; confírmalo con c cuando esté listo
desk-order-updated = pedido #{ $number } actualizado (v{ $revision })
desk-order-confirmed = pedido #{ $number } confirmado: existencias reservadas; y copia el resumen
desk-order-advanced = pedido #{ $number }: { $stage }
desk-order-cancelled = pedido #{ $number } cancelado; sus existencias vuelven a la venta
desk-notes-saved = nota del #{ $number } guardada
desk-payment-recorded = { $claimed ->
    [yes] aviso de pago registrado (verifícalo cuando llegue el dinero)
   *[no] pago registrado
}: { $amount } en el #{ $number }; { $balance }
desk-claim-verified = pago verificado en el #{ $number }: ahora { $status } ({ $balance })
desk-claim-rejected = aviso rechazado en el #{ $number }: ya no cuenta
desk-refunded = reembolso de { $amount } en el #{ $number } por { $method }{ $restocked ->
    [yes] ; la mercancía volvió a existencias
   *[no] {""}
}
desk-stock-received = entrada de { $qty } × { $product }: { $available ->
    [one] { $available } disponible
   *[other] { $available } disponibles
}
desk-stock-adjusted = { $product } ajustado en { $delta }: { $on_hand } en existencia, { $available ->
    [one] { $available } disponible
   *[other] { $available } disponibles
}
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
    [reminders] los recordatorios
   *[reminder] el recordatorio
} ({ $why }): selecciónalo a mano
desk-copy-failed-title = { $kind ->
    [summary] El resumen
    [link] El enlace de pago
    [reminders] Los recordatorios
   *[reminder] El recordatorio
}
desk-copy-by-hand = Selecciona el texto con el ratón (Shift+arrastrar en la mayoría de las terminales) y cópialo.
desk-exported = { $when }: { $orders ->
    [one] 1 pedido
   *[other] { $orders } pedidos
} y { $payments ->
    [one] 1 pago
   *[other] { $payments } pagos
}: { $files ->
    [one] 1 archivo escrito
   *[other] { $files } archivos escritos
} en { $folder }
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
doing-export = escribir los informes de { $when }
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

## Las teclas: lo que hace cada una, en el pie y en `?` (las teclas nunca cambian).

context-global = En todas partes
context-orders = Pedidos
context-inventory = Inventario
context-customers = Clientes
context-payments = Pagos
context-order = Un pedido (en la cola o abierto)
context-detail = Vista del pedido
context-history = Una lista de pedidos (el historial de un cliente, los pedidos de una cifra)
context-review = Revisión de lo pegado / pedido nuevo
context-picker = Selector
context-input = Escribiendo un valor
context-confirm = Confirmación
context-popup = Texto para copiar
key-quit = salir
key-help = ayuda
key-next-pane = panel siguiente
key-previous-pane = panel anterior
key-orders = pedidos
key-inventory = inventario
key-customers = clientes
key-payments = pagos
key-down = bajar
key-up = subir
key-page-down = página abajo
key-page-up = página arriba
key-first = primero
key-last = último
key-filter-the-list = filtrar la lista
key-go-to-order-number = ir al pedido nº
key-new-order-by-hand = pedido nuevo a mano
key-paste-a-chat-from-the-clipboard = pegar un chat del portapapeles
key-export-todays-csv-reports = exportar los informes CSV del día (en Hoy: el día mostrado)
key-back-clear-filter = volver / quitar filtro
key-open-the-order = abrir el pedido
key-show-hide-delivered-and-cancelled = mostrar/ocultar entregados y cancelados
key-copy-summary = copiar resumen
key-copy-payment-link = copiar enlace de pago
key-confirm-reserve-stock = confirmar (reserva existencias)
key-advance-packing-ready-out-delivered = avanzar: empacando → listo/en reparto → entregado
key-record-a-payment = registrar un pago
key-verify-a-claim = verificar un aviso
key-reject-a-claim = rechazar un aviso
key-refund = reembolsar
key-cancel-the-order = cancelar el pedido
key-notes = notas
key-edit-lines = editar líneas
key-receive-stock = dar entrada a existencias
key-adjust-stock-with-a-reason = ajustar existencias (con motivo)
key-history = historial
key-merge-into-another-customer = unir a otro cliente
key-verify-the-claim = verificar el aviso
key-reject-the-claim = rechazar el aviso
key-copy-the-reminder-records-it-as-sent = copiar el recordatorio (lo registra como enviado)
key-copy-the-payment-link = copiar el enlace de pago
key-close-a-review-with-a-note = cerrar una revisión, con una nota
key-back-to-the-list = volver a la lista
key-back = volver
key-create-and-confirm = crear y confirmar
key-save-as-draft = guardar como borrador
key-quantity = cantidad
key-less = menos
key-change-product = cambiar producto
key-add-a-line = añadir una línea
key-remove-line = quitar línea
key-customer = cliente
key-address = dirección
key-next-customers-draft = borrador del siguiente cliente
key-line = línea
key-line-up = línea arriba
key-leave-write-nothing = salir sin guardar nada
key-choose = elegir
key-next = siguiente
key-previous = anterior
key-cancel = cancelar
key-ok = aceptar
key-yes = sí
key-no = no
key-close = cerrar
key-scroll = desplazar
key-scroll-up = desplazar arriba

## El marco del mostrador: paneles, pestañas, la marca de trabajo, ventanas y ayuda.

pane-orders = Pedidos
pane-inventory = Inventario
pane-customers = Clientes
pane-payments = Pagos
tab-to-do = {" "}({ $count } pendientes)
working = trabajando: { $what }…{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
working-short = trabajando…
working-paste = leyendo lo pegado
working-link = enlace de pago del #{ $number }
working-reminder = recordatorio del #{ $number }
working-reports = escribiendo informes
working-links = revisando enlaces
picker-type-to-search = escribe para buscar
picker-nothing-matches = nada coincide
confirm-title = ¿Seguro?
confirm-keys-three = y / n · Esc cancela
confirm-keys-two = y sí · n o Esc no
help-title = Teclas
help-intro = Pega los mensajes de WhatsApp de un cliente. Esc cierra; j/k desplazan.
desk-notice-paid = #{ $number } pagado { $amount } ({ $via ->
    [webhook] webhook
    [sync] sincronización
   *[import] informe
})
desk-notice-review = pago a revisar: { $message }
desk-notice-refused = webhook rechazado ({ $status }): { $message }
desk-paste-empty = lo pegado estaba vacío
desk-paste-reading = leyendo lo pegado…
desk-sold-out = agotado
desk-units-left = { $count ->
    [one] queda 1
   *[other] quedan { $count }
}
desk-done-toggled = pedidos entregados y cancelados { $shown ->
    [yes] visibles
   *[no] ocultos
}
desk-reading-clipboard = leyendo el portapapeles…
desk-writing-reports = escribiendo los informes de hoy…
desk-filter-cleared = filtro quitado
prompt-jump = Ir al pedido
prompt-jump-hint = el número de pedido, p. ej. 1042
prompt-filter = Filtrar { $pane }
prompt-filter-orders = cliente, teléfono, número de pedido, artículo, dirección o estado ("empacando")
prompt-filter-inventory = SKU, nombre, variante o alias
prompt-filter-customers = nombre o teléfono
prompt-address = Dirección de entrega
prompt-address-hint = vacío para recoger en la tienda
review-needs-customer = ¿para quién es? pulsa u para elegir o añadir al cliente
review-needs-lines = aún sin líneas: pulsa a para añadir un producto
review-short = solo quedan { $available } de '{ $product }' (se piden { $asked }): corrige la línea (+/-, p, d) o pulsa s para guardar un borrador
review-pickup-note = recoge en la tienda
review-left = { $what ->
    [edit] se dejó la edición
   *[review] se dejó la revisión
}; no se guardó nada
review-edit-needs-lines = un pedido necesita al menos una línea (para cancelarlo, usa D)

## La revisión de lo pegado y el formulario de pedido nuevo.

review-customer-of = {" "}· cliente { $current } de { $count } (Tab: siguiente)
review-title-paste = Revisión de lo pegado{ $of }
review-title-new = Pedido nuevo
review-title-edit = Editar pedido #{ $number }
review-nothing-left = No queda nada por revisar.
review-customer = Cliente:
review-known = conocido · { $orders ->
    [one] 1 pedido
   *[other] { $orders } pedidos
}
review-owes = debe { $amount }
review-new-customer = cliente nuevo
review-customer-unknown = ? desconocido — pulsa u para elegir o añadir
review-no-lines = aún sin líneas — pulsa a para añadir un producto
review-unsure = { $percent }% seguro
review-only-left = { $count ->
    [one] solo queda 1
   *[other] solo quedan { $count }
}
review-total = total { $total }
review-pickup = recoge en la tienda
review-no-address-last = no la dijo — la última vez { $last } (L la usa, A escribe otra)
review-no-address = no la dijo (A para añadirla)
review-delivery = Entrega:
review-says-paid = Dice que pagó:
review-says-paid-amount = { $amount } — un aviso, registrado para verificar después
review-says-paid-no-amount = sin monto — compruébalo antes de registrar
review-asked-only = Solo preguntó, no lo pidió (a lo añade):
review-unmatched = No coincide con ningún producto (añádelo con a si hace falta):
review-note = nota: { $note }
review-before-enter = Antes de Enter: { $why }

## El historial del pedido, como lo muestra la vista del pedido.

journal-created = pedido creado
journal-edited = pedido cambiado
journal-confirmed = confirmado: existencias reservadas
journal-confirmed-oversold = confirmado (vendido sin existencias)
journal-cancelled = cancelado: existencias liberadas
journal-restocked = devuelto a existencias
journal-refunded = reembolsado
journal-merged = unido
journal-payment-verified = pago verificado
journal-payment-rejected = pago rechazado
journal-payment-claimed = pago avisado
journal-payment-recorded = pago registrado
journal-payment-link-made = enlace de pago creado
journal-payment-link-replaced = enlace de pago reemplazado
journal-payment-link-expired = enlace de pago vencido
journal-payment-link-paid = enlace de pago pagado
journal-payment-link-cancelled = enlace de pago cancelado
journal-payment-link-failed = enlace de pago fallido
journal-payment-link-review-closed = revisión del enlace de pago cerrada
journal-payment-review-closed = revisión del pago cerrada
journal-payment-link-needs-review = el enlace de pago necesita revisión
journal-tagged-payment-abandoned = marcado como pago abandonado
journal-cancelled-after-the-last-payment-reminder = cancelado tras el último recordatorio de pago
journal-cancelled-payment-link-expired-unpaid = cancelado: el enlace de pago venció sin pagar
journal-payment-abandoned-cleared-paid = pago abandonado retirado: pagado
journal-reminder-sent = recordatorio de pago { $step } de { $steps } enviado
journal-report-row-review = fila del informe a revisar: { $why }

## La vista del pedido y el historial de un cliente.

detail-title = Pedido #{ $number }{ $version } · { $label }
detail-who = { $name }{ $phone } · pidió el { $at } (hace { $age })
detail-deliver-to = Entregar en: { $address }
detail-notes = Nota (en el resumen): { $notes }
detail-lines = Líneas
detail-total = Total { $total }
detail-delivery = envío { $amount }
detail-paid = pagado { $amount }
detail-claimed = avisado { $amount } (a verificar)
detail-balance = saldo { $amount }
detail-payments = Pagos
detail-reference = ref. { $reference }
detail-journal = Historial
detail-summary = Resumen (y lo copia)
history-title = { $name }{ $phone } · { $orders ->
    [one] 1 pedido
   *[other] { $orders } pedidos
} · total { $lifetime } · debe { $owes }
history-no-address = aún sin dirección
history-last-address = Última dirección: { $address }
column-age = hace
column-items = artículos
column-total = total
column-status = estado

## Los cuatro paneles: títulos, columnas, marcas y lo que dice un panel vacío.

pane-filter-note = {" "}· filtro "{ $filter }"
pane-orders-pressing-short = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue }
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today }
}
pane-orders-sorted = {" "}· los más urgentes primero
pane-orders-title = Pedidos · { $count }{ $sorted }{ $pressing }{ $filter }{ $done ->
    [yes] {" "}· con entregados y cancelados
   *[no] {""}
}
pane-orders-empty = No hay pedidos abiertos. Pega aquí los mensajes de WhatsApp de un cliente, o pulsa n para un pedido nuevo.
pane-orders-no-match = Ningún pedido coincide con el filtro (Esc lo quita).
pane-inventory-title = Inventario · { $count } SKUs{ $filter }
pane-inventory-empty = No hay productos. Importa un catálogo: orderdesk catalog import ARCHIVO.csv
pane-low = poco
pane-customers-title = Clientes · { $count }{ $filter }
pane-customers-empty = Aún no hay clientes: se añaden con su primer pedido.
pane-payments-title = Pagos · { $claims ->
    [one] 1 aviso
   *[other] { $claims } avisos
} · { $reminders ->
    [one] 1 recordatorio
   *[other] { $reminders } recordatorios
} · { $reviews } a revisar
pane-payments-empty = Aún no hay pagos ni enlaces.
pane-remind = recordar { $step }/{ $steps }
pane-last-reminder = último
pane-reminder-due = recordatorio pendiente
pane-y-copies-it = y copia
pane-review = revisar
pane-link-sent = enlace enviado
pane-link-until = hasta { $until }
column-customer = cliente
column-balance = saldo
column-sku = SKU
column-product = producto
column-variant = variante
column-stock = exist.
column-held = reserv.
column-free = libre
column-price = precio
column-name = nombre
column-phone = teléfono
column-orders = pedidos
column-lifetime = total
column-owes = debe
column-last = último
column-order = pedido
column-amount = monto
column-how = cómo
column-state = estado
column-id-ref-note = id/ref.

## Las preguntas del mostrador: campos, selectores y confirmaciones.

flow-no-order = ningún pedido seleccionado
flow-getting-link = obteniendo el enlace de pago del #{ $number }…
flow-already = el pedido #{ $number } ya está { $state }
flow-nothing-to-refund = no se recibió nada en el #{ $number }, así que no hay nada que reembolsar
flow-confirm-first = el pedido #{ $number } está { $state }: confirma primero el borrador (c)
flow-no-claim = el pedido #{ $number } no tiene un aviso de pago para { $verify ->
    [yes] verificar
   *[no] rechazar
}
flow-only-claims = solo un aviso de pago se puede verificar o rechazar
flow-y-reminder = y copia un recordatorio pendiente; selecciona uno (o abre el pedido para su resumen)
flow-close-review-select = C cierra un enlace en revisión manual; selecciona uno
flow-not-editable = el pedido #{ $number } ya no se puede editar (la mercancía salió de la tienda o está cerrado)
flow-not-order-number = '{ $value }' no es un número de pedido
flow-type-amount = escribe el monto
flow-not-units = '{ $value }' no es una cantidad de unidades (1 o más)
flow-not-change = '{ $value }' no es un cambio como +3 o -2
flow-say-why = di el motivo: queda en el historial de existencias
flow-say-what-found = di qué encontraste: la nota queda en el historial
flow-nothing-matches = nada coincide; sigue escribiendo o pulsa Esc
prompt-payment = Pago del #{ $number }
prompt-payment-hint = monto recibido o avisado; el saldo pendiente es { $balance }
prompt-refund = Reembolso del #{ $number }
prompt-refund-hint = cuánto se devuelve (pagado: { $paid })
prompt-notes = Nota para el cliente en el #{ $number }
prompt-notes-hint = se ve en el resumen; no cambia nada de lo acordado (sin nueva versión)
prompt-close-review = Cerrar la revisión del #{ $number }
prompt-close-review-hint = qué encontraste ({ $note }); va al historial
prompt-receive = Entrada de { $product }
prompt-receive-hint = unidades que llegaron ({ $on_hand } en existencia ahora)
prompt-adjust = Ajustar { $product }
prompt-adjust-hint = unidades de más (+3) o de menos (-2) respecto al conteo ({ $on_hand } en existencia, { $free } libres)
prompt-receive-note = Entrada de { $qty } × { $sku }
prompt-receive-note-hint = una nota para el historial (proveedor, factura) — opcional
prompt-adjust-reason = Ajustar { $sku } en { $delta }
prompt-adjust-reason-hint = motivo (queda en el historial): conteo, dañado, encontrado…
prompt-pay-reference = { $amount } { $how ->
    [cash] en efectivo
    [card] con tarjeta
   *[other] por { $method }
} en el #{ $number }
prompt-pay-reference-hint = referencia (id de Pix/banco/tarjeta) — opcional; la misma referencia nunca paga dos veces
picker-advance = Avanzar #{ $number }
picker-which-claim = ¿Qué aviso del #{ $number }?
picker-merge-into = Unir { $name } a…
picker-customer = Cliente: escribe un nombre o teléfono
picker-no-phone = sin teléfono
picker-new-customer = + cliente nuevo "{ $name }"
picker-how-paid = ¿Cómo se pagaron { $amount }?
picker-change-product = Cambiar producto
picker-add-product = Añadir un producto
stage-packing-means = empacándose
stage-ready-means = listo para recoger o para el mensajero
stage-out-means = salió de la tienda (salen las existencias)
stage-delivered-means = en manos del cliente
confirm-cancel-order = ¿Cancelar el pedido #{ $number }? Sus existencias reservadas vuelven a la venta.
confirm-verify = ¿Llegó el pago de { $what }? Cuenta como pagado una vez verificado.
confirm-reject = ¿Rechazar el aviso de { $what }? Ya no contará.
confirm-verify-of = ¿Llegó el pago de { $what } del #{ $number }?
confirm-reject-of = ¿Rechazar el aviso de { $what } del #{ $number }?
claim-what = { $amount } { $how ->
    [cash] en efectivo
    [card] con tarjeta
    [link] por enlace
    [transfer] por transferencia
    [pix] por Pix
   *[other] por otro medio
}
confirm-received = ¿Ya están los { $amount } ({ $method }) en caja o en la cuenta? y: sí, recibido · n: no, el cliente dice que pagó (un aviso a verificar)
confirm-restock = Reembolso de { $amount } en el #{ $number }. ¿Volvió la mercancía a existencias? y: sí, reponer · n: no
confirm-merge = ¿Unir { $from } a { $name }? Sus pedidos pasan a { $name }; no se borra nada.

## Words from outside the catalogs (SQLite, the system, a provider), shown as they are.

plain = { $text }
list-semicolon = { $first }; { $rest }

## Errores: lo que no se pudo hacer y por qué, en palabras con las que la tienda puede actuar.

error-while = no se pudo { $doing }: { $why }
error-item-quantity = '{ $item }': la cantidad después de ':' debe ser un número entero, p. ej. JKT-BLU-M:2
error-item-no-sku = '{ $item }' no tiene SKU (se esperaba SKU:CANT, p. ej. JKT-BLU-M:2)
error-unknown-currency = '{ $code }' no es el código ISO 4217 de una moneda (como { $known })
error-not-an-amount = '{ $text }' no es un monto (se espera algo como 180, 49.90 o 1.234,56)
error-too-many-decimals = '{ $text }' tiene más decimales de los que permite { $currency } ({ $exponent })
error-currency-mismatch = '{ $text }' está en { $found }, pero aquí es en { $expected }
error-ambiguous-amount = '{ $text }' es ambiguo: ¿es { $grouped } o { $decimal }? escríbelo sin el separador o con { $exponent } decimales
error-amount-overflow = el monto '{ $text }' es demasiado grande
error-amount-too-large = { $text } es más de lo que orderdesk acepta para un monto en { $currency } ({ $ceiling }); revisa el monto (¿un error al teclear?) o divídelo
error-mixed-currencies = no se pueden combinar { $a } y { $b }
error-order-not-allowed = el pedido #{ $number } está { $state }: { $why }
error-order-empty = el pedido #{ $number } no tiene líneas: añade al menos un artículo
error-bad-quantity = la cantidad de { $sku } debe estar entre 1 y { $max } (llegó { $qty })
error-negative = { $what ->
    [discount] el descuento
   *[delivery] el envío
} no puede ser negativo
error-discount-too-large = el descuento ({ $discount }) es mayor que el pedido ({ $before })
error-not-positive = el monto debe ser mayor que cero (llegó { $amount })
error-payment-currency = el pago está en { $found } pero el pedido es en { $expected }
error-not-claimed = el pago { $id } ya está { $state }; solo un aviso de pago se puede verificar o rechazar
error-refund-too-large = { $asked } es más que los { $refundable } recibidos y aún no reembolsados
error-claimed-refund = un reembolso lo paga la tienda; no puede ser un aviso
error-not-a-phone = '{ $text }' no es un número de teléfono (se esperan dígitos, p. ej. +52 55 1234 5678)
error-phone-length = '{ $text }' es demasiado corto o largo para un número de teléfono
error-phone-calling-code = '{ $text }' no empieza con el código de ningún país (escríbelo como +52 55 1234 5678 o +34 612 34 56 78)
error-unknown-country = país desconocido '{ $code }' (usa un código de dos letras como MX, ES, AR, CO, US)
error-unknown-name = '{ $given }' no vale aquí (se espera uno de: { $expected })
error-link-not-allowed = un enlace de pago { $state } no puede ser { $why }
error-template-unknown = campo desconocido {"{"}{ $name }{"}"} (conocidos: { $known })
error-template-unclosed = '{"{"}' sin cerrar en el carácter { $at }; escribe '{"{{"}' para una llave literal
error-template-stray = '{"}"}' suelto en el carácter { $at }; escribe '{"}}"}' para una llave literal
error-paste-too-large = lo pegado tiene { $size } MB y orderdesk lee como mucho { $most } MB a la vez (unos { $messages } mensajes): exporta un tramo más corto del chat, o divide el archivo en finales de línea (`split -C { $split }M export.txt parte-`) e importa las partes una tras otra (importar los mismos mensajes dos veces no crea nada dos veces)
order-why-confirm-first = confírmalo antes de empacar o entregar
order-why-already-confirmed = ya está confirmado
order-why-left-refund = la mercancía ya salió de la tienda; registra un reembolso
order-why-left-restock = la mercancía ya salió de la tienda; registra un reembolso con --restock
order-why-forward-only = la entrega solo avanza
order-why-cancelled = un pedido cancelado ya no cambia; crea un pedido nuevo
order-why-completed = está entregado y completo; registra un reembolso si hace falta
link-why-paid-failed = pagado: el proveedor informó que falló
link-why-paid-replaced = pagado: fue reemplazado, así que el monto necesita a una persona
link-why-paid-twice = pagado dos veces
link-why-expired = vencido: no está activo
link-why-failed = marcado como fallido: no está activo
link-why-cancelled = cancelado: no está activo
link-why-review-paid = enviado a revisión: ya está pagado
link-why-not-in-review = cerrado: no está en revisión
doing-import-line = importar la línea { $line }
doing-import-stock = fijar las existencias de { $sku } en { $target } (línea { $line }, columna stock)
doing-stock-move = { $kind ->
    [receive] dar entrada a
    [adjust] ajustar en
   *[other] mover
} { $qty } de { $sku }
error-import-sku-case = línea { $line }, columna sku: '{ $sku }' es '{ $catalog }' en el catálogo (un SKU es el mismo producto con mayúsculas o minúsculas); escríbelo igual; no se importó nada
error-receive-range = no se puede dar entrada a { $qty } de { $sku }: la cantidad debe estar entre 1 y { $max }
error-adjust-zero = ajustar { $sku } en 0 no cambia nada
error-adjust-range = no se puede ajustar { $sku } en { $delta }: como mucho { $max } unidades a la vez
error-adjust-reason = di por qué cambian las existencias de { $sku } (el motivo queda en el historial)
error-reserved-beyond = solo { $available ->
    [one] { $available } disponible
   *[other] { $available } disponibles
} contando las reservas de los pedidos abiertos
error-unknown-sku = ningún producto con el SKU '{ $sku }' (ver `orderdesk catalog list`)
error-import-cell = línea { $line }, columna { $column }: { $why }; no se importó nada
error-import-header = no se puede leer el encabezado del CSV: { $why }
error-import-unknown-column = columna desconocida (conocidas: { $known })
error-import-missing-column = el encabezado no tiene la columna '{ $column }' (se espera: sku,name,variant,price,currency,stock); no se importó nada
error-import-cells = se esperaban { $expected } celdas como en el encabezado, hay { $found }
error-import-not-utf8 = no es texto UTF-8; guarda el archivo como CSV UTF-8
error-import-line = línea { $line }: { $why }; no se importó nada
error-import-sku-control = '{ $sku }' tiene un carácter de control (un SKU son letras, dígitos y signos que se teclean)
error-import-not-sku = '{ $sku }' no es un SKU (de 1 a 64 caracteres, sin espacios)
error-import-sku-twice = { $sku } ya aparece en la línea { $first }
error-import-no-name = el nombre está vacío
error-import-currency = { $currency } no es la moneda de la tienda, { $shop } (shop.currency en la configuración)
error-import-negative-price = un precio no puede ser negativo
error-import-not-units = '{ $text }' no es un número entero de unidades
error-import-no-products = el CSV tiene encabezado pero ningún producto; no se importó nada
error-nothing-created = no se creó nada: { $why }
error-paste-no-customer = no hay mensajes de clientes en lo pegado (solo de la tienda o del sistema); no se creó nada
chat-created = borrador del pedido #{ $number } creado para { $customer } ({ $items ->
    [one] 1 línea
   *[other] { $items } líneas
})
chat-already-imported = el pedido de { $customer } ya existe como #{ $number }
chat-skipped = { $customer } quedó fuera: { $why }
chat-skipped-no-customer = lo pegado no dice quién es el cliente (cópialo con los encabezados de los mensajes, o usa `order new`)
chat-skipped-no-products = no se pidió ningún producto del catálogo
chat-note-says-paid = el cliente dice que pagó (sin monto)
chat-note-says-paid-amount = el cliente dice que pagó { $amount }
error-customer-no-name = un cliente necesita un nombre (como lo conoce la tienda)
error-same-customer = '{ $from }' y '{ $into }' son el mismo cliente
error-no-customer-phone = ningún cliente con el teléfono { $phone }
error-no-customer-name = ningún cliente llamado '{ $name }'
error-customers-same-name = { $count } clientes se llaman '{ $name }': usa su número de teléfono
error-unknown-customer = ningún cliente llamado '{ $name }'{ $guesses ->
    [0] {""}
   *[other] {" "}(¿quisiste decir { $close }?)
}; usa un nombre o teléfono de `orderdesk customer list`, o añade --new-customer para crear '{ $name }'
error-order-for-whom = di para quién es el pedido: un número de teléfono o un nombre
error-demo-size = una demo necesita al menos un pedido y un cliente
error-demo-not-empty = { $path } ya tiene pedidos; la demo solo llena una base vacía (usa otro --db)
error-customer-gone = ese cliente ya no está en el libro
error-no-review = el pedido #{ $number } no tiene pagos en revisión
error-link-cancelled = el pedido #{ $number } está cancelado; no recibe pagos
error-link-nothing-due = el pedido #{ $number } no tiene nada pendiente; no necesita enlace de pago
error-no-link-configured = no hay enlace de pago configurado: define payment_link.provider (fixed, template o stripe) y su URL en la configuración, o usa --provider
error-stripe-key = los enlaces de Stripe necesitan la clave secreta en STRIPE_API_KEY (nunca se lee de la configuración); defínela y vuelve a intentarlo
doing-read-amount = leer { $what ->
    [discount] el descuento
   *[delivery] el envío
}
doing-order-step = { $verb ->
    [confirm] confirmar el pedido #{ $number }
    [cancel] cancelar el pedido #{ $number }
    [advance] avanzar el pedido #{ $number }
    [note] cambiar las notas del pedido #{ $number }
    [step-back] regresar el pedido #{ $number } a la etapa anterior
    [reinstate] restablecer el pedido #{ $number }
   *[edit] editar el pedido #{ $number }
}
error-edit-nothing = nada que cambiar en el pedido #{ $number } (usa --item, --remove, --delivery, …)
error-no-such-line = el pedido #{ $number } no tiene una línea con el SKU { $sku }
error-edit-same = el pedido #{ $number } ya está así; no cambió nada
error-not-a-status = '{ $status }' no es un estado; usa open, un estado del pedido ({ $lifecycles }), de entrega ({ $fulfilments }) o de pago ({ $payments })
error-order-no-items = un pedido necesita al menos un artículo (--item SKU:CANT)
error-chat-imported = este chat ya se importó como pedido #{ $number }; no se creó nada
error-empty-name = el nombre del cliente está vacío: da un nombre o quita --name
error-no-order = no existe el pedido #{ $number } (ver `orderdesk order list`)
error-negative-quantity = { $sku }: una cantidad no puede ser negativa ({ $qty })
error-only-left = { $available ->
    [one] solo queda 1
   *[other] solo quedan { $available }
} de '{ $product }' (se piden { $asked })
doing-read-the-amount = leer el monto
doing-refund-order = reembolsar el pedido #{ $number }
error-amount-currency = el monto está en { $found } pero el pedido es en { $expected }
error-pay-cancelled = el pedido #{ $number } está cancelado: recibe reembolsos, no pagos
error-restock-not-shipped = no se puede reponer el pedido #{ $number }: su mercancía no salió de la tienda; cancela el pedido para liberar sus existencias y reembolsa sin --restock
error-restocked-already = el pedido #{ $number } ya se repuso; reembolsa sin --restock
error-not-a-payment-id = '{ $given }' no es un id de pago (usa el id que muestra `orderdesk order show { $number }`)
error-no-such-payment = el pedido #{ $number } no tiene el pago { $given }
error-payment-id-ambiguous = '{ $given }' coincide con varios pagos del pedido #{ $number }; da más del id
error-no-link-to-remind = el pedido #{ $number } no tiene un enlace de pago pendiente que recordar
error-reminder-not-due = aún no toca ningún recordatorio del pedido #{ $number }; el paso { $step } cae el { $at }
error-no-reminder-left = al pedido #{ $number } no le quedan recordatorios por enviar
error-reminder-not-the-one = el recordatorio { $asked } del pedido #{ $number } no es el que toca; toca el paso { $due }
error-reminder-template = reminders.template en la configuración: { $why }
error-summary-template = templates.summary en la configuración: { $why }
error-cannot-record = no se puede registrar { $amount } en el pedido #{ $number }
error-day-no-start = { $day } no tiene un inicio válido en esta zona horaria
error-day-out-of-range = { $day } está fuera de rango
error-clipboard-not-book = el portapapeles es de la pantalla, no del libro
error-export-io = no se puede escribir { $path }: { $why }; no se escribió nada
error-export-full = no se puede escribir { $path }: el disco está lleno; libera espacio (o escribe en otro lugar con --out) y vuelve a intentarlo; no se escribió nada
error-store-open = no se puede abrir la base de datos en { $path }: { $reason }
error-store-not-a-database = { $path } no es una base de orderdesk o está dañada ({ $detail }); apunta --db a otro archivo o restaura una copia
error-store-foreign = { $path } es una base SQLite de otro programa (tiene tablas, pero no las de orderdesk); no se tocó: apunta --db a otro archivo
error-store-too-new = la base la escribió un orderdesk más nuevo (esquema { $found }, este conoce hasta { $known }); actualiza orderdesk
error-store-busy = la base está ocupada: otro mostrador o comando la bloqueó más de 5 segundos; vuelve a intentarlo
error-store-read-only = el archivo de la base es de solo lectura; revisa sus permisos
error-store-read-only-folder = la carpeta { $dir } es de solo lectura: el libro necesita escribir su diario (archivos -wal y -shm) al lado; haz la carpeta escribible o mueve el libro
error-store-full = el disco de la base de datos está lleno: no cambió nada; libera espacio y vuelve a intentarlo
error-store-in-use = { $path } está abierto en un mostrador o comando (o en el webhook); ciérralos todos y vuelve a intentarlo
error-store-restoring = el libro se está restaurando de una copia; inténtalo en un momento
error-store-connect = no se puede conectar al libro PostgreSQL en { $target }: { $reason }
error-store-backup-on-server = un libro PostgreSQL se copia y se restaura con las herramientas del propio PostgreSQL: pg_dump -Fc (la URL) > libro.dump, y pg_restore para recuperarlo
error-store-stale = { $what } lo cambió otra persona mientras tanto; recarga y vuelve a intentarlo
error-store-reference-other-case = ya hay un pago registrado con esa referencia (escrita con otras mayúsculas); el mismo pago no cuenta dos veces
error-store-reference-recorded = ya hay un { $kind } por { $method } con la referencia '{ $reference }'; el mismo pago no cuenta dos veces
error-store-reference-reused = su referencia ya pagó otro pago; el aviso sigue rechazado
error-store-reference-taken = otro pago ya tiene la referencia '{ $reference }'
error-store-event-received = el evento { $event } ya se recibió
error-store-row-imported = esta fila del reporte ya se importó
error-store-reminder-recorded = el recordatorio { $step } ya se registró como enviado
error-store-live-link = este pedido ya tiene un enlace de pago activo (lo creó otro mostrador mientras tanto); recarga y usa ese
error-store-phone-taken = ya existe un cliente con el teléfono { $phone }
what-the-payment = el pago
what-the-payment-link = el enlace de pago
what-order = el pedido #{ $number }
what-link-of-order = el enlace de pago del pedido #{ $number }
error-store-not-enough-stock = existencias insuficientes de { $sku }: { $available ->
    [one] { $available } disponible
   *[other] { $available } disponibles
}, se piden { $asked }
error-store-not-on-hand = no se pueden enviar { $asked } de { $sku }: solo { $on_hand } en existencia (el pedido se confirmó por encima de las existencias); da entrada primero
error-store-beyond-ceiling = el libro rechazó un monto por encima del tope de cualquier moneda; revisa el monto
error-store-overflow = una suma del libro es demasiado grande para contarla: un orderdesk antiguo guardó un monto por encima del tope; restaura una copia anterior
error-store-incomplete = el libro está dañado: tiene { $counted } { $what ->
    [orders] pedidos
   *[other] { $what }
} pero solo se pudieron leer { $read }, así que no se muestra la lista; restaura una copia (`orderdesk restore`)
error-provider-unreachable = no se puede contactar con { $what }: { $why }; revisa la conexión y vuelve a intentarlo
error-provider-refused = { $what } rechazó la solicitud (HTTP { $status }): { $message }
error-provider-bad-answer = { $what } respondió algo inesperado: { $why }
desk-webhook-listening = recibiendo webhooks de Stripe en { $address }
clipboard-over-ssh = por SSH el portapapeles remoto no es el de esta pantalla
clipboard-no-answer = la pantalla no respondió en medio segundo
clipboard-system = no hay portapapeles del sistema ({ $detail })
clipboard-empty = el portapapeles está vacío
clipboard-refused = aquí no hay portapapeles
error-backup-io = no se puede escribir la copia { $path }: { $why }; no se escribió nada
error-backup-full = no se puede escribir la copia { $path }: el disco está lleno; libera espacio o haz la copia en otro lugar con --to; no se escribió nada
error-backup-exists = { $path } ya existe; elige otro nombre, o una carpeta
error-backup-same-file = { $path } es el propio libro; restaura desde una copia suya
error-config-read = no se puede leer el archivo de configuración { $path }: { $why }
error-config-invalid = el archivo de configuración { $path } no es válido: { $why }
desk-undone = deshecho: { $what } (el historial guarda ambos)
desk-copied-reminders = { $count ->
    [one] 1 recordatorio
   *[other] { $count } recordatorios
} ({ $numbers }), cada uno encabezado por su pedido
doing-remember-shop-author = recordar quién es la tienda
doing-check-reference = revisar la referencia '{ $reference }'
doing-undo = deshacer { $what }
doing-batch = actuar sobre { $count ->
    [one] 1 fila marcada
   *[other] { $count } filas marcadas
}
doing-send-reminders = enviar { $count ->
    [one] 1 recordatorio
   *[other] { $count } recordatorios
}
undo-verify = la verificación del aviso en el #{ $number }
undo-reject = el rechazo del aviso en el #{ $number }
undo-advance = el último avance del #{ $number }
undo-cancel = la cancelación del #{ $number }
undo-merge = la unión de dos clientes
key-half-a-page-down = media página abajo
key-half-a-page-up = media página arriba
key-go-to-an-order-pane-or-customer-or-do-an = ir a un pedido, panel o cliente, o hacer cualquier cosa por su nombre
key-undo-the-last-verify-reject-advance-canc = deshacer la última verificación, rechazo, avance, cancelación o unión
key-mark-the-row-a-then-moves-all-marked-to = marcar la fila (a luego pasa todas las marcadas a empacando)
key-advance-packing-delivered = avanzar: empacando → entregado
key-note-for-the-customer-in-the-summary = nota para el cliente (en el resumen)
key-staff-note-never-in-the-summary = nota interna (nunca en el resumen)
key-mark-a-claim-or-reminder-v-x-or-y-then-a = marcar un aviso o recordatorio (v, x o y actúan sobre todos los marcados)
key-type-the-quantity = escribir la cantidad
key-deliver-to-the-customers-last-address = entregar en la última dirección del cliente
key-delivery-fee = envío
key-discount = descuento
key-a-new-order-instead-of-updating-the-earl = un pedido nuevo en vez de actualizar el anterior
key-next-j-in-a-short-list = siguiente (j en una lista corta)
key-previous-k-in-a-short-list = anterior (k en una lista corta)
key-complete-with-the-chosen-one = completar con el elegido
context-this-screen = Esta pantalla
prompt-filter-payments = cliente, número de pedido, forma, referencia o estado ("avisado")
review-left-some = { $what ->
    [edit] se dejó la edición
   *[review] se dejó la revisión
}: { $numbers } { $written ->
    [one] se creó
   *[other] se crearon
}; { $left ->
    [one] el otro borrador no se guardó
   *[other] los otros { $left } borradores no se guardaron
}
confirm-leave-review = { $what ->
    [edit] ¿Salir de la edición? Los cambios no se guardan.
   *[review] ¿Salir de la revisión? Los cambios en este borrador se pierden.
} y: salir · n: quedarse
pane-marked-note = {" "}· { $count ->
    [one] 1 marcado
   *[other] { $count } marcados
}
pane-payments-no-match = Ningún pago coincide con el filtro (Esc lo quita).
detail-staff-note = Nota interna: { $note }
detail-refunded = reembolsado { $amount }
detail-nothing-due = nada pendiente
detail-shop-owes = la tienda debe devolver { $amount }
prompt-staff-note = Nota interna del #{ $number }
prompt-staff-note-hint = solo para la tienda: nunca en el resumen
confirm-overpay = { $amount } es { $over } más que los { $due } pendientes del #{ $number }. ¿Registrar { $amount }? y: sí, es correcto · n: escribir el monto de nuevo
error-never-advanced = el pedido #{ $number } nunca avanzó
error-never-cancelled = el pedido #{ $number } nunca se canceló
error-no-payment-of = el pedido #{ $number } no tiene ese pago
error-nothing-to-undo = el pago { $id } del #{ $number } está { $state }: nada que deshacer
error-merge-not-last = esa unión no es la última en este cliente
error-merge-unreadable = la entrada de la unión en el historial no se puede leer
error-no-link-made = no se creó ningún enlace de pago
desk-nothing-to-undo = nada que deshacer en esta sesión
palette-title = Ir a o hacer: nº de pedido, panel, cliente o acción (Tab completa)
palette-order = pedido #{ $number }
palette-order-detail = abrirlo (y seleccionarlo en la cola)
palette-pane = panel { $pane }
palette-key = tecla { $key }
palette-customer = cliente { $name }
palette-not-here = esa acción no es para esta pantalla

## El mostrador: ir a un pedido, quién es la tienda en lo pegado, filas marcadas, deshacer,
## los cargos de la revisión y un pegado anterior de la misma conversación.

desk-jumped-to-closed = #{ $number } no está entre los pedidos abiertos: se muestran también los entregados y cancelados (t los oculta)
desk-author-is-shop = “{ $author }” es la tienda de ahora en adelante; lo pegado se vuelve a leer
desk-author-is-customer = “{ $author }” es un cliente; no se volverá a preguntar
confirm-shop-author = “{ $author }” habla de precios como una tienda. ¿“{ $author }” eres tú (la tienda)? y: sí, leer sus mensajes como de la tienda · n: no, es un cliente
reminders-head = — #{ $number } (recordatorio { $step })
desk-batch-done = hecho en { $done } de { $total }: { $numbers }
confirm-undo = ¿Deshacer { $what }? El historial guarda la acción y su deshacer.
flow-only-claims-marked = solo se marcan avisos de pago y recordatorios (Espacio)
flow-link-needs-confirm = #{ $number } es un borrador: confírmalo primero (c), para apartar los artículos antes de que el cliente pague
confirm-pack-marked = ¿Pasar { $count ->
    [one] 1 pedido marcado
   *[other] { $count } pedidos marcados
} a empacando ({ $numbers })? Se dirá cuáles no pueden pasar.
confirm-verify-marked = ¿Llegó el dinero de { $count ->
    [one] 1 aviso marcado
   *[other] { $count } avisos marcados
} ({ $numbers })? Cuentan como pagados una vez verificados.
confirm-reject-marked = ¿Rechazar { $count ->
    [one] 1 aviso marcado
   *[other] { $count } avisos marcados
} ({ $numbers })? Ya no contarán.
flow-refund-too-much = solo se recibió { $paid } sin reembolsar: escribe { $paid } o menos
flow-adjust-held = solo { $free } de { $sku } están libres (el resto lo apartan pedidos abiertos): puede bajar { $free } como máximo
flow-not-quantity = '{ $value }' no es una cantidad (1 a { $most }); d quita la línea
flow-below-zero = { $amount } es menor que cero; escribe 0 para ninguno
flow-reference-used = la referencia '{ $reference }' ya pagó { $same ->
    [yes] este pedido
   *[no] el pedido #{ $holder }
} por { $method }: escribe la correcta, o déjala vacía
prompt-quantity = Cantidad
prompt-quantity-hint = de la línea seleccionada; Enter la fija
prompt-delivery-fee = Envío
prompt-delivery-fee-hint = se suma al total; vacío o 0 para ninguno
prompt-discount = Descuento
prompt-discount-hint = se resta del total; vacío o 0 para ninguno
review-last-address-used = entrega en { $address }, como la última vez
review-no-last-address = no hay dirección guardada para este cliente: A escribe una
review-new-instead = Enter crea un pedido nuevo; el #{ $number } queda como está
review-updates-instead = Enter actualiza el #{ $number }
review-continues = Continúa el #{ $number } (un pegado anterior de esta conversación): Enter actualiza el #{ $number } con estas líneas (o: un pedido nuevo)
review-continues-new = Continúa el #{ $number }, pero Enter crea un pedido nuevo (o: actualizar el #{ $number })
review-already-imported = Ya importado como #{ $number }, sin nada nuevo desde entonces: Enter escribe estas líneas en el #{ $number }; Esc sale
review-delivery-fee = envío { $amount }  (f lo cambia)
review-discount = descuento -{ $amount }  (% lo cambia)
picker-they-said = dijo “{ $said }”
key-name-space = Espacio
order-why-not-further = no está tan avanzado
order-why-not-cancelled = solo un pedido cancelado se restablece, tal como estaba
link-description = Pedido #{ $number } · { $shop }
link-session-not-expired = la sesión de Stripe reemplazada { $session } no se pudo cerrar ({ $why }); un pago en ella irá a revisión

## Los avisos del lector de conversaciones sobre un borrador.

draft-no-customer = lo pegado no dice quién es el cliente; elige uno antes de confirmar
draft-no-products = ningún producto reconocido en los mensajes de este cliente
draft-total-differs = la conversación dice { $chat }; estas líneas suman { $lines }
draft-foreign-claim = el mensaje { $source } habla de un pago en { $claimed }, pero la tienda usa { $shop }
draft-removes-nothing = el mensaje { $source } quita algo que no estaba en el pedido
draft-claim-above-order = el mensaje { $source } dice que pagó { $claimed }, más que este pedido ({ $order })
draft-gave-up = el cliente desistió del pedido en el mensaje { $source }
draft-empty-catalog = el catálogo está vacío: impórtalo primero (orderdesk catalog import ARCHIVO.csv)
draft-ambiguous = ¿cuál { $product }? '{ $said }' sirve para { $fits }

## El historial del pedido: notas y deshacer, y las etapas como las dice la vista del pedido.

journal-notes-changed = notas cambiadas
journal-advance-undone = avance deshecho
journal-cancellation-undone = cancelación deshecha
journal-payment-verification-undone = verificación del pago deshecha
journal-payment-rejection-undone = rechazo del pago deshecho
journal-merge-undone = unión deshecha
journal-packing = pasó a empacando
journal-ready = listo para recoger o para el mensajero
journal-out-for-delivery = en reparto
journal-delivered = entregado al cliente

## `orderdesk setup`: las preguntas de la primera vez.

setup-welcome = Bienvenido a orderdesk. Cuatro preguntas configuran tu tienda (Enter acepta la [sugerencia]).
setup-ask-name = El nombre de tu tienda, tal como aparece en WhatsApp
setup-name-empty = escribe el nombre que tus clientes ven en tus mensajes
setup-ask-country = País de los teléfonos de tus clientes (dos letras: MX, CO, AR, ES, US, …)
setup-unknown-country = '{ $country }' no es un país que orderdesk conozca; prueba MX, CO, AR, ES, US
setup-ask-currency = Moneda, su código ISO 4217 ({ $codes } …)
setup-ask-language = Idioma del mostrador y de los resúmenes que envías (en, pt, es, de)
setup-unknown-language = '{ $language }' no es un idioma de orderdesk; escribe en, pt, es o de
setup-file-comment =
    Escrito por `orderdesk setup`. Todos los demás ajustes quedan por defecto:
    `orderdesk config --print-default` los muestra todos.
setup-wrote = Escrito en { $path }
setup-next = Ahora, tus productos: orderdesk catalog import productos.csv (columnas sku,name,variant,price,currency,stock)
setup-exists = { $path } ya existe: edítalo, o muévelo para responder de nuevo las preguntas
setup-no-answer = configuración detenida: sin respuesta (no se escribió nada)
setup-gave-up = configuración detenida tras tres respuestas que no se pudieron usar; no se escribió nada
setup-cannot-read = no se pudo leer la respuesta: { $why }
setup-bad-config = la configuración generó un archivo no válido: { $why }
setup-cannot-create = no se pudo crear { $path }: { $why }
setup-cannot-write = no se pudo escribir { $path }: { $why }

## Plazos, el panel Hoy, alias aprendidos y `report day`

working-day = leyendo el día
desk-alias-learned = aprendido: “{ $phrase }” es { $sku } en todo lo que se pegue después
desk-deadline-set = #{ $number } vence { $deadline }: la cola lo pone primero ese día
desk-deadline-cleared = #{ $number } ya no tiene plazo
desk-reports-title = Informes de { $when }
desk-reports-note = Ábrelos en una hoja de cálculo; solo tú puedes leerlos.
doing-count-orders = contar los pedidos que coinciden con el filtro
doing-learn-alias = aprender qué significa “{ $phrase }”
doing-set-deadline = fijar el plazo de #{ $number }
doing-load-day = leer { $when }
doing-list-figure = listar los pedidos detrás de la cifra
pane-today = Hoy
context-today = Hoy (el día cerrado de un vistazo)
key-deadline-due = cuándo vence (plazo)
key-deadline = plazo
key-today-pane = hoy: el día cerrado de un vistazo
key-its-orders = ver los pedidos
key-earlier = antes
key-later = después
key-back-to-today = hoy
key-span = día/semana/mes
key-export-csv = exportar CSV
prompt-deadline = Plazo
prompt-deadline-of = Plazo de #{ $number }
prompt-deadline-hint = cuándo lo necesita el cliente: hoy, mañana 18:00, sáb, 5/12 … (vacío: ninguno)
error-deadline-unreadable = no se puede leer '{ $text }' como plazo: escribe una fecha (2026-12-05 o 5/12), hoy, mañana o un día de la semana (sáb, viernes), si quieres con hora (18:00, 18h)
error-deadline-twice = '{ $text }' dice { $what ->
    [times] dos horas
   *[days] dos días
}: da uno solo
error-deadline-no-such-date = { $text } no es una fecha del calendario
error-deadline-no-such-time = { $text } no es una hora del día (00:00 a 23:59)
error-deadline-past = el plazo { $deadline } ya pasó: da un día de hoy en adelante
error-deadline-too-far = el plazo { $deadline } está a más de un año: revisa el año (o deja el plazo vacío)
deadline-by-time = { $day }, antes de las { $time }
month-short = { $month ->
    [1] ene
    [2] feb
    [3] mar
    [4] abr
    [5] may
    [6] jun
    [7] jul
    [8] ago
    [9] sept
    [10] oct
    [11] nov
   *[12] dic
}
month-long = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
day-name = { $weekday } { $day } { $month }
day-name-year = { $weekday } { $day } { $month } { $year }
day-weekday-day = { $weekday } { $day }
day-day-month = { $day } { $month }
period-range = { $from } a { $to }
duration-minutes = { $minutes } min
duration-hours = { $hours } h { $minutes } min
duration-days = { $days } d { $hours } h
pane-orders-counting = contando…
pane-orders-searching = {" "}· todavía buscando…
pane-orders-searching-empty = Todavía buscando en la cola pedidos que coincidan con el filtro…
pane-orders-pressing = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue } { $overdue ->
        [one] atrasado
       *[other] atrasados
    }
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today } para hoy
}
column-due = plazo
due-late = tarde
due-today = hoy
due-tomorrow = mañana
review-due = Plazo:
review-due-from-chat = (leído del chat; w lo cambia)
review-due-w-changes = (w lo cambia)
review-due-past = ! ya pasó:{" "}
review-due-today = » hoy:{" "}
review-due-none = sin plazo (w pone uno)
detail-due = Plazo:
detail-due-overdue = ! atrasado:
detail-due-today = » vence hoy:
today-title-today = Hoy · { $day }
today-title-yesterday = Ayer · { $day }
today-title-month = { $month } de { $year }
today-title-week = Semana · { $days }
today-days = { $from } – { $to } { $year }
today-days-one-month = { $from }–{ $to } { $year }
today-days-short = { $from } – { $to }
today-nothing-behind = ningún pedido detrás de "{ $figure }"
today-orders-by-hour = pedidos por hora
today-money-by-hour = cobros por hora
today-orders-by-day = pedidos por día
today-money-by-day = cobros por día
today-money-by-method = cobros por medio
today-loading = leyendo el día…
today-payments = { $count ->
    [one] 1 pago
   *[other] { $count } pagos
}
today-refund-count = { $count ->
    [one] 1 reembolso
   *[other] { $count } reembolsos
}
today-open-now = Aún abierto ahora
today-claims = Avisos por verificar
today-oldest = {" "}· el más antiguo #{ $number }
today-unpaid = Saldos por cobrar
today-overdue = Atrasados
today-due = Vencen { $day }
today-low-stock = Pocas existencias
today-sold-out = Agotados
today-happened = Qué pasó
today-happened-period = Qué pasó en el período
today-taken = Pedidos recibidos
today-confirmed = Confirmados
today-delivered = Entregados
today-cancelled = Cancelados
today-received = Dinero cobrado
today-refunds = Reembolsos
today-verified-by = { $who ->
    [provider] Verificado por el proveedor
    [report] Verificado por un extracto
   *[person] Verificado por una persona
}
today-speed = mediana { $median } · máx. { $slowest } (#{ $number })
today-none-paid = ningún pedido pagado por completo todavía
today-order-to-payment = Pedido → pago
today-no-confirmed = ningún pedido confirmado
today-share-confirmed = { $share } de { $count } confirmados
today-paid-within-24h = Pagados en 24 h
today-peak-none = ninguno
today-peak-hour = pico { $value } a las { $hour }
today-peak-day = pico { $value } el { $day }
today-more = { $count } más
today-nothing-received = nada cobrado
today-list-first = {" "}· los primeros { $shown } de { $total }
today-list-keys = Enter abre, Esc vuelve
today-stock-in-inventory = existencias: el panel Inventario marca lo que queda poco (! poco) y lo agotado
error-period-backwards = el período termina ({ $to }) antes de empezar ({ $from })
error-period-too-long = { $from } a { $to } supera los { $most } días: informa un año como máximo
cli-check-deadline-gap = pedidos de rango { $rank } con plazo { $day } { $time }: guardado { $kept }, los pedidos dicen { $real }
cli-check-search = el texto que el filtro lee de los pedidos { $orders } no coincide con ellos
cli-check-words = el índice con el que el filtro encuentra pedidos no coincide con los pedidos { $orders }
cli-alias-row = { $phrase } → { $sku } aprendido por { $actor } el { $date }
cli-alias-none = aún no hay alias aprendidos: se aprenden al elegir el producto que quiso decir el cliente en la revisión de lo pegado, o con `catalog alias add`
cli-alias-learned = aprendido: "{ $phrase }" significa { $sku }
cli-alias-forgot = olvidado: "{ $phrase }" (era { $sku })
cli-order-due = Plazo: { $deadline } ({ $date })
cli-order-line-due = {"  "}plazo { $date }
report-orders = Pedidos
report-money-in = Cobros
report-refunds = Reembolsos
report-verified = Verificado
report-paid = Pagado
report-claims = Avisos
report-unpaid = Por cobrar
report-overdue = Atrasados
report-due = Vencen { $day }
report-low-stock = Pocas existencias
report-sold-out = Agotados
report-orders-line = { $taken ->
    [one] 1 recibido
   *[other] { $taken } recibidos
} ({ $amount }) · { $confirmed ->
    [one] 1 confirmado
   *[other] { $confirmed } confirmados
} · { $delivered ->
    [one] 1 entregado
   *[other] { $delivered } entregados
} · { $cancelled ->
    [one] 1 cancelado
   *[other] { $cancelled } cancelados
}
report-money-line = { $amount } en { $count ->
    [one] 1 pago
   *[other] { $count } pagos
}{ $methods }
report-verified-by = { $who ->
    [provider] por el proveedor
    [report] por un extracto
   *[person] por una persona
} { $count } ({ $amount })
report-median-minutes = mediana { $minutes } min
report-median = mediana { $time }
report-none-paid = ningún pedido pagado por completo todavía
report-slowest = , el más lento { $time } (#{ $number })
report-share = ; { $share } de { $count } confirmados pagados en 24 h
report-still-open = Aún abierto ahora
report-oldest-unpaid = el más antiguo #{ $number } del { $day }, debe { $amount }
report-stock-none = ninguno
report-stock-left = { $sku } (quedan { $left })
error-alias-no-words = '{ $phrase }' no tiene palabras que aprender: un alias es lo que los clientes escriben para el producto, como "bálsamo"; no se cambió nada
error-alias-too-long = un alias tiene como máximo { $most } caracteres de texto simple; no se cambió nada
error-alias-no-product = no hay producto { $sku } en el catálogo (mira `orderdesk catalog list`); no se cambió nada
error-alias-unknown = no hay alias aprendido '{ $phrase }' (mira `orderdesk catalog alias list`); no se cambió nada
journal-deadline-changed = plazo cambiado
journal-alias-learned = alias aprendido
journal-alias-forgotten = alias olvidado

## Por qué un pago pasó a revisión manual (guardado como código, redactado al leerlo).
review-wrong-order = el pago { $payment } indica el pedido #{ $named }, pero su enlace es del #{ $number }
review-unknown-currency = el pago { $payment } de { $amount } { $currency } está en una moneda que el mostrador no conoce
review-too-large = pago { $payment }: { $why }
review-link-amount = el pago { $payment } de { $paid } no coincide con su enlace, que pedía { $asked }
review-replaced-link = el pago { $payment } de { $paid } pagó un enlace que fue reemplazado; el saldo cambió desde entonces
review-link-closed = pago { $payment } de { $paid }: { $why }
review-order-currency = el pago { $payment } está en { $paid }, pero el pedido #{ $number } está en { $currency }
review-cancelled-order = el pago { $payment } de { $paid } llegó para un pedido cancelado; devuelve el dinero o reabre la venta
review-more-than-owed = el pago { $payment } de { $paid } es más de lo que debe el pedido #{ $number } ({ $owes })
review-rejected-claim = un aviso rechazado tiene la referencia '{ $reference }'; comprueba si el dinero llegó
review-row-unknown-currency = la moneda '{ $currency }' no es la del pedido ({ $order })
review-row-currency = la fila está en { $currency }, pero el pedido #{ $number } está en { $order }
review-row-cancelled = el pedido #{ $number } está cancelado; devuelve el dinero o reabre la venta a mano
review-row-more-than-owed = el pedido #{ $number } debe { $owes }, pero la fila pagó { $paid }
review-claim-other-order = el aviso que confirma es de otro pedido

## Una importación de pagos, fila por fila.
row-not-paid = el estado '{ $status }' no es dinero recibido
row-imported-before = ya importada antes ({ $outcome })
row-no-such-order = el libro no tiene el pedido #{ $number }
row-names-no-order = la fila no indica ningún pedido (ni número de pedido, ni id conocido)
row-already-in-book = el pago ya está en el libro
row-matches-hand-verified = coincide con un pago ya verificado a mano; nada se duplicó
row-verifies-claim = confirma el aviso del cliente ({ $source }, línea { $line })
row-recorded = registrado como pago { $method } verificado
row-currency-unknown = la moneda del importe es desconocida
row-claim-without-row = el aviso del cliente de { $amount } ({ $method }) no tiene fila en este informe
cli-import-row = línea { $line }: { $outcome }, { $detail }
cli-import-claim = #{ $number }: { $outcome }, { $detail }

## Por qué el webhook rechazó una solicitud.
webhook-head-too-large = la cabecera de la solicitud pasa de 16 KiB
webhook-head-too-slow = la solicitud tardó demasiado en llegar
webhook-not-http = no es una línea de solicitud HTTP
webhook-http-version = aquí solo se habla HTTP/1.x
webhook-header-no-colon = una línea de cabecera sin dos puntos
webhook-needs-length = envía el cuerpo con un Content-Length
webhook-length-not-number = el Content-Length no es un número
webhook-body-too-large = el cuerpo pasa de { $max } bytes
webhook-body-too-slow = el cuerpo tardó demasiado en llegar
webhook-busy = demasiadas conexiones; inténtalo de nuevo
webhook-no-endpoint = no existe la dirección { $path }; Stripe envía a { $expected }
webhook-post-only = { $path } solo acepta POST
webhook-bad-signature = firma inválida: { $why }; no se guardó nada
webhook-malformed = evento mal formado: { $why }; no se guardó nada
webhook-not-stored-retry = { $event } no se guardó, inténtalo de nuevo: { $why }
webhook-not-stored = { $event } no se guardó: { $why }
signature-missing = falta la cabecera Stripe-Signature
signature-no-timestamp = la cabecera Stripe-Signature no tiene una marca de tiempo válida (t=)
signature-no-v1 = la cabecera Stripe-Signature no tiene firma v1
signature-stale = la firma está a { $age } s de ahora; la tolerancia es de { $tolerance } s
signature-mismatch = ninguna firma v1 coincide con el cuerpo y el secreto
signature-no-secret = el secreto del webhook está vacío
event-not-json = el cuerpo no es JSON: { $why }
event-missing = al evento le falta { $what }
event-shape = { $kind } del evento no tiene la forma en que Stripe lo envía: { $why }

## Por qué un enlace de pago dejó de valer (guardado como código, redactado al leerlo).
link-note-provider-failed = el proveedor informó que el pago falló
link-note-provider-expired = el proveedor venció la sesión sin pago
link-note-paid-otherwise = el pedido se pagó por otro medio
link-note-order-cancelled = el pedido fue cancelado
link-note-ran-out = venció sin pago
link-note-renewed = venció; renovado
link-note-replaced = reemplazado por un nuevo enlace { $provider }
link-note-rebalanced = reemplazado: el saldo ahora es { $balance }
link-note-review-closed = revisión cerrada por { $actor }

## Qué hizo un evento o una consulta al proveedor.
event-no-payment-needed = la sesión { $session } no necesitaba pago
event-still-processing = el pago todavía se está procesando
event-not-paid-yet = el cliente todavía no pagó
event-unknown-status = la sesión { $session } tiene un estado desconocido '{ $status }'
event-session-no-amount = la sesión { $session } está pagada, pero no trae importe ni moneda
event-payment-no-order = el pago { $payment } no indica un pedido de este mostrador
event-payment-no-amount = el pago { $payment } no trae importe ni moneda
event-type-unused = el mostrador no usa el evento de tipo { $kind }
event-payment-unknown-order = el pago { $payment } no indica ningún pedido de este libro
event-payment-recorded-before = el pago { $payment } ya está registrado
event-paid-for = { $amount } del pedido #{ $number }
event-session-unknown = la sesión { $session } no es un enlace de este libro
event-session-already = la sesión { $session } ya está { $state }
event-session-now = sesión { $session }: { $state }
event-expired-unpaid = vencida sin pago
event-seen-before = ya vista antes
reminder-not-cancelled = el pedido no se canceló: { $why }

## The name of a shop that never said its own.
shop-default-name = Mi Tienda

## Qué falla en un informe de pagos o en las opciones --map.
report-map-shape = --map '{ $spec }' debe ser COLUMNA=CAMPO, por ejemplo --map "ID de transacción=reference"
report-map-unknown-field = --map '{ $spec }': '{ $field }' no es un campo (campos: { $fields })
report-map-no-column = --map '{ $spec }' no indica ninguna columna
report-map-twice = --map indica el campo '{ $field }' dos veces
report-map-missing-column = --map indica la columna '{ $column }', que el archivo no tiene (columnas: { $columns })
report-not-stripe = el archivo no tiene la columna '{ $what }', así que no es una exportación de pagos de Stripe (columnas: { $columns }); exporta los pagos desde el panel de Stripe, o usa --format mapped con --map
report-mapped-needs-map = --format mapped necesita --map COLUMNA=CAMPO para las columnas a leer, al menos amount (campos: { $fields }; columnas del archivo: { $columns })
report-mapped-needs-amount = --format mapped necesita --map COLUMNA=amount
report-no-header = el archivo está vacío: no tiene línea de encabezado
report-row = línea { $line }: { $why }
report-row-fields = tiene { $len } campos, pero el encabezado tiene { $expected }
report-row-no-id = la columna id está vacía; todo pago de Stripe tiene un id
report-row-empty-cell = la columna { $column } está vacía
report-row-amount = la columna { $column }: { $why }
report-row-order = la columna { $column }: '{ $text }' no es un número de pedido
report-not-csv = el archivo no es un CSV legible: { $why }
report-empty = el archivo tiene encabezado, pero ninguna fila
report-amount-empty = el importe está vacío

## Starting the webhook endpoint.
webhook-cannot-listen = no se pudo escuchar en '{ $listen }': { $why }
webhook-no-secret = { $var } no está definida; defínela con el secreto de firma del endpoint (whsec_…) del panel de Stripe o de `stripe listen`
webhook-cannot-open = no se pudo abrir la base de datos para el webhook: { $why }
hook-cannot-run = no se pudo ejecutar el comando on_payment '{ $program }': { $why }

## La ayuda de la línea de comandos (`--help`) y lo que dice de un comando mal escrito. Las
## opciones, los comandos y los valores que aceptan (pix, packing, stripe…) son los mismos
## en todos los idiomas.
cli-help-usage = Uso
cli-help-commands = Comandos
cli-help-arguments = Argumentos
cli-help-options = Opciones
cli-help-values = {" "}[valores posibles: { $values }]
cli-help-default = {" "}[predeterminado: { $value }]
cli-help-env = {" "}[variable de entorno: { $name }]
cli-arg-help = Muestra la ayuda
cli-arg-help-more = Muestra la ayuda (más detalle con '--help')
cli-arg-help-summary = Muestra la ayuda (un resumen con '-h')
cli-arg-version = Muestra la versión
cli-about-help = Muestra esta ayuda o la del comando indicado
cli-usage-unknown-argument = argumento inesperado '{ $arg }'
cli-usage-unknown-command = comando desconocido '{ $name }'
cli-usage-missing-value = '{ $arg }' necesita un valor y no se dio ninguno
cli-usage-invalid-value = '{ $value }' no es un valor válido para '{ $arg }'
cli-usage-invalid-value-why = '{ $value }' no es un valor válido para '{ $arg }': { $why }
cli-usage-missing-arguments = faltan estos argumentos obligatorios:
    {"  "}{ $args }
cli-usage-missing-command = '{ $name }' necesita un comando después
cli-usage-repeated = '{ $arg }' solo puede darse una vez
cli-usage-conflict = '{ $arg }' no puede usarse junto con '{ $other }'
cli-usage-conflict-any = '{ $arg }' no puede usarse junto con los demás argumentos dados
cli-usage-no-equals = '{ $arg }' necesita su valor después de un signo igual (--opcion=valor)
cli-usage-too-many = valor inesperado '{ $value }' para '{ $arg }': no se esperaban más
cli-usage-how-many = '{ $arg }' necesita { $expected } valores; se dieron { $given }
cli-usage-not-utf8 = la línea de comandos no es texto UTF-8 válido
cli-usage-unreadable = no se pudo leer la línea de comandos
cli-usage-valid-values = [valores posibles: { $values }]
cli-usage-valid-commands = [comandos: { $names }]
cli-usage-tip = sugerencia: { $tip }
cli-usage-tip-similar = hay uno parecido: '{ $names }'
cli-usage-tip-dashes = para pasar '{ $value }' como valor, escribe '{ $dashed }'
cli-usage-tip-no-dashes = el comando '{ $name }' existe; para usarlo, quita el '--' de delante
cli-usage-more = Para saber más, usa '--help'.
cli-usage-not-a-number = no es un número entero
cli-usage-not-a-date = no es una fecha: escríbela como AAAA-MM-DD, p. ej. 2026-03-05
cli-usage-not-a-month = '{ $text }' no es un mes: escríbelo como AAAA-MM, p. ej. 2026-03
cli-value-command = COMANDO
cli-value-options = OPCIONES
cli-value-path = RUTA
cli-value-phone-or-name = TELÉFONO_O_NOMBRE
cli-value-sku-qty = SKU:CANT
cli-value-amount = IMPORTE
cli-value-when = CUÁNDO
cli-value-sku = SKU
cli-value-text = TEXTO
cli-value-ref = REF
cli-value-column-field = COLUMNA=CAMPO
cli-value-report-csv = INFORME.csv
cli-value-name = NOMBRE
cli-value-dir = CARPETA
cli-value-yyyy-mm-dd = AAAA-MM-DD
cli-value-yyyy-mm = AAAA-MM
cli-value-addr = DIRECCIÓN:PUERTO
cli-value-orders = PEDIDOS
cli-value-customers = CLIENTES
cli-value-language = IDIOMA
cli-value-file = ARCHIVO
cli-value-filter = FILTRO
cli-value-phrase = FRASE
cli-value-qty = CANT
cli-value-note = NOTA
cli-value-delta = DIFERENCIA
cli-value-reason = MOTIVO
cli-value-limit = LÍMITE
cli-value-phone = TELÉFONO
cli-value-address = DIRECCIÓN
cli-value-from = ORIGEN
cli-value-into = DESTINO
cli-value-number = NÚMERO
cli-value-payment-id = ID_PAGO
cli-value-method = MÉTODO
cli-value-proof = COMPROBANTE
cli-value-to = ETAPA
cli-value-status = ESTADO
cli-value-due = PLAZO
cli-value-provider = PROVEEDOR
cli-value-format = FORMATO
cli-value-step = PASO
cli-about = Un mostrador de pedidos con el teclado para tiendas que venden por WhatsApp
cli-long-about =
    Un mostrador de pedidos con el teclado para tiendas que venden por WhatsApp.

    Sin comando, abre el mostrador sobre la base de datos. Todos los comandos trabajan sobre
    el mismo libro; añade --json cuando un script quiera datos. Códigos de salida: 0 bien,
    1 lo que escribiste necesita corrección (no se cambió nada), 2 un error interno.
cli-arg-db = El archivo de la base de datos [predeterminado: la carpeta de datos del sistema, ver `orderdesk paths`]
cli-arg-config = El archivo de configuración (TOML) [predeterminado: la carpeta de configuración del sistema]
cli-arg-demo = Usa la base de la tienda de demostración (se llena al primer uso); manda sobre --db y ORDERDESK_DB
cli-arg-json = Imprime JSON (para scripts)
cli-arg-number = El número del pedido (1042)
cli-arg-file = El archivo a leer
cli-arg-sku = El SKU del producto
cli-arg-note = Una nota
cli-arg-address = La dirección de entrega
cli-arg-delivery = Costo de envío, p. ej. 10 o "$ 10.00"
cli-arg-discount = Descuento, p. ej. 5 o "$ 5.00"
cli-arg-limit = Muestra como mucho esta cantidad
cli-arg-shop = Un autor del chat que es la tienda (repetible; se suma a shop.names de la configuración)
cli-arg-reference = Referencia del banco, de la transferencia o de la tarjeta
cli-arg-date = El día [predeterminado: hoy]
cli-arg-from = El primer día de un periodo (con --to)
cli-arg-to = El último día del periodo (con --from)
cli-arg-week = La semana (de lunes a domingo) que contiene este día
cli-arg-month = Un mes del calendario
cli-about-catalog = El catálogo de productos
cli-about-catalog-import = Añade o actualiza productos desde un archivo CSV (encabezado: sku,name,variant,price,currency,stock; opcionales: aliases,low_stock)
cli-arg-catalog-import-file = El archivo CSV
cli-about-catalog-list = Lista los productos con sus existencias
cli-arg-catalog-list-filter = Solo SKU, nombres, variantes o alias que contengan esto
cli-about-catalog-alias = Las palabras que usan los clientes para los productos, aprendidas en la revisión del pegado
cli-about-catalog-alias-list = Lista los alias aprendidos
cli-about-catalog-alias-add = Enseña que FRASE significa el producto SKU ("bálsamo" BALM-ROSE)
cli-arg-catalog-alias-add-phrase = La palabra o las palabras de los clientes
cli-about-catalog-alias-remove = Olvida un alias aprendido
cli-arg-catalog-alias-remove-phrase = La palabra o las palabras aprendidas
cli-about-stock = Existencias: recibir, ajustar, revisar el registro de movimientos
cli-about-stock-receive = Llegó mercancía: suma CANT a las existencias
cli-arg-stock-receive-qty = Cuántas unidades llegaron
cli-about-stock-adjust = Corrige el conteo después de contar: +N o -N unidades, con un motivo
cli-arg-stock-adjust-delta = Unidades a sumar (+N) o a quitar (-N)
cli-arg-stock-adjust-reason = Por qué cambió el conteo ("conteo", "roto")
cli-about-stock-check = Revisa que los contadores de cada producto coincidan con su registro de movimientos
cli-about-customer = Clientes, recordados por su número de teléfono
cli-about-customer-list = Lista los clientes con sus pedidos, valor total y saldo pendiente
cli-about-customer-add = Da de alta un cliente (o muestra el que ya tiene ese teléfono)
cli-arg-customer-add-name = El nombre del cliente
cli-arg-customer-add-phone = El número de teléfono (sin "+", del país de la tienda)
cli-about-customer-merge = Une el duplicado ORIGEN con DESTINO (teléfonos o nombres únicos); los pedidos de ORIGEN pasan a DESTINO
cli-arg-customer-merge-from = El duplicado, que desaparece
cli-arg-customer-merge-into = El cliente que se queda
cli-about-order = Pedidos: crear, editar, confirmar, cobrar, avanzar, cancelar, mostrar
cli-arg-order-json = Imprime el pedido en JSON
cli-arg-order-list-json = Imprime JSON (para scripts)
cli-about-order-new = Crea un pedido en borrador
cli-arg-order-new-customer = El teléfono o el nombre del cliente (un teléfono nuevo da de alta al cliente)
cli-arg-order-new-name = El nombre de un cliente nuevo dado de alta a partir del teléfono
cli-arg-order-new-new_customer = Da de alta al cliente cuando nadie en el libro tiene este nombre (sin esto, un nombre desconocido se rechaza con los más parecidos: un error de tecleo nunca crea un segundo cliente)
cli-arg-order-new-items = SKU:CANT, repetible
cli-arg-order-new-note = La nota que el cliente lee en el resumen
cli-arg-order-new-deadline = Cuándo lo necesita el cliente: 2026-12-05, "2026-12-05 18:00", 5/12, hoy, mañana, un día de la semana (sáb, viernes, sexta, Freitag), con o sin hora (18:00, 6pm, 18h)
cli-about-order-edit = Cambia artículos, cargos o dirección; después de confirmar, esto crea una nueva versión
cli-arg-order-edit-items = Fija la cantidad del SKU (añade el artículo si es nuevo), repetible
cli-arg-order-edit-remove = Quita el artículo con este SKU, repetible
cli-arg-order-edit-note = La nota que el cliente lee en el resumen (una nota sola no crea nueva versión)
cli-arg-order-edit-deadline = Fija el plazo (como en `order new --deadline`)
cli-arg-order-edit-no_deadline = Quita el plazo
cli-arg-order-edit-staff_note = Una nota solo para el personal, nunca en el resumen
cli-about-order-confirm = Confirma un borrador: revisa y reserva las existencias
cli-arg-order-confirm-oversell = Confirma aunque no haya existencias suficientes (queda registrado como sobreventa)
cli-about-order-pay = Registra un pago (verificado) o, con --claimed, lo que el cliente dice haber enviado
cli-arg-order-pay-amount = Cuánto, como se escribe: 180, 49.90, "$ 49.90", 1.234,56
cli-arg-order-pay-method = Cómo se pagó
cli-arg-order-pay-reference = Referencia del banco o de la tarjeta; la misma referencia no paga dos veces
cli-arg-order-pay-claimed = El cliente dice que pagó; cuenta cuando se verifique
cli-arg-order-pay-proof = Lo que envió como comprobante ("captura 14:02")
cli-about-order-verify = Verifica un pago informado (el dinero llegó)
cli-arg-payment_id = El id del pago (`order show` los lista)
cli-about-order-reject = Rechaza un pago informado (el dinero no llegó)
cli-about-order-refund = Devuelve dinero; --restock devuelve a las existencias la mercancía enviada
cli-arg-order-refund-amount = Cuánto se devuelve
cli-arg-order-refund-restock = Devuelve la mercancía a las existencias
cli-arg-order-refund-method = Cómo se devuelve el dinero [predeterminado: el método del último pago]
cli-about-order-advance = Avanza la entrega: packing (empacando), ready (listo), out_for_delivery (en camino), delivered (entregado)
cli-arg-order-advance-to = La etapa a la que avanza el pedido
cli-about-order-cancel = Cancela un pedido y libera sus existencias
cli-about-order-show = Muestra un pedido con sus artículos, pagos e historial
cli-about-order-list = Lista los pedidos; --status acepta open, un estado, una etapa o un estado de pago
cli-arg-order-list-status = open (abiertos), un estado (draft, confirmed…), una etapa (packing…) o un estado de pago (unpaid, claimed…)
cli-arg-order-list-due = Solo pedidos aún no entregados con plazo hoy (today), mañana (tomorrow) o vencido (overdue), en hora local
cli-about-order-summary = Imprime el resumen del pedido para pegarlo en el chat
cli-arg-order-summary-copy = También lo copia al portapapeles
cli-about-order-link = El enlace de pago vigente del pedido por su saldo: creado, o devuelto si aún sirve
cli-arg-order-link-provider = Usa este proveedor en lugar del configurado
cli-arg-order-link-json = Imprime {"{"}"url","provider","state","amount","currency","expires_at"{"}"}
cli-about-report = Informes CSV para el dueño
cli-about-report-daily = Pedidos, pagos y un resumen de un día (o de una semana, un mes, un periodo), en archivos CSV; un periodo de varios días añade days-DE_A.csv, el resumen de cada día
cli-arg-report-daily-out = La carpeta de los archivos
cli-arg-report-daily-bom = Empieza cada archivo con una marca de orden de bytes (para Excel)
cli-about-report-day = El resumen del día para una persona o un script: pedidos recibidos, confirmados, entregados, cancelados; dinero por método, devoluciones, quién lo verificó; tiempos de pago; y lo que sigue abierto ahora (pagos por verificar, saldos, plazos, existencias)
cli-arg-report-day-json = Imprime JSON (importes como texto decimal junto a "currency")
cli-about-chat = Texto pegado de WhatsApp: separar en mensajes, leer como pedidos en borrador, importar
cli-about-chat-parse = Separa una exportación de WhatsApp o mensajes copiados en mensajes
cli-arg-chat-file = El archivo de texto; - o nada lee la entrada estándar
cli-about-chat-draft = Lee el chat como pedidos en borrador contra el catálogo (no guarda nada)
cli-about-chat-import = Crea pedidos en borrador (y clientes nuevos) a partir del chat; imprime sus números
cli-about-payments = Pagos verificados: preguntar a Stripe por los enlaces pendientes, importar un informe del proveedor o del banco
cli-about-payments-sync = Pregunta a Stripe por cada enlace pendiente y luego vence los enlaces caducados
cli-about-payments-import = Concilia un informe del proveedor o del banco (CSV) con el libro; escribe un CSV de conciliación
cli-arg-payments-import-file = El informe (CSV)
cli-arg-payments-import-format = stripe: la exportación de pagos de Stripe; mapped: cualquier CSV, con --map para nombrar sus columnas
cli-arg-payments-import-map = COLUMNA=CAMPO, repetible; campos: reference, amount, currency, order_no, status, description
cli-arg-payments-import-out = Dónde escribir la conciliación [predeterminado: el nombre del ARCHIVO + .reconciliation.csv, aquí]
cli-about-reminders = Recordatorios de pago para enlaces sin pagar
cli-about-reminders-due = Recordatorios que tocan ahora, con el texto para copiar
cli-about-reminders-sent = Registra como enviado el recordatorio pendiente de un pedido (después de copiarlo); imprime su texto
cli-arg-reminders-sent-step = El paso que se envía (se compara con el que toca)
cli-about-webhook = Recibe los webhooks de Stripe
cli-about-webhook-serve = Escucha los eventos de Stripe en POST /webhooks/stripe hasta Ctrl-C (secreto en STRIPE_WEBHOOK_SECRET)
cli-arg-webhook-serve-listen = Dirección y puerto, p. ej. 127.0.0.1:8787
cli-about-setup = Configura la tienda: su nombre como lo muestra WhatsApp, país, moneda e idioma, escritos en un archivo de configuración nuevo (el mostrador pregunta lo mismo la primera vez)
cli-about-demo = Llena una base de datos con una tienda de demostración creíble
cli-arg-demo-orders = Cuántos pedidos, repartidos en los últimos 7 días
cli-arg-demo-customers = Cuántos clientes
cli-arg-demo-language = El idioma y el tipo de la tienda de demostración: en (una tienda de EE. UU. en dólares), pt (una tienda brasileña en reales), es (una tienda mexicana en pesos), de (una tienda alemana en euros) [predeterminado: el idioma de la tienda, si no LANG]
cli-about-backup = Respalda el libro ahora: una copia revisada, solo del dueño, con la fecha en el nombre (una diaria se hace sola al primer uso; ver `backup.keep` en la configuración)
cli-arg-backup-to = Una carpeta (el nombre con fecha va dentro) o un archivo nuevo [predeterminado: la carpeta de respaldos, ver `orderdesk paths`]
cli-about-restore = Pone un respaldo en lugar del libro (cierra antes todos los mostradores); el libro reemplazado se guarda como copia de seguridad en la carpeta de respaldos
cli-arg-restore-path = El archivo del respaldo
cli-about-paths = Muestra dónde están la base de datos, el archivo de configuración y los respaldos
cli-about-config = Muestra la configuración
cli-arg-config-print_default = Imprime el archivo de configuración predeterminado, con comentarios

## Qué está mal en el archivo de configuración: dónde, y qué escribir en su lugar. El nombre
## de un ajuste y los valores que acepta son palabras del propio archivo.
config-at = línea { $line }, columna { $column }: { $what }
config-unknown-key = `{ $key }` no es un ajuste que orderdesk conozca (aquí conoce: { $known }); revisa cómo está escrito o mira `orderdesk config --print-default`
config-not-one-of = `{ $setting }` no puede ser { $value }: escribe uno de estos: { $choices }
config-wrong-type = `{ $setting }` debe ser { $expected }, no { $value }
config-not-toml = esto no es TOML que orderdesk pueda leer ({ $detail }); revisa las comillas, los corchetes y el `=` de esa línea
config-kind-text = un texto entre comillas, como "Tienda Azul"
config-kind-yes-no = true o false
config-kind-list = una lista entre corchetes, como [2, 24, 48]
config-kind-count = un número entero, 0 o más
config-kind-number = un número entero, como 48
config-kind-table = una tabla de ajustes
config-kind-other = un valor de otro tipo
config-setting = `{ $setting }`: { $why }
config-unknown-country = `shop.country` '{ $country }' no es un código de país de dos letras que orderdesk conozca; escribe uno como "MX", "CO", "AR", "ES" o "US"
config-at-least = `{ $setting }` debe ser al menos { $min }
config-between = `{ $setting }` debe estar entre { $min } y { $max }
config-bad-url = `{ $setting }` '{ $url }' no es una dirección web: escríbela completa, empezando por https://, sin espacios
config-provider-needs = `payment_link.provider` es "{ $provider }", pero `{ $setting }` está vacío: rellénalo o elige otro proveedor
config-product-needs-url = un enlace "{ $provider }" necesita su `url`
config-reminder-hours = `reminders.hours` deben ser horas después de crear el enlace, cada una entre 1 y 8760 y mayor que la anterior, p. ej. [2, 24, 48]
config-listen = `webhook.listen` debe ser una dirección y un puerto como "127.0.0.1:8787", no "{ $listen }"
config-no-link = no hay ningún enlace { $provider } configurado: define `{ $setting }` en la configuración
config-default-file =
    # Configuración de orderdesk. Todos los campos son opcionales; estos son los valores predeterminados.
    # shop.currency: el código ISO 4217, como { $currencies }
    # shop.language: en, pt, pt-BR, pt-PT, es, es-MX, de (resúmenes, recordatorios, el mostrador); vacío: inglés para los clientes, LANG para el personal
    # desk.language: el idioma del personal cuando es otro que el de la tienda
    # shop.names: autores del chat que son la tienda, p. ej. ["Tienda Azul", "Ana"]
    # templates.summary, campos: { $summary_fields }
    # payment_link.url_template, campos: { $link_fields }
    # payment_link.provider: fixed, template o stripe (la clave de Stripe viene de STRIPE_API_KEY, nunca de este archivo); on_expiry: keep o release
    # payment_link.products: enlaces por SKU, p. ej. "GIFT-CARD" = {"{"} provider = "fixed", url = "https://…" {"}"}
    # reminders.template, campos: { $reminder_fields }
    # webhook.listen: p. ej. "127.0.0.1:8787" para recibir los webhooks de Stripe dentro del mostrador (secreto en STRIPE_WEBHOOK_SECRET)
    # hooks.on_payment: un programa que se ejecuta con cada pago verificado, con ORDERDESK_ORDER_NO, ORDERDESK_AMOUNT, ORDERDESK_CURRENCY en su entorno
    # backup.keep: respaldos diarios que se guardan en la carpeta de respaldos (`orderdesk paths`); 0: ninguno
    # db.url: el libro cuando --db y ORDERDESK_DB no dicen nada: un archivo, o postgres://USUARIO@HOST/BASE (la contraseña en PGPASSWORD)
