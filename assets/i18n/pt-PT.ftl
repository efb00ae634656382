# orderdesk, português de Portugal: só o que difere do Brasil (pt.ftl).

summary-template =
    {"*"}{ $shop }* · Encomenda #{ $order_no }{ $revision }
    { $quote }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Entrega: { $delivery }
    Desconto: -{ $discount }
    {"*"}Total: { $total }*
    Pago: { $paid }
    Reembolsado: { $refunded }
    Pagamento enviado, em verificação: { $claimed }
    Em falta: { $balance }
    Morada de entrega: { $address }
    Pague aqui: { $link }
    Link válido até { $expires }
    Obs.: { $notes }
reminder-template =
    Olá { $customer }! Um lembrete da { $shop }: a encomenda #{ $order_no } aguarda pagamento ({ $amount }).
    Pague aqui: { $link }
    Link válido até { $expires }

count-orders = { $count ->
    [one] { $count } encomenda
   *[other] { $count } encomendas
}
name-Fulfilment-packing = a embalar
name-Fulfilment-out_for_delivery = em distribuição
name-Method-pix = MB Way
name-Outcome-recorded = registado
name-Outcome-already_recorded = já registado
name-MoveKind-release = libertação
label-claim-to-verify = confirmar pgto
label-deposit-paid = sinal pago
label-packing = a embalar
label-out-for-delivery = em distribuição
label-paid-to-pack = pago, a embalar
cli-queue-head = { $shop } · { $open } encomendas abertas, as mais urgentes primeiro ({ $path })
cli-order-head = Encomenda #{ $number }{ $revision }  { $label }  ({ $created })
cli-order-address = Entregar na morada: { $address }
cli-customer-stats = { $orders } encomendas  valor { $value }  deve { $owes }
cli-draft-deliver-to = entregar na morada: { $address }
cli-draft-pickup = levantamento na loja
cli-copied = o resumo da #{ $number } foi copiado
cli-not-a-terminal = não é um terminal: a mostrar as encomendas abertas em vez de abrir o balcão
cli-demo-filling = a preencher a loja de demonstração em { $path } …
desk-order-created = encomenda #{ $number } criada e confirmada ({ $total }): y copia o resumo, Y o link de pagamento
desk-draft-saved = rascunho #{ $number } guardado; confirme com c quando estiver pronto
desk-order-confirmed = encomenda #{ $number } confirmada: stock reservado; y copia o resumo
desk-order-cancelled = encomenda #{ $number } cancelada; o stock voltou à venda
desk-copy-by-hand = Selecione o texto com o rato (Shift+arrastar na maioria dos terminais) e copie.
desk-refused-stale = não foi possível { $doing }: outra pessoa alterou isto entretanto; recarregado, verifique de novo
desk-refused-busy = não foi possível { $doing }: o livro está ocupado (outro balcão ou comando está a gravar); tente de novo
doing-load-orders = carregar as encomendas
doing-open-order = abrir a encomenda #{ $number }
doing-create-order = criar e confirmar a encomenda
doing-save-draft = guardar o rascunho
doing-change-order = alterar a encomenda #{ $number }
doing-confirm-order = confirmar a encomenda #{ $number }
doing-advance = passar a encomenda #{ $number } para { $stage }
doing-cancel-order = cancelar a encomenda #{ $number }
doing-load-inventory = carregar o stock
context-orders = Encomendas
context-inventory = Stock
context-order = Uma encomenda (na fila ou aberta)
context-detail = Vista da encomenda
key-orders = encomendas
key-inventory = stock
key-go-to-order-number = ir para a encomenda nº
key-new-order-by-hand = nova encomenda à mão
key-open-the-order = abrir a encomenda
key-confirm-reserve-stock = confirmar (reserva stock)
key-cancel-the-order = cancelar a encomenda
key-receive-stock = dar entrada no stock
key-adjust-stock-with-a-reason = ajustar stock (com motivo)
key-address = morada
key-save-as-draft = guardar como rascunho
pane-orders = Encomendas
pane-inventory = Stock
desk-sold-out = esgotado
prompt-filter-orders = nome do cliente, telemóvel ou número da encomenda
prompt-filter-customers = nome ou telemóvel
prompt-address = Morada de entrega
prompt-address-hint = vazio para levantamento na loja
review-pickup-note = levantamento na loja
review-pickup = levantamento na loja
review-title-new = Nova encomenda
review-title-edit = Editar encomenda #{ $number }
review-known = conhecido · { $orders ->
    [one] 1 encomenda
   *[other] { $orders } encomendas
}
detail-title = Encomenda #{ $number }{ $version } · { $label }
detail-who = { $name }{ $phone } · encomendou em { $at } (há { $age })
detail-deliver-to = Entregar na morada: { $address }
history-title = { $name }{ $phone } · { $orders ->
    [one] 1 encomenda
   *[other] { $orders } encomendas
} · total { $lifetime } · deve { $owes }
history-no-address = ainda sem morada
history-last-address = Última morada: { $address }
pane-orders-title = Encomendas · { $count } · mais urgentes primeiro{ $filter }{ $done ->
    [yes] {" "}· com entregues e canceladas
   *[no] {""}
}
pane-orders-empty = Nenhuma encomenda aberta. Cole aqui as mensagens de WhatsApp de um cliente, ou carregue em n para uma encomenda nova.
pane-inventory-title = Stock · { $count } SKUs{ $filter }
column-stock = stock
column-phone = telemóvel
column-orders = encomendas
column-order = encomenda
picker-customer = Cliente: escreva um nome ou telemóvel
picker-no-phone = sem telemóvel
flow-no-order = nenhuma encomenda selecionada
confirm-cancel-order = Cancelar a encomenda #{ $number }? O stock reservado volta à venda.
error-no-order = não existe a encomenda #{ $number } (veja `orderdesk order list`)
error-order-not-allowed = a encomenda #{ $number } está { $state }: { $why }
error-not-a-phone = '{ $text }' não é um número de telemóvel (esperados dígitos, p. ex. +351 912 345 678)
error-phone-length = '{ $text }' é curto ou longo demais para um número de telemóvel
order-why-cancelled = uma encomenda cancelada já não muda; crie uma encomenda nova
error-store-not-enough-stock = stock insuficiente de { $sku }: { $available } disponíveis, { $asked } pedidos
summary-quote = Orçamento: responda OK para confirmar (os artigos ficam reservados na confirmação)
desk-notes-saved = observação da #{ $number } guardada

