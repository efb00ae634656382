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
name-Provider-fixed = fixo
name-Provider-template = de modelo
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

## A linha de comando: o que ela diz no stderr e a saída para pessoas no stdout.

cli-error = erro: { $message }
cli-internal-error =
    erro interno: { $message }
    por favor, informe este erro com o comando que você executou
cli-demo-filling = preenchendo a loja de demonstração em { $path } …
cli-demo-filled = loja de demonstração em { $path }: { $products } produtos, { $orders } pedidos ({ $seconds } s)
cli-report-written = { $orders ->
    [one] 1 pedido
   *[other] { $orders } pedidos
} e { $payments ->
    [one] 1 pagamento
   *[other] { $payments } pagamentos
} em { $date }
cli-restore-demo = a loja de demonstração é refeita apagando-a; restaurar funciona num livro de verdade
cli-no-log = aviso: { $why }; seguindo sem registro
cli-path-database = banco de dados
cli-path-config = configuração
cli-path-demo = demonstração
cli-path-backups = cópias
cli-path-logs = registros
cli-daily-backup-failed = aviso: a cópia automática de hoje não foi feita: { $why }
cli-backed-up = cópia de { $path } feita ({ $orders } pedidos, { $customers } clientes, { $products } produtos); a cópia passou na verificação de integridade do SQLite
cli-restore-kept = o livro substituído ({ $orders } pedidos) foi guardado como { $path }
cli-restore-no-book = ainda não havia livro em { $path }
cli-restored = { $path } restaurado de { $from }: { $orders } pedidos, { $customers } clientes, { $products } produtos{ $schema ->
    [older] {" "}(um esquema antigo: será atualizado na próxima abertura)
   *[current] {""}
}
cli-not-a-terminal = não é um terminal: mostrando os pedidos abertos em vez de abrir o balcão
cli-terminal-failed = o terminal falhou: { $why }
cli-queue-head = { $shop } · { $open } pedidos abertos, os mais urgentes primeiro ({ $path })
cli-catalog-imported = { $file } importado: { $new } novos, { $updated } atualizados, { $unchanged } sem mudança, { $counts } estoques definidos
cli-copied = o resumo do #{ $number } foi copiado
cli-copied-not-kept = o resumo do #{ $number } ficou na área de transferência por { $seconds } s, mas nenhum gerenciador a guardou; copie-o de cima, ou do balcão (que o guarda enquanto está aberto)
cli-copied-osc52 = o resumo do #{ $number } foi enviado à área de transferência do terminal (OSC 52)
cli-copy-failed = não foi possível copiar ({ $why }); o resumo está acima
cli-not-utf8 = { $path } não é texto UTF-8; salve-o como CSV UTF-8
cli-cannot-read = não foi possível ler { $path }: { $why }
cli-check-healthy = o estoque de cada produto bate com o seu histórico; as somas dos pedidos e as contagens da fila batem com as linhas
cli-check-stock = { $sku }: contadores { $on_hand } em estoque / { $reserved } reservados, histórico { $ledger_on_hand } / { $ledger_reserved }
cli-check-sums = pedido #{ $number }: somas guardadas { $kept }, os pagamentos dizem { $real }
cli-check-queue = contagens da fila: guardadas { $kept }, os pedidos dizem { $real }
cli-check-disagrees = o livro não bate consigo mesmo (veja acima); por favor, informe isto
cli-merged = '{ $from }' juntado a { $name } { $phone }
cli-order-head = Pedido #{ $number }{ $revision }  { $label }  ({ $created })
cli-order-revision = {" "}v{ $revision }
cli-order-customer = Cliente: { $name }{ $phone }
cli-order-totals = Total { $total } (entrega { $delivery }, desconto { $discount })  pago { $paid }  falta { $balance }
cli-order-claimed = {"  "}informado { $claimed }
cli-order-address = Entregar em: { $address }
cli-payment-reference = {" "}ref. { $reference }
cli-product-stock = { $on_hand } em estoque { $reserved } reservados { $available } disponíveis
cli-product-low = {"  "}BAIXO
cli-customer-stats = { $orders } pedidos  valor { $value }  deve { $owes }
cli-warning = aviso: { $why }
cli-note = obs.: { $note }
cli-verified = conferido: { $what }
cli-verified-more = mais { $count } pagamentos conferidos
cli-link-made = link { $provider } do #{ $number } { $made ->
    [made] criado
   *[live] em vigor
}: { $amount }, válido até { $expires }
cli-link-replaces = substitui o link { $provider } ({ $state }): { $note }
cli-cannot-import = não foi possível importar { $file }: { $why }
cli-nothing-imported = { $why }; nada foi importado
cli-imported = { $file }: { $counts }{ $changed ->
    [no] ; o livro não mudou
   *[yes] {""}
}
cli-latin1 = { $path } não é UTF-8; lendo como Latin-1
cli-sync-unchanged = sem mudança
cli-synced = Stripe consultado sobre { $asked } links; { $verified } conferidos; { $expired } expirados, { $closed } fechados, { $released } liberados; { $unchecked } links fixos ou de modelo para conferir à mão ou por extrato
cli-kept-stock = #{ $number } manteve o estoque: { $why }
cli-sync-failed = não foi possível consultar o Stripe sobre { $count ->
    [one] 1 link
   *[other] { $count } links
}, p. ex. #{ $number }: { $why }; rode `orderdesk payments sync` de novo mais tarde
cli-reminder-due = #{ $number } lembrete { $step }/{ $steps } para { $due } · { $customer } { $phone } · { $balance }{ $renew ->
    [yes] {" "}· o link será renovado
   *[no] {""}
}
cli-reminders-due = { $count ->
    [0] nenhum lembrete pendente
    [one] 1 lembrete pendente
   *[other] { $count } lembretes pendentes
}; `orderdesk reminders sent NO` registra um como enviado
cli-reminder-sent = lembrete { $step } do #{ $number } registrado como enviado
cli-reminder-renewed = ; o link foi renovado
cli-reminder-tagged = ; o pedido foi marcado como payment_abandoned
cli-reminder-cancelled = ; o pedido foi cancelado e o estoque liberado
cli-webhook-listening = escutando em { $url } os eventos do Stripe (Ctrl-C para parar)
cli-cannot-read-stdin = não foi possível ler a entrada padrão: { $why }
cli-chat-system = (sistema)
cli-draft-unknown-customer = um cliente desconhecido
cli-draft-head = Rascunho para { $name }{ $phone }
cli-draft-out-of-stock = {"  "}SEM ESTOQUE (restam { $available })
cli-draft-asked-only = {"  "}(só perguntou)
cli-draft-deliver-to = entregar em: { $address }
cli-draft-pickup = retirada na loja
cli-draft-says-paid = diz que pagou (um aviso, não conferido)
cli-draft-says-paid-amount = diz que pagou { $amount } (um aviso, não conferido)
cli-draft-unmatched = nenhum produto corresponde: "{ $text }"

