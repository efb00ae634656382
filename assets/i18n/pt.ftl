# orderdesk, português do Brasil. Portugal: pt-PT.ftl sobrepõe só o que muda.

## Para o cliente: o resumo e o lembrete colados no chat.

summary-template =
    {"*"}{ $shop }* · Pedido #{ $order_no }{ $revision }
    { $quote }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Taxa de entrega: { $delivery }
    Desconto: -{ $discount }
    {"*"}Total: { $total }*
    Pago: { $paid }
    Reembolsado: { $refunded }
    Pagamento enviado, em conferência: { $claimed }
    Falta pagar: { $balance }
    Entrega: { $deadline }
    Endereço de entrega: { $address }
    Pague aqui: { $link }
    Link válido até { $expires }
    Obs.: { $notes }
summary-quote = Orçamento: responda OK para confirmar (os itens são reservados na confirmação)
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
name-Method-link = link
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

label-claim-to-verify = conferir pgto
label-draft = rascunho
label-awaiting-payment = aguardando pgto
label-deposit-paid = sinal pago
label-paid-to-pack = pago, embalar
label-packing = embalando
label-ready = pronto
label-out-for-delivery = saiu para entrega
label-delivered-balance-due = entregue, a pagar
label-delivered = entregue
label-part-refunded = reembolso parcial
label-refunded = reembolsado
label-cancelled = cancelado
label-cancelled-refund-due = cancelado, reemb.
## A linha de comando: o que ela diz no stderr e a saída para pessoas no stdout.

cli-error = erro: { $message }
cli-internal-error =
    erro interno: { $message }
    por favor, informe este erro com o comando que você executou
cli-demo-filling = preenchendo a loja de demonstração em { $path } …
cli-demo-filled = loja de demonstração em { $path }: { $products } produtos, { $orders } pedidos ({ $seconds } s)
cli-report-written = { $orders ->
    [0] { $orders } pedidos
    [one] 1 pedido
   *[other] { $orders } pedidos
} e { $payments ->
    [0] { $payments } pagamentos
    [one] 1 pagamento
   *[other] { $payments } pagamentos
} { $day ->
    [yes] em { $from }
   *[no] de { $from } a { $to }
}
cli-restore-demo = a loja de demonstração é refeita apagando-a; restaurar funciona num livro de verdade
cli-no-log = aviso: { $why }; seguindo sem registro
cli-path-database = banco de dados
cli-path-config = configuração
cli-path-demo = demonstração
cli-path-backups = cópias
cli-path-logs = registros
cli-path-reports = relatórios
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
cli-catalog-imported = { $file } importado: { $new ->
    [0] { $new } novos
    [one] { $new } novo
   *[other] { $new } novos
}, { $updated ->
    [0] { $updated } atualizados
    [one] { $updated } atualizado
   *[other] { $updated } atualizados
}, { $unchanged } sem mudança, { $counts ->
    [0] { $counts } estoques definidos
    [one] { $counts } estoque definido
   *[other] { $counts } estoques definidos
}
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
cli-order-totals = Total { $total } (entrega { $delivery }, desconto { $discount })  pago { $paid }
cli-order-refunded = {"  "}reembolsado { $refunded }
cli-order-balance = {"  "}{ $balance }
cli-order-note = Obs.: { $note }
cli-order-staff-note = Nota interna: { $note }
cli-order-claimed = {"  "}informado { $claimed }
cli-order-address = Entregar em: { $address }
cli-payment-reference = {" "}ref. { $reference }
cli-product-stock = { $on_hand } em estoque { $reserved_count ->
    [0] { $reserved } reservados
    [one] { $reserved } reservado
   *[other] { $reserved } reservados
} { $available_count ->
    [0] { $available } disponíveis
    [one] { $available } disponível
   *[other] { $available } disponíveis
}
cli-product-low = {"  "}BAIXO
cli-customer-stats = { $orders ->
    [0] { $orders } pedidos
    [one] 1 pedido
   *[other] { $orders } pedidos
}  valor { $value }  deve { $owes }
cli-warning = aviso: { $why }
cli-note = obs.: { $note }
cli-verified = conferido: { $what }
cli-verified-more = mais { $count ->
    [0] { $count } pagamentos conferidos
    [one] { $count } pagamento conferido
   *[other] { $count } pagamentos conferidos
}
cli-link-made = link { $provider } do #{ $number } { $made ->
    [made] criado
   *[live] em vigor
}: { $amount }, válido até { $expires }
cli-link-replaces = substitui o link { $provider } ({ $state }): { $note }
cli-cannot-import = não foi possível importar { $file }: { $why }
cli-nothing-imported = { $why }; nada foi importado
cli-import-count = { $outcome }: { $count }
cli-imported = { $file }: { $counts }{ $changed ->
    [no] ; o livro não mudou
   *[yes] {""}
}
cli-latin1 = { $path } não é UTF-8; lendo como Latin-1
cli-sync-unchanged = sem mudança
cli-synced = Stripe consultado sobre { $asked ->
    [0] { $asked } links
    [one] 1 link
   *[other] { $asked } links
}; { $verified ->
    [0] { $verified } conferidos
    [one] { $verified } conferido
   *[other] { $verified } conferidos
}; { $expired ->
    [0] { $expired } expirados
    [one] { $expired } expirado
   *[other] { $expired } expirados
}, { $closed ->
    [0] { $closed } fechados
    [one] { $closed } fechado
   *[other] { $closed } fechados
}, { $released ->
    [0] { $released } liberados
    [one] { $released } liberado
   *[other] { $released } liberados
}; { $unchecked ->
    [0] { $unchecked } links fixos ou de modelo
    [one] 1 link fixo ou de modelo
   *[other] { $unchecked } links fixos ou de modelo
} para conferir à mão ou por extrato
cli-kept-stock = #{ $number } manteve o estoque: { $why }
cli-sync-failed = não foi possível consultar o Stripe sobre { $count ->
    [0] { $count } links
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
cli-reminder-tagged = ; o pedido foi marcado como pagamento abandonado (payment_abandoned)
cli-reminder-cancelled = ; o pedido foi cancelado e o estoque liberado
cli-webhook-listening = escutando em { $url } os eventos do Stripe (Ctrl-C para parar)
cli-cannot-read-stdin = não foi possível ler a entrada padrão: { $why }
cli-chat-system = (sistema)
cli-cannot-write-messages = não foi possível escrever as mensagens: { $why }
parse-day-month = dia/mês
parse-month-day = mês/dia
parse-dates-ambiguous = datas como { $example } são ambíguas; lidas como { $order } (configurado)
parse-dates-disagree = as datas deste texto não combinam ({ $day_first } só se leem como dia/mês, { $month_first } só como mês/dia); lidas como { $order }
parse-more-warnings = … e mais { $count } avisos como estes ({ $kind ->
    [paste] sobre o texto colado
    [date-order] sobre a ordem das datas
    [date] datas impossíveis
    [time] horas impossíveis
   *[layout] cabeçalhos de outro formato
})
parse-other-layout = linha { $line }: começa como um cabeçalho de mensagem de outro formato; mantida como texto da mensagem anterior
parse-impossible-date = linha { $line }: { $date } não é uma data real; a linha ficou como texto da mensagem
parse-impossible-time = linha { $line }: { $time } não é uma hora real; a linha ficou como texto da mensagem
parse-no-header-lines = { $count ->
    [0] as primeiras { $count } linhas não têm
    [one] a primeira linha não tem
   *[other] as primeiras { $count } linhas não têm
} cabeçalho de mensagem; { $count ->
    [0] ficaram
    [one] ficou
   *[other] ficaram
} como uma mensagem sem autor
parse-no-headers = nenhum cabeçalho de mensagem do WhatsApp encontrado; o texto colado virou uma só mensagem
parse-cut-short = o texto colado passa de 4 GiB; foram lidos os primeiros 4 GiB (até um fim de linha)
cli-draft-unknown-customer = um cliente desconhecido
cli-draft-head = Rascunho para { $name }{ $phone }
cli-draft-out-of-stock = {"  "}SEM ESTOQUE (restam { $available })
cli-draft-asked-only = {"  "}(só perguntou)
cli-draft-deliver-to = entregar em: { $address }
cli-draft-pickup = retirada na loja
cli-draft-says-paid = diz que pagou (um aviso, não conferido)
cli-draft-says-paid-amount = diz que pagou { $amount } (um aviso, não conferido)
cli-draft-unmatched = nenhum produto corresponde: "{ $text }"
cli-draft-wanted-by = para: { $day }
cli-draft-wanted-by-time = para: { $day }, até { $time }
cli-draft-chat-total = o total da conversa: { $total }
cli-draft-claim-reference = a referência do aviso: { $reference }
weekday-short = { $day ->
    [1] seg
    [2] ter
    [3] qua
    [4] qui
    [5] sex
    [6] sáb
   *[7] dom
}

## O balcão: o que a linha de estado diz sobre um resultado.

desk-order-created = pedido #{ $number } criado e confirmado ({ $total }): y copia o resumo, Y o link de pagamento
desk-draft-saved = rascunho #{ $number } salvo; confirme com c quando estiver pronto
desk-order-updated = pedido #{ $number } atualizado (v{ $revision })
desk-order-confirmed = pedido #{ $number } confirmado: estoque reservado; y copia o resumo
desk-order-advanced = pedido #{ $number }: { $stage }
desk-order-cancelled = pedido #{ $number } cancelado; o estoque voltou à venda
desk-notes-saved = observação do #{ $number } salva
desk-payment-recorded = { $claimed ->
    [yes] aviso de pagamento registrado (confira quando o dinheiro entrar)
   *[no] pagamento registrado
}: { $amount } no #{ $number }; { $balance }
desk-claim-verified = pagamento conferido no #{ $number }: agora { $status } ({ $balance })
desk-claim-rejected = aviso recusado no #{ $number }: não conta mais
desk-refunded = reembolso de { $amount } no #{ $number } por { $method }{ $restocked ->
    [yes] ; mercadoria de volta ao estoque
   *[no] {""}
}
desk-stock-received = entrada de { $qty } × { $product }: { $available ->
    [0] { $available } disponíveis
    [one] { $available } disponível
   *[other] { $available } disponíveis
}
desk-stock-adjusted = { $product } ajustado em { $delta }: { $on_hand } em estoque, { $available ->
    [0] { $available } disponíveis
    [one] { $available } disponível
   *[other] { $available } disponíveis
}
desk-merged = juntado a { $into }; os pedidos foram junto
desk-reviews-closed = { $count ->
    [0] { $count } revisões fechadas
    [one] 1 revisão fechada
   *[other] { $count } revisões fechadas
} no #{ $number }; a observação está no histórico
desk-copied = { $what } foi copiado ({ $chars } caracteres)
desk-copied-osc52 = { $what } foi enviado à área de transferência do terminal (OSC 52); cole para conferir
desk-copy-failed = não foi possível copiar { $kind ->
    [summary] o resumo
    [link] o link de pagamento
    [reminders] os lembretes
   *[reminder] o lembrete
} ({ $why }): selecione à mão
desk-copy-failed-title = { $kind ->
    [summary] O resumo
    [link] O link de pagamento
    [reminders] Os lembretes
   *[reminder] O lembrete
}
desk-copy-by-hand = Selecione o texto com o mouse (Shift+arrastar na maioria dos terminais) e copie.
desk-exported = { $when }: { $orders ->
    [0] nenhum pedido
    [one] 1 pedido
   *[other] { $orders } pedidos
} e { $payments ->
    [0] nenhum pagamento
    [one] 1 pagamento
   *[other] { $payments } pagamentos
}: { $files ->
    [0] { $files } arquivos gravados
    [one] 1 arquivo gravado
   *[other] { $files } arquivos gravados
} em { $folder }
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
    [0] { $lines } linhas lidas
    [one] 1 linha lida
   *[other] { $lines } linhas lidas
} para { $customers ->
    [0] { $customers } clientes
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
doing-export = gravar os relatórios de { $when }
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

## As teclas: o que cada uma faz, no rodapé e no `?` (as teclas em si nunca mudam).

context-global = Em toda parte
context-orders = Pedidos
context-inventory = Estoque
context-customers = Clientes
context-payments = Pagamentos
context-order = Um pedido (na fila ou aberto)
context-detail = Visão do pedido
context-history = Uma lista de pedidos (o histórico de um cliente, os pedidos de um número)
context-review = Revisão do texto colado / novo pedido
context-picker = Seletor
context-input = Digitando um valor
context-confirm = Confirmação
context-popup = Texto para copiar
key-quit = sair
key-help = ajuda
key-next-pane = próximo painel
key-previous-pane = painel anterior
key-orders = pedidos
key-inventory = estoque
key-customers = clientes
key-payments = pagamentos
key-down = descer
key-up = subir
key-page-down = página abaixo
key-page-up = página acima
key-first = primeiro
key-last = último
key-filter-the-list = filtrar a lista
key-go-to-order-number = ir ao pedido nº
key-new-order-by-hand = novo pedido à mão
key-paste-a-chat-from-the-clipboard = colar uma conversa da área de transferência
key-export-todays-csv-reports = exportar os relatórios CSV do dia (em Hoje: o dia mostrado)
key-back-clear-filter = voltar / limpar filtro
key-open-the-order = abrir o pedido
key-show-hide-delivered-and-cancelled = mostrar/ocultar entregues e cancelados
key-copy-summary = copiar resumo
key-copy-payment-link = copiar link de pagamento
key-confirm-reserve-stock = confirmar (reserva estoque)
key-advance-packing-ready-out-delivered = avançar: embalando → pronto/saiu → entregue
key-record-a-payment = registrar pagamento
key-verify-a-claim = conferir um aviso
key-reject-a-claim = recusar um aviso
key-refund = reembolsar
key-cancel-the-order = cancelar o pedido
key-notes = observações
key-edit-lines = editar itens
key-receive-stock = dar entrada no estoque
key-adjust-stock-with-a-reason = ajustar estoque (com motivo)
key-history = histórico
key-merge-into-another-customer = juntar a outro cliente
key-verify-the-claim = conferir o aviso
key-reject-the-claim = recusar o aviso
key-copy-the-reminder-records-it-as-sent = copiar o lembrete (registra como enviado)
key-copy-the-payment-link = copiar o link de pagamento
key-close-a-review-with-a-note = fechar uma revisão, com observação
key-back-to-the-list = voltar à lista
key-back = voltar
key-create-and-confirm = criar e confirmar
key-save-as-draft = salvar como rascunho
key-quantity = quantidade
key-less = menos
key-change-product = trocar produto
key-add-a-line = adicionar item
key-remove-line = remover item
key-customer = cliente
key-address = endereço
key-next-customers-draft = rascunho do próximo cliente
key-line = item
key-line-up = item acima
key-leave-write-nothing = sair sem gravar nada
key-choose = escolher
key-next = próximo
key-previous = anterior
key-cancel = cancelar
key-ok = ok
key-yes = sim
key-no = não
key-close = fechar
key-scroll = rolar
key-scroll-up = rolar para cima

## A moldura do balcão: painéis, abas, a marca de trabalho, janelas e ajuda.

pane-orders = Pedidos
pane-inventory = Estoque
pane-customers = Clientes
pane-payments = Pagamentos
tab-to-do = {" "}({ $count } a fazer)
working = trabalhando: { $what }…{ $more ->
    [0] {""}
   *[other] {" "}(+{ $more })
}
working-short = trabalhando…
working-paste = lendo o texto colado
working-link = link de pagamento do #{ $number }
working-reminder = lembrete do #{ $number }
working-reports = gravando relatórios
working-links = verificando links
picker-type-to-search = digite para buscar
picker-nothing-matches = nada corresponde
confirm-title = Certeza?
confirm-keys-three = y / n · Esc cancela
confirm-keys-two = y sim · n ou Esc não
help-title = Teclas
help-intro = Cole as mensagens de WhatsApp de um cliente onde quiser. Esc fecha; j/k rolam.
desk-notice-paid = #{ $number } pago { $amount } ({ $via ->
    [webhook] webhook
    [sync] sincronização
   *[import] extrato
})
desk-notice-review = pagamento para revisar: { $message }
desk-notice-refused = webhook recusado ({ $status }): { $message }
desk-paste-empty = o texto colado estava vazio
desk-paste-reading = lendo o texto colado…
desk-sold-out = esgotado
desk-units-left = { $count ->
    [0] restam { $count }
    [one] resta 1
   *[other] restam { $count }
}
desk-done-toggled = pedidos entregues e cancelados { $shown ->
    [yes] à vista
   *[no] ocultos
}
desk-reading-clipboard = lendo a área de transferência…
desk-writing-reports = gravando os relatórios de hoje…
desk-filter-cleared = filtro limpo
prompt-jump = Ir ao pedido
prompt-jump-hint = o número do pedido, p. ex. 1042
prompt-filter = Filtrar { $pane }
prompt-filter-orders = cliente, celular, número do pedido, item, endereço ou situação ("embalando")
prompt-filter-inventory = SKU, nome, variante ou apelido
prompt-filter-customers = nome ou celular
prompt-address = Endereço de entrega
prompt-address-hint = vazio para retirada na loja
review-needs-customer = para quem é? aperte u para escolher ou adicionar o cliente
review-needs-lines = ainda sem itens: aperte a para adicionar um produto
review-short = só restam { $available } de '{ $product }' ({ $asked } pedidos): corrija o item (+/-, p, d) ou aperte s para guardar um rascunho
review-pickup-note = retirada na loja
review-left = { $what ->
    [edit] edição deixada
   *[review] revisão deixada
}; nada foi gravado
review-edit-needs-lines = um pedido precisa de pelo menos um item (para cancelar, use D)