desk-jumped-to-closed = #{ $number } não está entre as encomendas abertas: as entregues e canceladas aparecem também (t esconde-as)
flow-link-needs-confirm = #{ $number } é um rascunho: confirme-o primeiro (c), para reservar os artigos antes de o cliente pagar
confirm-pack-marked = Passar { $count ->
    [one] 1 encomenda marcada
   *[other] { $count } encomendas marcadas
} para a embalar ({ $numbers })? As que não puderem passar serão indicadas.
flow-refund-too-much = só { $paid } foi recebido e ainda não reembolsado: escreva { $paid } ou menos
flow-adjust-held = só { $free } de { $sku } estão livres (o resto está reservado para encomendas abertas): pode descer no máximo { $free }
flow-below-zero = { $amount } é inferior a zero; escreva 0 para nenhum
flow-reference-used = a referência '{ $reference }' já pagou { $same ->
    [yes] esta encomenda
   *[no] a encomenda #{ $holder }
} por { $method }: escreva a correta, ou deixe em branco
review-no-last-address = nenhuma morada guardada para este cliente: A escreve uma
review-new-instead = Enter cria uma encomenda nova; a #{ $number } fica como está
review-updates-instead = Enter atualiza a #{ $number }
review-continues = Continua a #{ $number } (um texto anterior desta conversa): Enter atualiza a #{ $number } com estas linhas (o: uma encomenda nova)
review-continues-new = Continua a #{ $number }, mas Enter cria uma encomenda nova (o: atualizar a #{ $number })
review-already-imported = Já importada como #{ $number }, sem nada de novo desde então: Enter grava estas linhas na #{ $number }; Esc sai
order-why-not-further = ainda não está tão adiantada
order-why-not-cancelled = só uma encomenda cancelada é reposta, tal como estava
link-description = Encomenda #{ $number } · { $shop }
draft-removes-nothing = a mensagem { $source } tira algo que não estava na encomenda
journal-created = encomenda criada
journal-edited = artigos alterados
journal-confirmed = confirmada: stock reservado
journal-cancelled = cancelada: stock libertado
journal-packing = passou para a embalar
journal-ready = pronta para levantamento ou para o estafeta
journal-out-for-delivery = em distribuição
doing-order-step = { $verb ->
    [confirm] confirmar a encomenda #{ $number }
    [cancel] cancelar a encomenda #{ $number }
    [advance] avançar a encomenda #{ $number }
    [note] alterar as observações da encomenda #{ $number }
    [step-back] recuar a encomenda #{ $number } à etapa anterior
    [reinstate] repor a encomenda #{ $number }
   *[edit] editar a encomenda #{ $number }
}
setup-welcome = Bem-vindo ao orderdesk. Quatro perguntas configuram a sua loja (Enter aceita a [sugestão]).
setup-name-empty = escreva o nome que os seus clientes veem nas suas mensagens
setup-ask-country = País dos telemóveis dos seus clientes (duas letras: PT, BR, US, MX, DE, …)
setup-unknown-language = '{ $language }' não é um idioma do orderdesk; escreva en, pt, es ou de
setup-next = A seguir, os seus produtos: orderdesk catalog import produtos.csv (colunas sku,name,variant,price,currency,stock)
setup-exists = { $path } já existe: edite-o, ou mova-o para responder de novo às perguntas
setup-bad-config = a configuração gerou um ficheiro inválido: { $why }
error-store-stale = alguém alterou { $what } entretanto; recarregue e tente de novo
error-store-live-link = esta encomenda já tem um link de pagamento ativo (criado por outro balcão entretanto); recarregue e use esse
error-store-phone-taken = já existe um cliente com o telemóvel { $phone }
what-order = a encomenda #{ $number }
what-link-of-order = o link de pagamento da encomenda #{ $number }