## O balcão: o que a linha de estado diz sobre um resultado.

desk-order-created = pedido #{ $number } criado e confirmado ({ $total }): y copia o resumo, Y o link de pagamento
desk-draft-saved = rascunho #{ $number } salvo; confirme com c quando estiver pronto
desk-order-updated = pedido #{ $number } atualizado (v{ $revision })
desk-order-confirmed = pedido #{ $number } confirmado: estoque reservado; y copia o resumo
desk-order-advanced = pedido #{ $number }: { $stage }
desk-order-cancelled = pedido #{ $number } cancelado; o estoque voltou à venda
desk-notes-saved = observações do #{ $number } salvas
desk-payment-recorded = { $claimed ->
    [yes] aviso de pagamento registrado (confira quando o dinheiro entrar)
   *[no] pagamento registrado
}: { $amount } no #{ $number }; falta { $balance }
desk-claim-verified = pagamento conferido no #{ $number }: agora { $status } (falta { $balance })
desk-claim-rejected = aviso recusado no #{ $number }: não conta mais
desk-refunded = reembolso de { $amount } no #{ $number } por { $method }{ $restocked ->
    [yes] ; mercadoria de volta ao estoque
   *[no] {""}
}
desk-stock-received = entrada de { $qty } × { $product }: { $available } disponíveis
desk-stock-adjusted = { $product } ajustado em { $delta }: { $on_hand } em estoque, { $available } disponíveis
desk-merged = juntado a { $into }; os pedidos foram junto
desk-reviews-closed = { $count ->
    [one] 1 revisão fechada
   *[other] { $count } revisões fechadas
} no #{ $number }; a observação está no histórico
desk-copied = { $what } copiado ({ $chars } caracteres)
desk-copied-osc52 = { $what } enviado à área de transferência do terminal (OSC 52); cole para conferir
desk-copy-failed = não foi possível copiar { $kind ->
    [summary] o resumo
    [link] o link de pagamento
   *[reminder] o lembrete
} ({ $why }): selecione à mão
desk-copy-failed-title = { $kind ->
    [summary] O resumo
    [link] O link de pagamento
   *[reminder] O lembrete
}
desk-copy-by-hand = Selecione o texto com o mouse (Shift+arrastar na maioria dos terminais) e copie.
desk-exported = { $orders } pedidos, { $payments } pagamentos hoje: { $files } arquivos gravados, p. ex. { $first }
desk-refused-stale = não foi possível { $doing }: outra pessoa mudou isso enquanto isso; recarregado, confira de novo
desk-refused-busy = não foi possível { $doing }: o livro está ocupado (outro balcão ou comando está gravando); tente de novo
desk-clipboard-unreadable = { $why }; cole direto no terminal (na maioria: Ctrl-Shift-V)
desk-refused = não foi possível { $doing }: { $why }
desk-copied-summary = o resumo do #{ $number }
desk-copied-link = o link de pagamento do #{ $number } ({ $provider }, válido até { $until })
desk-copied-link-note = ; obs.: { $note }
desk-copied-reminder = o lembrete { $step } do #{ $number }{ $last ->
    [yes] {" "}(o último: marcado como pagamento abandonado)
   *[no] {""}
}
desk-swept-expired = link de pagamento expirou sem pagamento: { $orders }
desk-swept-released = cancelados e estoque liberado: { $orders }
desk-swept-closed = links fechados (pagos de outro jeito): { $orders }
desk-swept-kept-paid = tem um pagamento ou um aviso; decida à mão
desk-swept-kept = #{ $number } manteve o estoque: { $why }
desk-paste-no-order = nada no texto colado parece um pedido de cliente (só mensagens da loja ou do sistema?)
desk-paste-read = { $lines ->
    [one] 1 linha lida
   *[other] { $lines } linhas lidas
} para { $customers ->
    [one] 1 cliente
   *[other] { $customers } clientes
}: confira, e Enter cria e confirma
desk-webhook-not-started = webhook não iniciado: { $why }