## A revisão do texto colado e o formulário de novo pedido.

review-customer-of = {" "}· cliente { $current } de { $count } (Tab: próximo)
review-title-paste = Revisão do texto colado{ $of }
review-title-new = Novo pedido
review-title-edit = Editar pedido #{ $number }
review-nothing-left = Nada mais para revisar.
review-customer = Cliente:
review-known = conhecido · { $orders ->
    [0] { $orders } pedidos
    [one] 1 pedido
   *[other] { $orders } pedidos
}
review-owes = deve { $amount }
review-new-customer = cliente novo
review-customer-unknown = ? desconhecido — aperte u para escolher ou adicionar
review-no-lines = ainda sem itens — aperte a para adicionar um produto
review-unsure = { $percent }% de certeza
review-only-left = { $count ->
    [0] só restam { $count }
    [one] só resta 1
   *[other] só restam { $count }
}
review-total = total { $total }
review-pickup = retirada na loja
review-no-address-last = não informado — da última vez { $last } (L usa, A digita outro)
review-no-address = não informado (A para adicionar)
review-delivery = Entrega:
review-says-paid = Diz que pagou:
review-says-paid-amount = { $amount } — um aviso, registrado para conferir depois
review-says-paid-no-amount = sem valor informado — confira antes de registrar
review-asked-only = Só perguntou, não pediu (a adiciona):
review-unmatched = Nenhum produto corresponde (adicione com a se precisar):
review-note = obs.: { $note }
review-before-enter = Antes do Enter: { $why }

## O histórico do pedido, como a visão do pedido o mostra (gravado em inglês, mostrado no seu idioma).

journal-created = pedido criado
journal-edited = pedido alterado
journal-confirmed = confirmado: estoque reservado
journal-confirmed-oversold = confirmado (vendido além do estoque)
journal-cancelled = cancelado: estoque liberado
journal-restocked = devolvido ao estoque
journal-refunded = reembolsado
journal-merged = juntado
journal-payment-verified = pagamento conferido
journal-payment-rejected = pagamento recusado
journal-payment-claimed = pagamento informado
journal-payment-recorded = pagamento registrado
journal-payment-link-made = link de pagamento criado
journal-payment-link-replaced = link de pagamento substituído
journal-payment-link-expired = link de pagamento expirado
journal-payment-link-paid = link de pagamento pago
journal-payment-link-cancelled = link de pagamento cancelado
journal-payment-link-failed = link de pagamento falhou
journal-payment-link-review-closed = revisão do link de pagamento fechada
journal-payment-review-closed = revisão do pagamento fechada
journal-payment-link-needs-review = link de pagamento precisa de revisão
journal-tagged-payment-abandoned = marcado como pagamento abandonado
journal-cancelled-after-the-last-payment-reminder = cancelado após o último lembrete de pagamento
journal-cancelled-payment-link-expired-unpaid = cancelado: link de pagamento expirou sem pagamento
journal-payment-abandoned-cleared-paid = pagamento abandonado desfeito: pago
journal-reminder-sent = lembrete de pagamento { $step } de { $steps } enviado
journal-report-row-review = linha do extrato precisa de revisão: { $why }

## A visão do pedido e o histórico de um cliente.

detail-title = Pedido #{ $number }{ $version } · { $label }
detail-who = { $name }{ $phone } · pediu em { $at } (há { $age })
detail-deliver-to = Entregar em: { $address }
detail-notes = Obs. (no resumo): { $notes }
detail-lines = Itens
detail-total = Total { $total }
detail-delivery = entrega { $amount }
detail-paid = pago { $amount }
detail-claimed = informado { $amount } (a conferir)
detail-balance = falta { $amount }
detail-payments = Pagamentos
detail-reference = ref. { $reference }
detail-journal = Histórico
detail-summary = Resumo (y copia)
history-title = { $name }{ $phone } · { $orders ->
    [0] { $orders } pedidos
    [one] 1 pedido
   *[other] { $orders } pedidos
} · total { $lifetime } · deve { $owes }
history-no-address = ainda sem endereço
history-last-address = Último endereço: { $address }
column-age = há
column-items = itens
column-total = total
column-status = situação

## Os quatro painéis: títulos, colunas, marcas e o que um painel vazio diz.

pane-filter-note = {" "}· filtro "{ $filter }"
pane-orders-pressing-short = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue }
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today }
}
pane-orders-sorted = {" "}· mais urgentes primeiro
pane-orders-title = Pedidos · { $count }{ $sorted }{ $pressing }{ $filter }{ $done ->
    [yes] {" "}· com entregues e cancelados
   *[no] {""}
}
pane-orders-empty = Nenhum pedido aberto. Cole aqui as mensagens de WhatsApp de um cliente, ou aperte n para um pedido novo.
pane-orders-no-match = Nenhum pedido corresponde ao filtro (Esc limpa).
pane-inventory-title = Estoque · { $count } SKUs{ $filter }
pane-inventory-empty = Nenhum produto. Importe um catálogo: orderdesk catalog import ARQUIVO.csv
pane-low = baixo
pane-customers-title = Clientes · { $count }{ $filter }
pane-customers-empty = Ainda sem clientes: eles entram com o primeiro pedido.
pane-payments-title = Pagamentos · { $claims ->
    [0] { $claims } avisos
    [one] 1 aviso
   *[other] { $claims } avisos
} · { $reminders ->
    [0] { $reminders } lembretes
    [one] 1 lembrete
   *[other] { $reminders } lembretes
} · { $reviews } a revisar
pane-payments-empty = Ainda sem pagamentos nem links.
pane-remind = lembrar { $step }/{ $steps }
pane-last-reminder = último lembrete
pane-reminder-due = lembrete pendente
pane-y-copies-it = y copia
pane-review = revisar
pane-link-sent = link enviado
pane-link-until = até { $until }
column-customer = cliente
column-balance = falta
column-sku = SKU
column-product = produto
column-variant = variante
column-stock = estoque
column-held = reserv.
column-free = livre
column-price = preço
column-name = nome
column-phone = celular
column-orders = pedidos
column-lifetime = total
column-owes = deve
column-last = último
column-order = pedido
column-amount = valor
column-how = como
column-state = situação
column-id-ref-note = id/ref.

## As perguntas do balcão: campos, seletores e confirmações.

flow-no-order = nenhum pedido selecionado
flow-getting-link = buscando o link de pagamento do #{ $number }…
flow-already = o pedido #{ $number } já está { $state }
flow-nothing-to-refund = nada foi recebido no #{ $number }, então não há o que reembolsar
flow-confirm-first = o pedido #{ $number } está { $state }: confirme o rascunho primeiro (c)
flow-no-claim = o pedido #{ $number } não tem aviso de pagamento para { $verify ->
    [yes] conferir
   *[no] recusar
}
flow-only-claims = só um aviso de pagamento pode ser conferido ou recusado
flow-y-reminder = y copia um lembrete pendente; selecione um (ou abra o pedido para o resumo)
flow-close-review-select = C fecha um link em revisão manual; selecione um
flow-not-editable = o pedido #{ $number } não pode mais ser editado (a mercadoria saiu da loja ou ele está fechado)
flow-not-order-number = '{ $value }' não é um número de pedido
flow-type-amount = digite o valor
flow-not-units = '{ $value }' não é uma quantidade (1 ou mais)
flow-not-change = '{ $value }' não é uma mudança como +3 ou -2
flow-say-why = diga o motivo: ele fica no histórico do estoque
flow-say-what-found = diga o que encontrou: a observação fica no histórico
flow-nothing-matches = nada corresponde; continue digitando ou aperte Esc
prompt-payment = Pagamento do #{ $number }
prompt-payment-hint = valor recebido ou informado; falta pagar { $balance }
prompt-refund = Reembolso do #{ $number }
prompt-refund-hint = quanto volta (pago: { $paid })
prompt-notes = Observação para o cliente no #{ $number }
prompt-notes-hint = aparece no resumo; não muda nada do combinado (sem nova versão)
prompt-close-review = Fechar a revisão do #{ $number }
prompt-close-review-hint = o que você encontrou ({ $note }); vai para o histórico
prompt-receive = Entrada de { $product }
prompt-receive-hint = unidades que chegaram ({ $on_hand } em estoque agora)
prompt-adjust = Ajustar { $product }
prompt-adjust-hint = unidades a mais (+3) ou a menos (-2) do que a contagem diz ({ $on_hand } em estoque, { $free } livres)
prompt-receive-note = Entrada de { $qty } × { $sku }
prompt-receive-note-hint = uma observação para o histórico (fornecedor, nota) — opcional
prompt-adjust-reason = Ajustar { $sku } em { $delta }
prompt-adjust-reason-hint = motivo (fica no histórico): contagem, avaria, achado…
prompt-pay-reference = { $amount } { $how ->
    [cash] em dinheiro
    [card] no cartão
    [link] pelo link
   *[other] por { $method }
} no #{ $number }
prompt-pay-reference-hint = referência (id do Pix/banco/cartão) — opcional; a mesma referência nunca paga duas vezes
picker-advance = Avançar #{ $number }
picker-which-claim = Qual aviso do #{ $number }?
picker-merge-into = Juntar { $name } a…
picker-customer = Cliente: digite um nome ou celular
picker-no-phone = sem celular
picker-new-customer = + cliente novo "{ $name }"
picker-how-paid = Como { $amount } foi pago?
picker-change-product = Trocar produto
picker-add-product = Adicionar um produto
stage-packing-means = sendo embalado
stage-ready-means = pronto para retirada ou para o entregador
stage-out-means = saiu da loja (o estoque sai)
stage-delivered-means = nas mãos do cliente
confirm-cancel-order = Cancelar o pedido #{ $number }? O estoque reservado volta à venda.
confirm-verify = O pagamento de { $what } chegou? Conta como pago depois de conferido.
confirm-reject = Recusar o aviso de { $what }? Ele não vai mais contar.
confirm-verify-of = O pagamento de { $what } do #{ $number } chegou?
confirm-reject-of = Recusar o aviso de { $what } do #{ $number }?
claim-what = { $amount } { $how ->
    [cash] em dinheiro
    [card] no cartão
    [link] pelo link
    [transfer] por transferência
    [pix] por Pix
   *[other] por outro meio
}
confirm-received = Os { $amount } ({ $method }) já estão no caixa ou na conta? y: sim, recebido · n: não, o cliente diz que pagou (um aviso a conferir)
confirm-restock = Reembolso de { $amount } no #{ $number }. A mercadoria voltou ao estoque? y: sim, volta ao estoque · n: não
confirm-merge = Juntar { $from } a { $name }? Os pedidos passam para { $name }; nada é apagado.

## Words from outside the catalogs (SQLite, the system, a provider), shown as they are.

plain = { $text }
list-semicolon = { $first }; { $rest }

## Erros: o que não pôde ser feito e por quê, em palavras com que a loja pode agir.