## O que o balcão estava fazendo, depois de "não foi possível …".

doing-load-orders = carregar os pedidos
doing-load-inventory = carregar o estoque
doing-load-customers = carregar os clientes
doing-load-payments = carregar os pagamentos
doing-open-order = abrir o pedido #{ $number }
doing-open-history = abrir o histórico do cliente
doing-load-catalog = carregar o catálogo
doing-search-customers = buscar os clientes
doing-read-paste = ler o texto colado
doing-create-order = criar e confirmar o pedido
doing-save-draft = salvar o rascunho
doing-change-order = alterar o pedido #{ $number }
doing-confirm-order = confirmar o pedido #{ $number }
doing-advance = passar o pedido #{ $number } para { $stage }
doing-cancel-order = cancelar o pedido #{ $number }
doing-save-notes = salvar as observações do #{ $number }
doing-record-claim = registrar o aviso no #{ $number }
doing-record-payment = registrar o pagamento no #{ $number }
doing-verify = conferir o aviso no #{ $number }
doing-reject = recusar o aviso no #{ $number }
doing-refund = reembolsar o #{ $number }
doing-receive = dar entrada em { $sku }
doing-adjust = ajustar { $sku }
doing-merge = juntar { $from }
doing-close-review = fechar a revisão do #{ $number }
doing-copy-summary = copiar o resumo do #{ $number }
doing-make-link = criar o link de pagamento do #{ $number }
doing-send-reminder = enviar o lembrete { $step } do #{ $number }
doing-copy = copiar
doing-read-clipboard = ler a área de transferência
doing-export = gravar os relatórios de hoje
doing-check-links = verificar os links de pagamento

## Cópias de segurança, na ajuda do balcão e no aviso ao abrir.

backup-none-yet = Este livro ainda não tem cópia: `orderdesk backup` faz uma.
backup-last = Última cópia { $days ->
    [0] hoje
    [1] ontem
   *[other] há { $days } dias
} ({ $at } UTC); `orderdesk restore ARQUIVO` a coloca de volta.
backup-warn-none = este livro ainda não tem cópia: rode `orderdesk backup`
backup-warn-old = sem cópia há { $days } dias: rode `orderdesk backup` (veja `backup.keep` na configuração)