error-while = não foi possível { $doing }: { $why }
error-item-quantity = '{ $item }': a quantidade depois de ':' deve ser um número inteiro, p. ex. JKT-BLU-M:2
error-item-no-sku = '{ $item }' não tem SKU (esperado SKU:QTD, p. ex. JKT-BLU-M:2)
error-unknown-currency = '{ $code }' não é o código ISO 4217 de uma moeda (como { $known })
error-not-an-amount = '{ $text }' não é um valor (esperado algo como 180, 49,90 ou 1.234,56)
error-too-many-decimals = '{ $text }' tem mais casas decimais do que { $currency } permite ({ $exponent })
error-currency-mismatch = '{ $text }' está em { $found }, mas aqui é em { $expected }
error-ambiguous-amount = '{ $text }' é ambíguo: é { $grouped } ou { $decimal }? escreva sem o separador ou com { $exponent } casas decimais
error-amount-overflow = o valor '{ $text }' é grande demais
error-amount-too-large = { $text } é mais do que o orderdesk aceita para um valor em { $currency } ({ $ceiling }); confira o valor (erro de digitação?) ou divida-o
error-mixed-currencies = não dá para somar { $a } e { $b }
error-order-not-allowed = o pedido #{ $number } está { $state }: { $why }
error-order-empty = o pedido #{ $number } não tem itens: adicione pelo menos um
error-bad-quantity = a quantidade de { $sku } deve ficar entre 1 e { $max } (veio { $qty })
error-negative = { $what ->
    [discount] o desconto
   *[delivery] a taxa de entrega
} não pode ser negativo
error-discount-too-large = o desconto ({ $discount }) é maior que o pedido ({ $before })
error-not-positive = o valor precisa ser maior que zero (veio { $amount })
error-payment-currency = o pagamento está em { $found }, mas o pedido é em { $expected }
error-not-claimed = o pagamento { $id } já está { $state }; só um aviso de pagamento pode ser conferido ou recusado
error-refund-too-large = { $asked } é mais do que os { $refundable } recebidos e ainda não reembolsados
error-claimed-refund = um reembolso é pago pela loja; não pode ser um aviso
error-not-a-phone = '{ $text }' não é um número de celular (esperados dígitos, p. ex. +55 11 91234 5678)
error-phone-length = '{ $text }' é curto ou longo demais para um número de celular
error-phone-calling-code = '{ $text }' não começa com o código de nenhum país (escreva como +55 11 91234 5678 ou +351 912 345 678)
error-unknown-country = país desconhecido '{ $code }' (use um código de duas letras como BR, PT, US, MX, ES, DE)
error-unknown-name = '{ $given }' não vale aqui (esperado um de: { $expected })
error-link-not-allowed = um link de pagamento { $state } não pode ser { $why }
error-template-unknown = campo desconhecido {"{"}{ $name }{"}"} (conhecidos: { $known })
error-template-unclosed = '{"{"}' sem fechar no caractere { $at }; escreva '{"{{"}' para uma chave literal
error-template-stray = '{"}"}' solto no caractere { $at }; escreva '{"}}"}' para uma chave literal
error-paste-too-large = o texto colado tem { $size } MB e o orderdesk lê no máximo { $most } MB de cada vez (cerca de { $messages } mensagens): exporte um trecho menor da conversa, ou divida o arquivo em fins de linha (`split -C { $split }M export.txt parte-`) e importe as partes uma depois da outra (importar as mesmas mensagens duas vezes não cria nada duas vezes)
order-why-confirm-first = confirme antes de embalar ou entregar
order-why-already-confirmed = ele já está confirmado
order-why-left-refund = a mercadoria já saiu da loja; registre um reembolso
order-why-left-restock = a mercadoria já saiu da loja; registre um reembolso com --restock
order-why-forward-only = a entrega só anda para a frente
order-why-cancelled = um pedido cancelado não muda mais; crie um pedido novo
order-why-completed = ele foi entregue e está concluído; registre um reembolso se precisar
link-why-paid-failed = pago: o provedor informou que falhou
link-why-paid-replaced = pago: ele foi substituído, então o valor precisa de uma pessoa
link-why-paid-twice = pago duas vezes
link-why-expired = expirado: ele não está ativo
link-why-failed = dado como falho: ele não está ativo
link-why-cancelled = cancelado: ele não está ativo
link-why-review-paid = mandado para revisão: ele já está pago
link-why-not-in-review = fechado: ele não está em revisão
doing-import-line = importar a linha { $line }
doing-import-stock = definir o estoque de { $sku } em { $target } (linha { $line }, coluna stock)
doing-stock-move = { $kind ->
    [receive] dar entrada de
    [adjust] ajustar em
   *[other] mover
} { $qty } de { $sku }
error-import-sku-case = linha { $line }, coluna sku: '{ $sku }' é '{ $catalog }' no catálogo (um SKU é o mesmo produto com maiúsculas ou minúsculas); escreva igual; nada foi importado
error-receive-range = não dá para dar entrada de { $qty } de { $sku }: a quantidade deve ficar entre 1 e { $max }
error-adjust-zero = ajustar { $sku } em 0 não muda nada
error-adjust-range = não dá para ajustar { $sku } em { $delta }: no máximo { $max } unidades de cada vez
error-adjust-reason = diga por que o estoque de { $sku } muda (o motivo fica no histórico)
error-reserved-beyond = só { $available ->
    [0] { $available } disponíveis
    [one] { $available } disponível
   *[other] { $available } disponíveis
} depois de contar as reservas dos pedidos abertos
error-unknown-sku = nenhum produto com o SKU '{ $sku }' (veja `orderdesk catalog list`)
error-import-cell = linha { $line }, coluna { $column }: { $why }; nada foi importado
error-import-header = não foi possível ler o cabeçalho do CSV: { $why }
error-import-unknown-column = coluna desconhecida (conhecidas: { $known })
error-import-missing-column = o cabeçalho não tem a coluna '{ $column }' (esperado: sku,name,variant,price,currency,stock); nada foi importado
error-import-cells = esperadas { $expected } células como no cabeçalho, há { $found }
error-import-not-utf8 = não é texto UTF-8; salve o arquivo como CSV UTF-8
error-import-line = linha { $line }: { $why }; nada foi importado
error-import-sku-control = '{ $sku }' tem um caractere de controle (um SKU é feito de letras, dígitos e sinais que se digitam)
error-import-not-sku = '{ $sku }' não é um SKU (1 a 64 caracteres, sem espaços)
error-import-sku-twice = { $sku } já aparece na linha { $first }
error-import-no-name = o nome está vazio
error-import-currency = { $currency } é diferente da moeda da loja, { $shop } (shop.currency na configuração)
error-import-negative-price = um preço não pode ser negativo
error-import-not-units = '{ $text }' não é um número inteiro de unidades
error-import-no-products = o CSV tem cabeçalho mas nenhum produto; nada foi importado
error-nothing-created = nada foi criado: { $why }
error-paste-no-customer = nenhuma mensagem de cliente no texto colado (só da própria loja, ou do sistema); nada foi criado
chat-created = rascunho do pedido #{ $number } criado para { $customer } ({ $items ->
    [0] { $items } itens
    [one] 1 item
   *[other] { $items } itens
})
chat-already-imported = o pedido de { $customer } já existe como #{ $number }
chat-skipped = { $customer } ficou de fora: { $why }
chat-skipped-no-customer = o texto colado não diz quem é o cliente (copie com os cabeçalhos das mensagens, ou use `order new`)
chat-skipped-no-products = nenhum produto do catálogo foi pedido
chat-note-says-paid = o cliente diz que pagou (sem valor informado)
chat-note-says-paid-amount = o cliente diz que pagou { $amount }
error-customer-no-name = um cliente precisa de um nome (como a loja o conhece)
error-same-customer = '{ $from }' e '{ $into }' são o mesmo cliente
error-no-customer-phone = nenhum cliente com o celular { $phone }
error-no-customer-name = nenhum cliente chamado '{ $name }'
error-customers-same-name = { $count } clientes se chamam '{ $name }': use o número de celular
error-unknown-customer = nenhum cliente chamado '{ $name }'{ $guesses ->
    [0] {""}
   *[other] {" "}(quis dizer { $close }?)
}; use um nome ou celular de `orderdesk customer list`, ou acrescente --new-customer para criar '{ $name }'
error-order-for-whom = diga para quem é o pedido: um número de celular ou um nome
error-demo-size = uma demonstração precisa de pelo menos um pedido e um cliente
error-demo-not-empty = { $path } já tem pedidos; a demonstração só preenche um banco vazio (use outro --db)
error-customer-gone = esse cliente não está mais no livro
error-no-review = o pedido #{ $number } não tem pagamento em revisão
error-link-cancelled = o pedido #{ $number } está cancelado; não recebe pagamentos
error-link-nothing-due = o pedido #{ $number } não tem nada a pagar; não precisa de link de pagamento
error-no-link-configured = nenhum link de pagamento configurado: defina payment_link.provider (fixed, template ou stripe) e a URL na configuração, ou use --provider
error-stripe-key = links do Stripe precisam da chave secreta em STRIPE_API_KEY (nunca é lida da configuração); defina-a e tente de novo
doing-read-amount = ler { $what ->
    [discount] o desconto
   *[delivery] a taxa de entrega
}
doing-order-step = { $verb ->
    [confirm] confirmar o pedido #{ $number }
    [cancel] cancelar o pedido #{ $number }
    [advance] avançar o pedido #{ $number }
    [note] mudar as observações do pedido #{ $number }
    [step-back] voltar o pedido #{ $number } à etapa anterior
    [reinstate] restabelecer o pedido #{ $number }
   *[edit] editar o pedido #{ $number }
}
error-edit-nothing = nada a mudar no pedido #{ $number } (use --item, --remove, --delivery, …)
error-no-such-line = o pedido #{ $number } não tem item com o SKU { $sku }
error-edit-same = o pedido #{ $number } já está assim; nada mudou
error-not-a-status = '{ $status }' não é uma situação; use open, uma situação do pedido ({ $lifecycles }), de entrega ({ $fulfilments }) ou de pagamento ({ $payments })
error-order-no-items = um pedido precisa de pelo menos um item (--item SKU:QTD)
error-chat-imported = esta conversa já foi importada como pedido #{ $number }; nada foi criado
error-empty-name = o nome do cliente está vazio: dê um nome ou deixe --name de fora
error-no-order = não existe o pedido #{ $number } (veja `orderdesk order list`)
error-negative-quantity = { $sku }: uma quantidade não pode ser negativa ({ $qty })
error-only-left = { $available ->
    [0] só restam { $available }
    [one] só resta 1
   *[other] só restam { $available }
} de '{ $product }' (pedidos: { $asked })
doing-read-the-amount = ler o valor
doing-refund-order = reembolsar o pedido #{ $number }
error-amount-currency = o valor está em { $found }, mas o pedido é em { $expected }
error-pay-cancelled = o pedido #{ $number } está cancelado: recebe reembolsos, não pagamentos
error-restock-not-shipped = não dá para devolver ao estoque o pedido #{ $number }: a mercadoria não saiu da loja; cancele o pedido para liberar o estoque e reembolse sem --restock
error-restocked-already = o pedido #{ $number } já voltou ao estoque; reembolse sem --restock
error-not-a-payment-id = '{ $given }' não é um id de pagamento (use o id mostrado por `orderdesk order show { $number }`)
error-no-such-payment = o pedido #{ $number } não tem o pagamento { $given }
error-payment-id-ambiguous = '{ $given }' corresponde a vários pagamentos do pedido #{ $number }; dê mais do id
error-no-link-to-remind = o pedido #{ $number } não tem link de pagamento em aberto para lembrar
error-reminder-not-due = nenhum lembrete do pedido #{ $number } está na hora; o passo { $step } cai em { $at }
error-no-reminder-left = o pedido #{ $number } não tem mais lembretes para enviar
error-reminder-not-the-one = o lembrete { $asked } do pedido #{ $number } não é o da vez; é o passo { $due }
error-reminder-template = reminders.template na configuração: { $why }
error-summary-template = templates.summary na configuração: { $why }
error-cannot-record = não dá para registrar { $amount } no pedido #{ $number }
error-day-no-start = { $day } não tem um começo válido neste fuso horário
error-day-out-of-range = { $day } está fora do intervalo
error-clipboard-not-book = a área de transferência é da tela, não do livro
error-export-io = não foi possível gravar { $path }: { $why }; nada foi gravado
error-export-full = não foi possível gravar { $path }: o disco está cheio; libere espaço (ou grave em outro lugar com --out) e tente de novo; nada foi gravado
error-store-open = não foi possível abrir o banco de dados em { $path }: { $reason }
error-store-not-a-database = { $path } não é um banco do orderdesk ou está danificado ({ $detail }); aponte --db para outro arquivo ou restaure uma cópia
error-store-foreign = { $path } é um banco SQLite de outro programa (tem tabelas, mas não as do orderdesk); nada foi mexido: aponte --db para outro arquivo
error-store-too-new = o banco foi gravado por um orderdesk mais novo (esquema { $found }, este conhece até { $known }); atualize o orderdesk
error-store-busy = o banco está ocupado: outro balcão ou comando o travou por mais de 5 segundos; tente de novo
error-store-read-only = o arquivo do banco é somente leitura; confira as permissões
error-store-read-only-folder = a pasta { $dir } é somente leitura: o livro precisa gravar seu diário (arquivos -wal e -shm) ao lado; libere a pasta para escrita ou mova o livro
error-store-full = o disco do banco de dados está cheio: nada mudou; libere espaço e tente de novo
error-store-in-use = { $path } está aberto num balcão ou comando (ou no webhook); feche todos e tente de novo
error-store-restoring = o livro está sendo restaurado de uma cópia; tente de novo daqui a pouco
error-store-connect = não foi possível conectar ao livro PostgreSQL em { $target }: { $reason }
error-store-backup-on-server = um livro PostgreSQL é copiado e restaurado com as ferramentas do próprio PostgreSQL: pg_dump -Fc (a URL) > livro.dump, e pg_restore para trazê-lo de volta
error-store-stale = { $what } foi alterado por outra pessoa enquanto isso; recarregue e tente de novo
error-store-reference-other-case = já há um pagamento registrado com essa referência (escrita com outras maiúsculas); o mesmo pagamento não conta duas vezes
error-store-reference-recorded = já há um { $kind } por { $method } com a referência '{ $reference }'; o mesmo pagamento não conta duas vezes
error-store-reference-reused = a referência dele já pagou outro pagamento; o aviso continua recusado
error-store-reference-taken = outro pagamento já tem a referência '{ $reference }'
error-store-event-received = o evento { $event } já foi recebido
error-store-row-imported = esta linha do relatório já foi importada
error-store-reminder-recorded = o lembrete { $step } já foi registrado como enviado
error-store-live-link = este pedido já tem um link de pagamento ativo (criado por outro balcão enquanto isso); recarregue e use esse
error-store-phone-taken = já existe um cliente com o celular { $phone }
what-the-payment = o pagamento
what-the-payment-link = o link de pagamento
what-order = o pedido #{ $number }
what-link-of-order = o link de pagamento do pedido #{ $number }
error-store-not-enough-stock = estoque insuficiente de { $sku }: { $available ->
    [0] { $available } disponíveis
    [one] { $available } disponível
   *[other] { $available } disponíveis
}, { $asked } pedidos
error-store-not-on-hand = não dá para despachar { $asked } de { $sku }: só { $on_hand } em estoque (o pedido foi confirmado além do estoque); dê entrada no estoque primeiro
error-store-beyond-ceiling = o livro recusou um valor acima do teto de qualquer moeda; confira o valor
error-store-overflow = uma soma no livro é grande demais para contar: um valor acima do teto foi gravado por um orderdesk antigo; restaure uma cópia anterior
error-store-incomplete = o livro está danificado: há { $counted } { $what ->
    [orders] pedidos
   *[other] { $what }
} nele, mas só { $read } puderam ser lidos, por isso a lista não é mostrada; restaure uma cópia (`orderdesk restore`)
error-provider-unreachable = não foi possível falar com { $what }: { $why }; confira a conexão e tente de novo
error-provider-refused = { $what } recusou o pedido (HTTP { $status }): { $message }
error-provider-bad-answer = { $what } respondeu algo inesperado: { $why }
desk-webhook-listening = recebendo webhooks do Stripe em { $address }
clipboard-over-ssh = via SSH, a área de transferência remota não é a desta tela
clipboard-no-answer = a tela não respondeu em meio segundo
clipboard-system = sem área de transferência do sistema ({ $detail })
clipboard-empty = a área de transferência está vazia
clipboard-refused = sem área de transferência aqui
error-backup-io = não foi possível gravar a cópia { $path }: { $why }; nada foi gravado
error-backup-full = não foi possível gravar a cópia { $path }: o disco está cheio; libere espaço ou faça a cópia em outro lugar com --to; nada foi gravado
error-backup-exists = { $path } já existe; escolha outro nome, ou uma pasta
error-backup-same-file = { $path } é o próprio livro; restaure a partir de uma cópia dele
error-config-read = não foi possível ler o arquivo de configuração { $path }: { $why }
error-config-invalid = o arquivo de configuração { $path } não é válido: { $why }
desk-undone = desfeito: { $what } (o histórico guarda os dois)
desk-copied-reminders = { $count ->
    [0] { $count } lembretes
    [one] 1 lembrete
   *[other] { $count } lembretes
} ({ $numbers }), cada um com o seu pedido no topo
doing-remember-shop-author = lembrar quem é a loja
doing-check-reference = conferir a referência '{ $reference }'
doing-undo = desfazer { $what }
doing-batch = agir sobre { $count ->
    [0] { $count } linhas marcadas
    [one] 1 linha marcada
   *[other] { $count } linhas marcadas
}
doing-send-reminders = enviar { $count ->
    [0] { $count } lembretes
    [one] 1 lembrete
   *[other] { $count } lembretes
}
undo-verify = a conferência do aviso no #{ $number }
undo-reject = a recusa do aviso no #{ $number }
undo-advance = o último avanço do #{ $number }
undo-cancel = o cancelamento do #{ $number }
undo-merge = a junção de dois clientes
key-half-a-page-down = meia página abaixo
key-half-a-page-up = meia página acima
key-go-to-an-order-pane-or-customer-or-do-an = ir a um pedido, painel ou cliente, ou fazer qualquer coisa pelo nome
key-undo-the-last-verify-reject-advance-canc = desfazer a última conferência, recusa, avanço, cancelamento ou junção
key-mark-the-row-a-then-moves-all-marked-to = marcar a linha (a depois passa todas as marcadas para embalando)
key-advance-packing-delivered = avançar: embalando → entregue
key-note-for-the-customer-in-the-summary = observação para o cliente (no resumo)
key-staff-note-never-in-the-summary = nota interna (nunca no resumo)
key-mark-a-claim-or-reminder-v-x-or-y-then-a = marcar um aviso ou lembrete (v, x ou y agem sobre todos os marcados)
key-type-the-quantity = digitar a quantidade
key-deliver-to-the-customers-last-address = entregar no último endereço do cliente
key-delivery-fee = taxa de entrega
key-discount = desconto
key-a-new-order-instead-of-updating-the-earl = um pedido novo em vez de atualizar o anterior
key-next-j-in-a-short-list = próximo (j numa lista curta)
key-previous-k-in-a-short-list = anterior (k numa lista curta)
key-complete-with-the-chosen-one = completar com o escolhido
context-this-screen = Esta tela
prompt-filter-payments = cliente, número do pedido, forma, referência ou situação ("informado")
review-left-some = { $what ->
    [edit] edição deixada
   *[review] revisão deixada
}: { $numbers } { $written ->
    [0] foram criados
    [one] foi criado
   *[other] foram criados
}; { $left ->
    [0] os outros { $left } rascunhos não foram gravados
    [one] o outro rascunho não foi gravado
   *[other] os outros { $left } rascunhos não foram gravados
}
confirm-leave-review = { $what ->
    [edit] Sair da edição? As mudanças não são salvas.
   *[review] Sair da revisão? As mudanças neste rascunho se perdem.
} y: sair · n: ficar
pane-marked-note = {" "}· { $count ->
    [0] { $count } marcados
    [one] 1 marcado
   *[other] { $count } marcados
}
pane-payments-no-match = Nenhum pagamento corresponde ao filtro (Esc limpa).
detail-staff-note = Nota interna: { $note }
detail-refunded = reembolsado { $amount }
detail-nothing-due = nada a pagar
detail-shop-owes = a loja deve devolver { $amount }
prompt-staff-note = Nota interna do #{ $number }
prompt-staff-note-hint = só para a loja: nunca no resumo
confirm-overpay = { $amount } é { $over } a mais do que os { $due } devidos no #{ $number }. Registrar { $amount }? y: sim, está certo · n: digitar o valor de novo
error-never-advanced = o pedido #{ $number } nunca avançou
error-never-cancelled = o pedido #{ $number } nunca foi cancelado
error-no-payment-of = o pedido #{ $number } não tem esse pagamento
error-nothing-to-undo = o pagamento { $id } do #{ $number } está { $state }: nada a desfazer
error-merge-not-last = essa junção não é a última neste cliente
error-merge-unreadable = o registro da junção no histórico está ilegível
error-no-link-made = nenhum link de pagamento foi criado
desk-nothing-to-undo = nada a desfazer nesta sessão
palette-title = Ir a ou fazer: nº do pedido, painel, cliente ou ação (Tab completa)
palette-order = pedido #{ $number }
palette-order-detail = abrir (e selecionar na fila)
palette-pane = painel { $pane }
palette-key = tecla { $key }
palette-customer = cliente { $name }
palette-not-here = essa ação não é para esta tela

## O balcão: ir a um pedido, quem é a loja num texto colado, linhas marcadas, desfazer,
## as taxas da revisão e um texto anterior da mesma conversa.

desk-jumped-to-closed = #{ $number } não está entre os pedidos abertos: entregues e cancelados aparecem também (t os esconde)
desk-author-is-shop = “{ $author }” é a loja daqui em diante; o texto colado é lido de novo
desk-author-is-customer = “{ $author }” é um cliente; não perguntaremos de novo
confirm-shop-author = “{ $author }” fala de preços como uma loja. “{ $author }” é você (a loja)? y: sim, ler as mensagens como da loja · n: não, é um cliente
reminders-head = — #{ $number } (lembrete { $step })
desk-batch-done = feito em { $done } de { $total }: { $numbers }
confirm-undo = Desfazer { $what }? O histórico guarda a ação e o desfazer.
flow-only-claims-marked = só avisos de pagamento e lembretes são marcados (Espaço)
flow-link-needs-confirm = #{ $number } é um rascunho: confirme antes (c), para reservar os itens antes que o cliente pague
confirm-pack-marked = Passar { $count ->
    [0] { $count } pedidos marcados
    [one] 1 pedido marcado
   *[other] { $count } pedidos marcados
} para embalando ({ $numbers })? Os que não puderem passar serão indicados.
confirm-verify-marked = O dinheiro { $count ->
    [0] dos { $count } avisos marcados
    [one] do aviso marcado
   *[other] dos { $count } avisos marcados
} chegou ({ $numbers })? Contam como pagos depois de conferidos.
confirm-reject-marked = Recusar { $count ->
    [0] { $count } avisos marcados
    [one] 1 aviso marcado
   *[other] { $count } avisos marcados
} ({ $numbers })? Eles não vão mais contar.
flow-refund-too-much = só { $paid } foi recebido e ainda não reembolsado: digite { $paid } ou menos
flow-adjust-held = só { $free } de { $sku } estão livres (o resto está reservado para pedidos abertos): pode baixar no máximo { $free }
flow-not-quantity = '{ $value }' não é uma quantidade (1 a { $most }); d remove a linha
flow-below-zero = { $amount } é menor que zero; digite 0 para nenhum
flow-reference-used = a referência '{ $reference }' já pagou { $same ->
    [yes] este pedido
   *[no] o pedido #{ $holder }
} por { $method }: digite a correta, ou deixe em branco
prompt-quantity = Quantidade
prompt-quantity-hint = da linha selecionada; Enter confirma
prompt-delivery-fee = Taxa de entrega
prompt-delivery-fee-hint = somada ao total; vazio ou 0 para nenhuma
prompt-discount = Desconto
prompt-discount-hint = tirado do total; vazio ou 0 para nenhum
review-last-address-used = entrega em { $address }, como da última vez
review-no-last-address = nenhum endereço salvo para este cliente: A digita um
review-new-instead = Enter cria um pedido novo; o #{ $number } fica como está
review-updates-instead = Enter atualiza o #{ $number }
review-continues = Continua o #{ $number } (um texto anterior desta conversa): Enter atualiza o #{ $number } com estas linhas (o: um pedido novo)
review-continues-new = Continua o #{ $number }, mas Enter cria um pedido novo (o: atualizar o #{ $number })
review-already-imported = Já importado como #{ $number }, sem nada novo desde então: Enter grava estas linhas no #{ $number }; Esc sai
review-delivery-fee = entrega { $amount }  (f muda)
review-discount = desconto -{ $amount }  (% muda)
picker-they-said = disse “{ $said }”
key-name-space = Espaço
order-why-not-further = ele não está tão adiantado
order-why-not-cancelled = só um pedido cancelado é restabelecido, como era
link-description = Pedido #{ $number } · { $shop }
link-session-not-expired = a sessão do Stripe substituída { $session } não pôde ser encerrada ({ $why }); um pagamento nela irá para revisão

## Os avisos do leitor de conversas sobre um rascunho.

draft-no-customer = o texto colado não diz quem é o cliente; escolha um antes de confirmar
draft-no-products = nenhum produto reconhecido nas mensagens deste cliente
draft-total-differs = a conversa diz { $chat }; estas linhas somam { $lines }
draft-foreign-claim = a mensagem { $source } fala de um pagamento em { $claimed }, mas a loja usa { $shop }
draft-removes-nothing = a mensagem { $source } tira algo que não estava no pedido
draft-claim-above-order = a mensagem { $source } diz que pagou { $claimed }, mais que este pedido ({ $order })
draft-gave-up = o cliente desistiu do pedido na mensagem { $source }
draft-empty-catalog = o catálogo está vazio: importe-o primeiro (orderdesk catalog import ARQUIVO.csv)
draft-ambiguous = qual { $product }? '{ $said }' serve para { $fits }

## O histórico do pedido: observações e desfazer, e as etapas como a vista do pedido as diz.

journal-notes-changed = observações alteradas
journal-advance-undone = avanço desfeito
journal-cancellation-undone = cancelamento desfeito
journal-payment-verification-undone = conferência do pagamento desfeita
journal-payment-rejection-undone = recusa do pagamento desfeita
journal-merge-undone = junção desfeita
journal-packing = passou para embalando
journal-ready = pronto para retirada ou para o entregador
journal-out-for-delivery = saiu para entrega
journal-delivered = entregue ao cliente

## `orderdesk setup`: as perguntas da primeira vez.

setup-welcome = Bem-vindo ao orderdesk. Quatro perguntas configuram sua loja (Enter aceita a [sugestão]).
setup-ask-name = O nome da sua loja, exatamente como aparece no WhatsApp
setup-name-empty = digite o nome que seus clientes veem nas suas mensagens
setup-ask-country = País dos celulares dos seus clientes (duas letras: BR, US, MX, DE, …)
setup-unknown-country = '{ $country }' não é um país que o orderdesk conhece; tente BR, PT, US, MX, DE
setup-ask-currency = Moeda, o código ISO 4217 ({ $codes } …)
setup-ask-language = Idioma do balcão e dos resumos que você envia (en, pt, es, de)
setup-unknown-language = '{ $language }' não é um idioma do orderdesk; digite en, pt, es ou de
setup-file-comment =
    Escrito por `orderdesk setup`. Todas as outras opções ficam no padrão:
    `orderdesk config --print-default` mostra todas.
setup-wrote = Gravado em { $path }
setup-next = Agora, seus produtos: orderdesk catalog import produtos.csv (colunas sku,name,variant,price,currency,stock)
setup-exists = { $path } já existe: edite-o, ou mova-o para responder às perguntas de novo
setup-no-answer = configuração interrompida: sem resposta (nada foi gravado)
setup-gave-up = configuração interrompida depois de três respostas que não deu para usar; nada foi gravado
setup-cannot-read = não foi possível ler a resposta: { $why }
setup-bad-config = a configuração gerou um arquivo inválido: { $why }
setup-cannot-create = não foi possível criar { $path }: { $why }
setup-cannot-write = não foi possível gravar { $path }: { $why }

## Prazos, o painel Hoje, apelidos aprendidos e `report day`

working-day = lendo o dia
desk-alias-learned = aprendido: “{ $phrase }” é { $sku } em todo texto colado daqui em diante
desk-deadline-set = #{ $number } vence { $deadline }: a fila o põe primeiro no dia
desk-deadline-cleared = #{ $number } está sem prazo agora
desk-reports-title = Relatórios de { $when }
desk-reports-note = Abra-os numa planilha; só você pode lê-los.
doing-count-orders = contar os pedidos que correspondem ao filtro
doing-learn-alias = aprender o que “{ $phrase }” quer dizer
doing-set-deadline = definir o prazo do #{ $number }
doing-load-day = ler { $when }
doing-list-figure = listar os pedidos por trás do número
pane-today = Hoje
context-today = Hoje (o dia fechado num relance)
key-deadline-due = quando vence (prazo)
key-deadline = prazo
key-today-pane = hoje: o dia fechado num relance
key-its-orders = ver os pedidos
key-earlier = antes
key-later = depois
key-back-to-today = hoje
key-span = dia/semana/mês
key-export-csv = exportar CSV
prompt-deadline = Prazo
prompt-deadline-of = Prazo do #{ $number }
prompt-deadline-hint = quando o cliente precisa: hoje, amanhã 18:00, sáb, 5/12 … (vazio: nenhum)
error-deadline-unreadable = não dá para ler '{ $text }' como prazo: escreva uma data (2026-12-05 ou 5/12), hoje, amanhã ou um dia da semana (sáb, sexta), se quiser com hora (18:00, 18h)
error-deadline-twice = '{ $text }' diz { $what ->
    [times] duas horas
   *[days] dois dias
}: dê só um
error-deadline-no-such-date = { $text } não é uma data do calendário
error-deadline-no-such-time = { $text } não é uma hora do dia (00:00 a 23:59)
error-deadline-past = o prazo { $deadline } já passou: dê um dia de hoje em diante
error-deadline-too-far = o prazo { $deadline } está a mais de um ano: confira o ano (ou deixe sem prazo)
deadline-by-time = { $day }, até { $time }
month-short = { $month ->
    [1] jan
    [2] fev
    [3] mar
    [4] abr
    [5] mai
    [6] jun
    [7] jul
    [8] ago
    [9] set
    [10] out
    [11] nov
   *[12] dez
}
month-long = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
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
pane-orders-searching = {" "}· ainda procurando…
pane-orders-searching-empty = Ainda procurando na fila pedidos que correspondem ao filtro…
pane-orders-pressing = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue } { $overdue ->
        [one] atrasado
       *[other] atrasados
    }
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today } para hoje
}
column-due = prazo
due-late = atraso
due-today = hoje
due-tomorrow = amanhã
review-due = Prazo:
review-due-from-chat = (lido da conversa; w muda)
review-due-w-changes = (w muda)
review-due-past = ! já passou:{" "}
review-due-today = » hoje:{" "}
review-due-none = sem prazo (w define um)
detail-due = Prazo:
detail-due-overdue = ! atrasado:
detail-due-today = » vence hoje:
today-title-today = Hoje · { $day }
today-title-yesterday = Ontem · { $day }
today-title-month = { $month } de { $year }
today-title-week = Semana · { $days }
today-days = { $from } – { $to } { $year }
today-days-one-month = { $from }–{ $to } { $year }
today-days-short = { $from } – { $to }
today-nothing-behind = nenhum pedido por trás de "{ $figure }"
today-orders-by-hour = pedidos por hora
today-money-by-hour = entradas por hora
today-orders-by-day = pedidos por dia
today-money-by-day = entradas por dia
today-money-by-method = entradas por forma
today-loading = lendo o dia…
today-payments = { $count ->
    [0] { $count } pagamentos
    [one] 1 pagamento
   *[other] { $count } pagamentos
}
today-refund-count = { $count ->
    [0] { $count } reembolsos
    [one] 1 reembolso
   *[other] { $count } reembolsos
}
today-open-now = Ainda em aberto agora
today-claims = Avisos a conferir
today-oldest = {" "}· mais antigo #{ $number }
today-unpaid = Saldos a receber
today-overdue = Atrasados
today-due = Vencem { $day }
today-low-stock = Estoque baixo
today-sold-out = Esgotados
today-happened = O que aconteceu
today-happened-period = O que aconteceu no período
today-taken = Pedidos recebidos
today-confirmed = Confirmados
today-delivered = Entregues
today-cancelled = Cancelados
today-received = Dinheiro recebido
today-refunds = Reembolsos
today-verified-by = { $who ->
    [provider] Conferido pelo provedor
    [report] Conferido por extrato
   *[person] Conferido por uma pessoa
}
today-speed = mediana { $median } · máx. { $slowest } (#{ $number })
today-none-paid = nenhum pedido pago por inteiro ainda
today-order-to-payment = Pedido → pagamento
today-no-confirmed = nenhum pedido confirmado
today-share-confirmed = { $share } de { $count } confirmados
today-paid-within-24h = Pagos em até 24 h
today-peak-none = nenhum
today-peak-hour = pico { $value } às { $hour }
today-peak-day = pico { $value } em { $day }
today-more = mais { $count }
today-nothing-received = nada recebido
today-list-first = {" "}· os primeiros { $shown } de { $total }
today-list-keys = Enter abre, Esc volta
today-stock-in-inventory = estoque: o painel Estoque marca baixos (! baixo) e esgotados
error-period-backwards = o período termina ({ $to }) antes de começar ({ $from })
error-period-too-long = { $from } a { $to } passa de { $most } dias: relate um ano no máximo
cli-check-deadline-gap = pedidos da posição { $rank } com prazo { $day } { $time }: guardado { $kept }, os pedidos dizem { $real }
cli-check-search = o texto que o filtro lê dos pedidos { $orders } não confere com eles
cli-check-words = o índice pelo qual o filtro encontra pedidos não confere com os pedidos { $orders }
cli-alias-row = { $phrase } → { $sku } aprendido por { $actor } em { $date }
cli-alias-none = nenhum apelido aprendido ainda: eles são aprendidos quando você escolhe o produto que o cliente quis dizer na revisão do texto colado, ou com `catalog alias add`
cli-alias-learned = aprendido: "{ $phrase }" quer dizer { $sku }
cli-alias-forgot = esquecido: "{ $phrase }" (era { $sku })
cli-order-due = Prazo: { $deadline } ({ $date })
cli-order-line-due = {"  "}prazo { $date }
report-orders = Pedidos
report-money-in = Entradas
report-refunds = Reembolsos
report-verified = Conferido
report-paid = Pago
report-claims = Avisos
report-unpaid = A receber
report-overdue = Atrasados
report-due = Vencem { $day }
report-low-stock = Estoque baixo
report-sold-out = Esgotados
report-orders-line = { $taken ->
    [0] { $taken } recebidos
    [one] 1 recebido
   *[other] { $taken } recebidos
} ({ $amount }) · { $confirmed ->
    [0] { $confirmed } confirmados
    [one] 1 confirmado
   *[other] { $confirmed } confirmados
} · { $delivered ->
    [0] { $delivered } entregues
    [one] 1 entregue
   *[other] { $delivered } entregues
} · { $cancelled ->
    [0] { $cancelled } cancelados
    [one] 1 cancelado
   *[other] { $cancelled } cancelados
}
report-money-line = { $amount } em { $count ->
    [0] { $count } pagamentos
    [one] 1 pagamento
   *[other] { $count } pagamentos
}{ $methods }
report-verified-by = { $who ->
    [provider] pelo provedor
    [report] por extrato
   *[person] por uma pessoa
} { $count } ({ $amount })
report-median-minutes = mediana { $minutes } min
report-median = mediana { $time }
report-none-paid = nenhum pedido pago por inteiro ainda
report-slowest = , mais lento { $time } (#{ $number })
report-share = ; { $share } de { $count } confirmados pagos em até 24 h
report-still-open = Ainda em aberto agora
report-oldest-unpaid = mais antigo #{ $number } de { $day }, deve { $amount }
report-stock-none = nenhum
report-stock-left = { $sku } (restam { $left })
error-alias-no-words = '{ $phrase }' não tem palavras para aprender: um apelido é o que os clientes escrevem para o produto, como "bálsamo"; nada foi alterado
error-alias-too-long = um apelido tem no máximo { $most } caracteres de texto simples; nada foi alterado
error-alias-no-product = não há produto { $sku } no catálogo (veja `orderdesk catalog list`); nada foi alterado
error-alias-unknown = não há apelido aprendido '{ $phrase }' (veja `orderdesk catalog alias list`); nada foi alterado
journal-deadline-changed = prazo alterado
journal-alias-learned = apelido aprendido
journal-alias-forgotten = apelido esquecido

## Por que um pagamento foi para revisão manual (guardado como código, escrito ao ler).
review-wrong-order = o pagamento { $payment } indica o pedido #{ $named }, mas o link dele é do #{ $number }
review-unknown-currency = o pagamento { $payment } de { $amount } { $currency } está numa moeda que o balcão não conhece
review-too-large = pagamento { $payment }: { $why }
review-link-amount = pagamento { $payment } de { $paid } não confere com o link, que pedia { $asked }
review-replaced-link = o pagamento { $payment } de { $paid } pagou um link que foi substituído; o saldo mudou desde então
review-link-closed = pagamento { $payment } de { $paid }: { $why }
review-order-currency = o pagamento { $payment } está em { $paid }, mas o pedido #{ $number } está em { $currency }
review-cancelled-order = o pagamento { $payment } de { $paid } chegou para um pedido cancelado; devolva o dinheiro ou reabra a venda
review-more-than-owed = o pagamento { $payment } de { $paid } é mais do que o pedido #{ $number } deve ({ $owes })
review-rejected-claim = um aviso recusado tem a referência '{ $reference }'; confira se o dinheiro entrou
review-row-unknown-currency = a moeda '{ $currency }' não é a do pedido ({ $order })
review-row-currency = a linha está em { $currency }, mas o pedido #{ $number } está em { $order }
review-row-cancelled = o pedido #{ $number } está cancelado; devolva o dinheiro ou reabra a venda à mão
review-row-more-than-owed = o pedido #{ $number } deve { $owes }, mas a linha pagou { $paid }
review-claim-other-order = o aviso que ela confirma é de outro pedido

## Uma importação de pagamentos, linha a linha.
row-not-paid = a situação '{ $status }' não é dinheiro recebido
row-imported-before = já importada antes ({ $outcome })
row-no-such-order = o livro não tem o pedido #{ $number }
row-names-no-order = a linha não indica pedido (nem número de pedido, nem id conhecido)
row-already-in-book = o pagamento já está no livro
row-matches-hand-verified = confere com um pagamento já verificado à mão; nada foi duplicado
row-verifies-claim = confirma o aviso do cliente ({ $source }, linha { $line })
row-recorded = registrado como pagamento { $method } verificado
row-currency-unknown = a moeda do valor é desconhecida
row-claim-without-row = o aviso do cliente de { $amount } ({ $method }) não tem linha neste extrato
cli-import-row = linha { $line }: { $outcome }, { $detail }
cli-import-claim = #{ $number }: { $outcome }, { $detail }

## Por que o webhook recusou um pedido HTTP.
webhook-head-too-large = o cabeçalho da requisição passa de 16 KiB
webhook-head-too-slow = a requisição demorou demais para chegar
webhook-not-http = não é uma linha de requisição HTTP
webhook-http-version = aqui só se fala HTTP/1.x
webhook-header-no-colon = uma linha de cabeçalho sem dois-pontos
webhook-needs-length = envie o corpo com um Content-Length
webhook-length-not-number = o Content-Length não é um número
webhook-body-too-large = o corpo passa de { $max } bytes
webhook-body-too-slow = o corpo demorou demais para chegar
webhook-busy = conexões demais; tente de novo
webhook-no-endpoint = não existe o endereço { $path }; a Stripe envia para { $expected }
webhook-post-only = { $path } só aceita POST
webhook-bad-signature = assinatura inválida: { $why }; nada foi guardado
webhook-malformed = evento malformado: { $why }; nada foi guardado
webhook-not-stored-retry = { $event } não foi guardado, tente de novo: { $why }
webhook-not-stored = { $event } não foi guardado: { $why }
signature-missing = falta o cabeçalho Stripe-Signature
signature-no-timestamp = o cabeçalho Stripe-Signature não tem um horário válido (t=)
signature-no-v1 = o cabeçalho Stripe-Signature não tem assinatura v1
signature-stale = a assinatura está a { $age } s de agora; a tolerância é de { $tolerance } s
signature-mismatch = nenhuma assinatura v1 confere com o corpo e o segredo
signature-no-secret = o segredo do webhook está vazio
event-not-json = o corpo não é JSON: { $why }
event-missing = falta { $what } no evento
event-shape = { $kind } no evento não tem a forma que a Stripe envia: { $why }

## Por que um link de pagamento deixou de valer (guardado como código, redigido ao ler).
link-note-provider-failed = o provedor informou que o pagamento falhou
link-note-provider-expired = o provedor expirou a sessão sem pagamento
link-note-paid-otherwise = o pedido foi pago de outra forma
link-note-order-cancelled = o pedido foi cancelado
link-note-ran-out = venceu sem pagamento
link-note-renewed = venceu; renovado
link-note-replaced = substituído por um novo link { $provider }
link-note-rebalanced = substituído: o saldo agora é { $balance }
link-note-review-closed = revisão encerrada por { $actor }

## O que um evento ou uma consulta ao provedor fez.
event-no-payment-needed = a sessão { $session } não precisava de pagamento
event-still-processing = o pagamento ainda está em processamento
event-not-paid-yet = o cliente ainda não pagou
event-unknown-status = a sessão { $session } tem um status desconhecido '{ $status }'
event-session-no-amount = a sessão { $session } está paga, mas não traz valor nem moeda
event-payment-no-order = o pagamento { $payment } não indica um pedido deste balcão
event-payment-no-amount = o pagamento { $payment } não traz valor nem moeda
event-type-unused = o evento do tipo { $kind } não é usado pelo balcão
event-payment-unknown-order = o pagamento { $payment } não indica nenhum pedido deste livro
event-payment-recorded-before = o pagamento { $payment } já está registrado
event-paid-for = { $amount } do pedido #{ $number }
event-session-unknown = a sessão { $session } não é um link deste livro
event-session-already = a sessão { $session } já está { $state }
event-session-now = sessão { $session }: { $state }
event-expired-unpaid = vencida sem pagamento
event-seen-before = já vista antes
reminder-not-cancelled = o pedido não foi cancelado: { $why }

## The name of a shop that never said its own.
shop-default-name = Minha Loja

## O que há de errado num extrato de pagamentos ou nas opções --map.
report-map-shape = --map '{ $spec }' deve ser COLUNA=CAMPO, por exemplo --map "ID da transação=reference"
report-map-unknown-field = --map '{ $spec }': '{ $field }' não é um campo (campos: { $fields })
report-map-no-column = --map '{ $spec }' não indica coluna
report-map-twice = --map indica o campo '{ $field }' duas vezes
report-map-missing-column = --map indica a coluna '{ $column }', que o arquivo não tem (colunas: { $columns })
report-not-stripe = o arquivo não tem a coluna '{ $what }', então não é uma exportação de pagamentos do Stripe (colunas: { $columns }); exporte os pagamentos pelo painel do Stripe, ou use --format mapped com --map
report-mapped-needs-map = --format mapped precisa de --map COLUNA=CAMPO para as colunas a ler, no mínimo amount (campos: { $fields }; colunas do arquivo: { $columns })
report-mapped-needs-amount = --format mapped precisa de --map COLUNA=amount
report-no-header = o arquivo está vazio: não tem linha de cabeçalho
report-row = linha { $line }: { $why }
report-row-fields = ela tem { $len } campos, mas o cabeçalho tem { $expected }
report-row-no-id = a coluna id está vazia; todo pagamento do Stripe tem um id
report-row-empty-cell = a coluna { $column } está vazia
report-row-amount = a coluna { $column }: { $why }
report-row-order = a coluna { $column }: '{ $text }' não é um número de pedido
report-not-csv = o arquivo não é um CSV legível: { $why }
report-empty = o arquivo tem cabeçalho, mas nenhuma linha
report-amount-empty = o valor está vazio

## Starting the webhook endpoint.
webhook-cannot-listen = não foi possível escutar em '{ $listen }': { $why }
webhook-no-secret = { $var } não está definida; defina-a com o segredo de assinatura do endpoint (whsec_…) do painel do Stripe ou do `stripe listen`
webhook-cannot-open = não foi possível abrir o banco de dados para o webhook: { $why }
hook-cannot-run = não foi possível executar o comando on_payment '{ $program }': { $why }

## A ajuda da linha de comando (`--help`) e o que ela diz de um comando mal digitado. Opções,
## comandos e os valores que aceitam (pix, packing, stripe…) são os mesmos em todo idioma.
cli-help-usage = Uso
cli-help-commands = Comandos
cli-help-arguments = Argumentos
cli-help-options = Opções
cli-help-values = {" "}[valores possíveis: { $values }]
cli-help-default = {" "}[padrão: { $value }]
cli-help-env = {" "}[variável de ambiente: { $name }]
cli-arg-help = Mostra a ajuda
cli-arg-help-more = Mostra a ajuda (mais detalhes com '--help')
cli-arg-help-summary = Mostra a ajuda (um resumo com '-h')
cli-arg-version = Mostra a versão
cli-about-help = Mostra esta ajuda ou a ajuda do comando dado
cli-usage-unknown-argument = argumento inesperado '{ $arg }'
cli-usage-unknown-command = comando desconhecido '{ $name }'
cli-usage-missing-value = '{ $arg }' precisa de um valor, e nenhum foi dado
cli-usage-invalid-value = '{ $value }' não é um valor válido para '{ $arg }'
cli-usage-invalid-value-why = '{ $value }' não é um valor válido para '{ $arg }': { $why }
cli-usage-missing-arguments = faltam estes argumentos obrigatórios:
    {"  "}{ $args }
cli-usage-missing-command = '{ $name }' precisa de um comando depois
cli-usage-repeated = '{ $arg }' só pode ser dado uma vez
cli-usage-conflict = '{ $arg }' não pode ser usado junto com '{ $other }'
cli-usage-conflict-any = '{ $arg }' não pode ser usado junto com os outros argumentos dados
cli-usage-no-equals = '{ $arg }' precisa do valor depois de um sinal de igual (--opcao=valor)
cli-usage-too-many = valor inesperado '{ $value }' para '{ $arg }': não se esperava mais nenhum
cli-usage-how-many = '{ $arg }' precisa de { $expected } valores; foram dados { $given }
cli-usage-not-utf8 = a linha de comando não é texto UTF-8 válido
cli-usage-unreadable = não foi possível ler a linha de comando
cli-usage-valid-values = [valores possíveis: { $values }]
cli-usage-valid-commands = [comandos: { $names }]
cli-usage-tip = dica: { $tip }
cli-usage-tip-similar = existe um parecido: '{ $names }'
cli-usage-tip-dashes = para passar '{ $value }' como valor, escreva '{ $dashed }'
cli-usage-tip-no-dashes = o comando '{ $name }' existe; para usá-lo, tire o '--' antes dele
cli-usage-more = Para saber mais, use '--help'.
cli-usage-not-a-number = não é um número inteiro
cli-usage-not-a-date = não é uma data: escreva AAAA-MM-DD, p. ex. 2026-03-05
cli-usage-not-a-month = '{ $text }' não é um mês: escreva AAAA-MM, p. ex. 2026-03
cli-value-command = COMANDO
cli-value-options = OPÇÕES
cli-value-path = CAMINHO
cli-value-phone-or-name = CELULAR_OU_NOME
cli-value-sku-qty = SKU:QTD
cli-value-amount = VALOR
cli-value-when = QUANDO
cli-value-sku = SKU
cli-value-text = TEXTO
cli-value-ref = REF
cli-value-column-field = COLUNA=CAMPO
cli-value-report-csv = RELATÓRIO.csv
cli-value-name = NOME
cli-value-dir = PASTA
cli-value-yyyy-mm-dd = AAAA-MM-DD
cli-value-yyyy-mm = AAAA-MM
cli-value-addr = ENDEREÇO:PORTA
cli-value-orders = PEDIDOS
cli-value-customers = CLIENTES
cli-value-language = IDIOMA
cli-value-file = ARQUIVO
cli-value-filter = FILTRO
cli-value-phrase = FRASE
cli-value-qty = QTD
cli-value-note = OBS
cli-value-delta = DIFERENÇA
cli-value-reason = MOTIVO
cli-value-limit = LIMITE
cli-value-phone = CELULAR
cli-value-address = ENDEREÇO
cli-value-from = DE
cli-value-into = PARA
cli-value-number = NÚMERO
cli-value-payment-id = ID_PAGAMENTO
cli-value-method = FORMA
cli-value-proof = COMPROVANTE
cli-value-to = ETAPA
cli-value-status = SITUAÇÃO
cli-value-due = PRAZO
cli-value-provider = PROVEDOR
cli-value-format = FORMATO
cli-value-step = PASSO
cli-about = Um balcão de pedidos pelo teclado para lojas que vendem pelo WhatsApp
cli-long-about =
    Um balcão de pedidos pelo teclado para lojas que vendem pelo WhatsApp.

    Sem comando, abre o balcão no banco de dados. Todo comando trabalha no mesmo livro;
    acrescente --json quando um script quiser dados. Códigos de saída: 0 ok, 1 o que você
    digitou precisa de correção (nada foi alterado), 2 um erro interno.
cli-arg-db = O arquivo do banco de dados [padrão: a pasta de dados do sistema, veja `orderdesk paths`]
cli-arg-config = O arquivo de configuração (TOML) [padrão: a pasta de configuração do sistema]
cli-arg-demo = Usa o banco da loja de demonstração (preenchido no primeiro uso); vale mais que --db e ORDERDESK_DB
cli-arg-json = Imprime JSON (para scripts)
cli-arg-number = O número do pedido (1042)
cli-arg-file = O arquivo a ler
cli-arg-sku = O SKU do produto
cli-arg-note = Uma observação
cli-arg-address = O endereço de entrega
cli-arg-delivery = Taxa de entrega, p. ex. 10 ou "R$ 10,00"
cli-arg-discount = Desconto, p. ex. 5 ou "R$ 5,00"
cli-arg-limit = Mostra no máximo esta quantidade
cli-arg-shop = Um autor do chat que é a loja (repetível; soma-se a shop.names da configuração)
cli-arg-reference = Referência do banco, do Pix ou do cartão
cli-arg-date = O dia [padrão: hoje]
cli-arg-from = O primeiro dia de um período (com --to)
cli-arg-to = O último dia do período (com --from)
cli-arg-week = A semana (segunda a domingo) que contém este dia
cli-arg-month = Um mês do calendário
cli-about-catalog = O catálogo de produtos
cli-about-catalog-import = Adiciona ou atualiza produtos a partir de um arquivo CSV (cabeçalho: sku,name,variant,price,currency,stock; opcionais: aliases,low_stock)
cli-arg-catalog-import-file = O arquivo CSV
cli-about-catalog-list = Lista os produtos com o estoque
cli-arg-catalog-list-filter = Só SKUs, nomes, variantes ou apelidos que contenham isto
cli-about-catalog-alias = As palavras que os clientes usam para os produtos, aprendidas na revisão da colagem
cli-about-catalog-alias-list = Lista os apelidos aprendidos
cli-about-catalog-alias-add = Ensina que FRASE quer dizer o produto SKU ("bálsamo" BALM-ROSE)
cli-arg-catalog-alias-add-phrase = A palavra ou as palavras dos clientes
cli-about-catalog-alias-remove = Esquece um apelido aprendido
cli-arg-catalog-alias-remove-phrase = A palavra ou as palavras aprendidas
cli-about-stock = Estoque: receber, ajustar, conferir o livro de movimentos
cli-about-stock-receive = Chegou mercadoria: soma QTD ao estoque físico
cli-arg-stock-receive-qty = Quantas unidades chegaram
cli-about-stock-adjust = Corrige a contagem depois de contar: +N ou -N unidades, com um motivo
cli-arg-stock-adjust-delta = Unidades a somar (+N) ou a tirar (-N)
cli-arg-stock-adjust-reason = Por que a contagem mudou ("contagem", "quebrado")
cli-about-stock-check = Confere que os contadores de cada produto batem com o seu livro de movimentos
cli-about-customer = Clientes, lembrados pelo número do celular
cli-about-customer-list = Lista os clientes com seus pedidos, valor total e saldo em aberto
cli-about-customer-add = Cadastra um cliente (ou mostra o que já tem esse celular)
cli-arg-customer-add-name = O nome do cliente
cli-arg-customer-add-phone = O número do celular (sem "+", do país da loja)
cli-about-customer-merge = Junta o duplicado DE em PARA (celulares ou nomes únicos); os pedidos de DE passam para PARA
cli-arg-customer-merge-from = O duplicado, que deixa de existir
cli-arg-customer-merge-into = O cliente que fica
cli-about-order = Pedidos: criar, editar, confirmar, pagar, avançar, cancelar, mostrar
cli-arg-order-json = Imprime o pedido em JSON
cli-arg-order-list-json = Imprime JSON (para scripts)
cli-about-order-new = Cria um pedido em rascunho
cli-arg-order-new-customer = O celular ou o nome do cliente (um celular novo cadastra o cliente)
cli-arg-order-new-name = O nome de um cliente novo cadastrado a partir do celular
cli-arg-order-new-new_customer = Cadastra o cliente quando ninguém no livro tem este nome (sem isto, um nome desconhecido é recusado com os mais parecidos: um erro de digitação nunca cria um segundo cliente)
cli-arg-order-new-items = SKU:QTD, repetível
cli-arg-order-new-note = A observação que o cliente lê no resumo
cli-arg-order-new-deadline = Quando o cliente precisa: 2026-12-05, "2026-12-05 18:00", 5/12, hoje, amanhã, um dia da semana (sáb, sexta, viernes, Freitag), com ou sem hora (18:00, 6pm, 18h)
cli-about-order-edit = Muda itens, taxas ou endereço; depois da confirmação isto cria uma nova versão
cli-arg-order-edit-items = Define a quantidade do SKU (acrescenta o item se for novo), repetível
cli-arg-order-edit-remove = Tira o item com este SKU, repetível
cli-arg-order-edit-note = A observação que o cliente lê no resumo (só uma observação não cria nova versão)
cli-arg-order-edit-deadline = Define o prazo (como em `order new --deadline`)
cli-arg-order-edit-no_deadline = Tira o prazo
cli-arg-order-edit-staff_note = Uma observação só para a equipe, nunca no resumo
cli-about-order-confirm = Confirma um rascunho: confere e reserva o estoque
cli-arg-order-confirm-oversell = Confirma mesmo sem estoque suficiente (registrado como venda acima do estoque no livro)
cli-about-order-pay = Registra um pagamento (conferido) ou, com --claimed, o que o cliente diz ter enviado
cli-arg-order-pay-amount = Quanto, do jeito que se escreve: 180, 49.90, "R$ 49,90", 1.234,56
cli-arg-order-pay-method = Como foi pago
cli-arg-order-pay-reference = Referência do banco, do Pix ou do cartão; a mesma referência não paga duas vezes
cli-arg-order-pay-claimed = O cliente diz que pagou; conta quando for conferido
cli-arg-order-pay-proof = O que enviou como comprovante ("print 14:02")
cli-about-order-verify = Confirma um pagamento informado (o dinheiro chegou)
cli-arg-payment_id = O id do pagamento (`order show` lista)
cli-about-order-reject = Recusa um pagamento informado (o dinheiro não chegou)
cli-about-order-refund = Devolve dinheiro; --restock devolve ao estoque a mercadoria enviada
cli-arg-order-refund-amount = Quanto volta
cli-arg-order-refund-restock = Devolve a mercadoria ao estoque
cli-arg-order-refund-method = Como o dinheiro volta [padrão: a forma do último pagamento]
cli-about-order-advance = Avança a entrega: packing (embalando), ready (pronto), out_for_delivery (saiu para entrega), delivered (entregue)
cli-arg-order-advance-to = A etapa para a qual o pedido avança
cli-about-order-cancel = Cancela um pedido e libera o estoque
cli-about-order-show = Mostra um pedido com itens, pagamentos e histórico
cli-about-order-list = Lista os pedidos; --status aceita open, uma situação, uma etapa ou uma situação de pagamento
cli-arg-order-list-status = open (abertos), uma situação (draft, confirmed…), uma etapa (packing…) ou uma situação de pagamento (unpaid, claimed…)
cli-arg-order-list-due = Só pedidos ainda não entregues com prazo hoje (today), amanhã (tomorrow) ou vencido (overdue), no horário local
cli-about-order-summary = Imprime o resumo do pedido para colar no chat
cli-arg-order-summary-copy = Também copia para a área de transferência
cli-about-order-link = O link de pagamento vigente do pedido para o saldo: criado, ou devolvido se ainda serve
cli-arg-order-link-provider = Usa este provedor em vez do configurado
cli-arg-order-link-json = Imprime {"{"}"url","provider","state","amount","currency","expires_at"{"}"}
cli-about-report = Relatórios CSV para o dono
cli-about-report-daily = Pedidos, pagamentos e um resumo de um dia (ou de uma semana, um mês, um período), em arquivos CSV; um período de vários dias acrescenta days-DE_ATÉ.csv, o resumo de cada dia
cli-arg-report-daily-out = A pasta dos arquivos
cli-arg-report-daily-bom = Começa cada arquivo com uma marca de ordem de bytes (para o Excel)
cli-about-report-day = O resumo do dia para uma pessoa ou um script: pedidos feitos, confirmados, entregues, cancelados; dinheiro por forma, reembolsos, quem conferiu; tempos de pagamento; e o que ainda está aberto agora (pagamentos a conferir, saldos, prazos, estoque)
cli-arg-report-day-json = Imprime JSON (valores como texto decimal ao lado de "currency")
cli-about-chat = Texto colado do WhatsApp: separar em mensagens, ler como pedidos em rascunho, importar
cli-about-chat-parse = Separa uma exportação do WhatsApp ou mensagens copiadas em mensagens
cli-arg-chat-file = O arquivo de texto; - ou nada lê a entrada padrão
cli-about-chat-draft = Lê o chat como pedidos em rascunho contra o catálogo (não grava nada)
cli-about-chat-import = Cria pedidos em rascunho (e clientes novos) a partir do chat; imprime os números
cli-about-payments = Pagamentos conferidos: perguntar à Stripe pelos links pendentes, importar um relatório do provedor ou do banco
cli-about-payments-sync = Pergunta à Stripe por cada link pendente e depois expira os links vencidos
cli-about-payments-import = Concilia um relatório do provedor ou do banco (CSV) com o livro; grava um CSV de conciliação
cli-arg-payments-import-file = O relatório (CSV)
cli-arg-payments-import-format = stripe: a exportação de pagamentos da Stripe; mapped: qualquer CSV, com --map dizendo as colunas
cli-arg-payments-import-map = COLUNA=CAMPO, repetível; campos: reference, amount, currency, order_no, status, description
cli-arg-payments-import-out = Onde gravar a conciliação [padrão: o nome do ARQUIVO + .reconciliation.csv, aqui]
cli-about-reminders = Lembretes de pagamento para links não pagos
cli-about-reminders-due = Lembretes vencidos agora, com o texto para copiar
cli-about-reminders-sent = Registra como enviado o lembrete vencido de um pedido (depois de copiá-lo); imprime o texto
cli-arg-reminders-sent-step = O passo enviado (conferido com o que está vencido)
cli-about-webhook = Recebe os webhooks da Stripe
cli-about-webhook-serve = Escuta os eventos da Stripe em POST /webhooks/stripe até Ctrl-C (segredo em STRIPE_WEBHOOK_SECRET)
cli-arg-webhook-serve-listen = Endereço e porta, p. ex. 127.0.0.1:8787
cli-about-setup = Configura a loja: o nome como aparece no WhatsApp, país, moeda e idioma, gravados num arquivo de configuração novo (o balcão pergunta o mesmo na primeira vez)
cli-about-demo = Preenche um banco com uma loja de demonstração verossímil
cli-arg-demo-orders = Quantos pedidos, espalhados pelos últimos 7 dias
cli-arg-demo-customers = Quantos clientes
cli-arg-demo-language = O idioma e o tipo da loja de demonstração: en (uma loja dos EUA em dólares), pt (uma loja brasileira em reais), es (uma loja mexicana em pesos), de (uma loja alemã em euros) [padrão: o idioma da loja, senão LANG]
cli-about-backup = Faz agora uma cópia de segurança do livro: conferida, só do dono, com a data no nome (uma diária é feita sozinha no primeiro uso; veja `backup.keep` na configuração)
cli-arg-backup-to = Uma pasta (o nome com data vai dentro) ou um arquivo novo [padrão: a pasta de cópias, veja `orderdesk paths`]
cli-about-restore = Põe uma cópia de segurança no lugar do livro (feche todos os balcões antes); o livro substituído fica guardado na pasta de cópias
cli-arg-restore-path = O arquivo da cópia
cli-about-paths = Mostra onde estão o banco de dados, o arquivo de configuração e as cópias
cli-about-config = Mostra a configuração
cli-arg-config-print_default = Imprime o arquivo de configuração padrão, com comentários

## O que está errado no arquivo de configuração: onde, e o que escrever no lugar. O nome de
## uma configuração e os valores que ela aceita são palavras do próprio arquivo.
config-at = linha { $line }, coluna { $column }: { $what }
config-unknown-key = `{ $key }` não é uma configuração que o orderdesk conhece (aqui ele conhece: { $known }); confira a grafia ou veja `orderdesk config --print-default`
config-not-one-of = `{ $setting }` não pode ser { $value }: escreva um destes: { $choices }
config-wrong-type = `{ $setting }` deve ser { $expected }, não { $value }
config-not-toml = isto não é TOML que o orderdesk consiga ler ({ $detail }); confira as aspas, os colchetes e o `=` dessa linha
config-kind-text = um texto entre aspas, como "Loja Azul"
config-kind-yes-no = true ou false
config-kind-list = uma lista entre colchetes, como [2, 24, 48]
config-kind-count = um número inteiro, 0 ou mais
config-kind-number = um número inteiro, como 48
config-kind-table = uma tabela de configurações
config-kind-other = um valor de outro tipo
config-setting = `{ $setting }`: { $why }
config-unknown-country = `shop.country` '{ $country }' não é um código de país de duas letras que o orderdesk conheça; escreva um como "BR", "PT", "MX", "DE" ou "US"
config-at-least = `{ $setting }` deve ser pelo menos { $min }
config-between = `{ $setting }` deve ficar entre { $min } e { $max }
config-bad-url = `{ $setting }` '{ $url }' não é um endereço web: escreva-o inteiro, começando com https://, sem espaços
config-provider-needs = `payment_link.provider` é "{ $provider }", mas `{ $setting }` está vazio: preencha-o ou escolha outro provedor
config-product-needs-url = um link "{ $provider }" precisa da sua `url`
config-reminder-hours = `reminders.hours` devem ser horas depois de o link ser criado, cada uma entre 1 e 8760 e maior que a anterior, p. ex. [2, 24, 48]
config-listen = `webhook.listen` deve ser um endereço e uma porta como "127.0.0.1:8787", não "{ $listen }"
config-no-link = nenhum link { $provider } está configurado: defina `{ $setting }` na configuração
config-default-file =
    # Configuração do orderdesk. Todo campo é opcional; estes são os valores padrão.
    # shop.currency: o código ISO 4217, como { $currencies }
    # shop.language: en, pt, pt-BR, pt-PT, es, es-MX, de (resumos, lembretes, o balcão); vazio: inglês para os clientes, LANG para a equipe
    # desk.language: o idioma da equipe quando é outro que o da loja
    # shop.names: autores do chat que são a loja, p. ex. ["Loja Azul", "Ana"]
    # templates.summary, campos: { $summary_fields }
    # payment_link.url_template, campos: { $link_fields }
    # payment_link.provider: fixed, template ou stripe (a chave da Stripe vem de STRIPE_API_KEY, nunca deste arquivo); on_expiry: keep ou release
    # payment_link.products: links por SKU, p. ex. "GIFT-CARD" = {"{"} provider = "fixed", url = "https://…" {"}"}
    # reminders.template, campos: { $reminder_fields }
    # webhook.listen: p. ex. "127.0.0.1:8787" para receber os webhooks da Stripe dentro do balcão (segredo em STRIPE_WEBHOOK_SECRET)
    # hooks.on_payment: um programa executado a cada pagamento conferido, com ORDERDESK_ORDER_NO, ORDERDESK_AMOUNT, ORDERDESK_CURRENCY no ambiente
    # backup.keep: cópias diárias guardadas na pasta de cópias (`orderdesk paths`); 0: nenhuma
    # db.url: o livro quando --db e ORDERDESK_DB não dizem nada: um arquivo, ou postgres://USUARIO@HOST/BANCO (a senha em PGPASSWORD)
