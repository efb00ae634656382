# orderdesk, português de Portugal: só o que difere do Brasil (pt.ftl).

summary-template =
    {"*"}{ $shop }* · Encomenda #{ $order_no }{ $revision }
    { $quote }
    { $customer }
    { $items }
    Subtotal: { $subtotal }
    Portes de envio: { $delivery }
    Desconto: -{ $discount }
    {"*"}Total: { $total }*
    Pago: { $paid }
    Reembolsado: { $refunded }
    Pagamento enviado, em verificação: { $claimed }
    Em falta: { $balance }
    Entrega: { $deadline }
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
cli-customer-stats = { $orders ->
    [one] 1 encomenda
   *[other] { $orders } encomendas
}  valor { $value }  deve { $owes }
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
pane-orders-sorted = {" "}· mais urgentes primeiro
pane-orders-title = Encomendas · { $count }{ $sorted }{ $pressing }{ $filter }{ $done ->
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
error-phone-calling-code = '{ $text }' não começa com o indicativo de nenhum país (escreva como +351 912 345 678 ou +55 11 91234 5678)
order-why-cancelled = uma encomenda cancelada já não muda; crie uma encomenda nova
error-store-not-enough-stock = stock insuficiente de { $sku }: { $available ->
    [one] { $available } disponível
   *[other] { $available } disponíveis
}, { $asked } pedidos
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
draft-gave-up = o cliente desistiu da encomenda na mensagem { $source }
journal-created = encomenda criada
journal-edited = encomenda alterada
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

## O balcão em Portugal: encomendas (femininas), registado, guardar, stock, ecrã, ficheiro,
## levantamento, estafeta e "a + infinitivo" onde o Brasil usa o gerúndio.

name-Outcome-no_order = sem encomenda
label-awaiting-payment = a aguardar pgto
desk-order-updated = encomenda #{ $number } atualizada (v{ $revision })
desk-order-advanced = encomenda #{ $number }: { $stage }
desk-payment-recorded = { $claimed ->
    [yes] aviso de pagamento registado (confirme quando o dinheiro entrar)
   *[no] pagamento registado
}: { $amount } na #{ $number }; { $balance }
desk-claim-verified = pagamento confirmado na #{ $number }: agora { $status } ({ $balance })
desk-claim-rejected = aviso recusado na #{ $number }: já não conta
desk-refunded = reembolso de { $amount } na #{ $number } por { $method }{ $restocked ->
    [yes] ; mercadoria de volta ao stock
   *[no] {""}
}
desk-stock-adjusted = { $product } ajustado em { $delta }: { $on_hand } em stock, { $available ->
    [one] { $available } disponível
   *[other] { $available } disponíveis
}
desk-merged = junto a { $into }; as encomendas passaram para lá
desk-reviews-closed = { $count ->
    [one] 1 revisão fechada
   *[other] { $count } revisões fechadas
} na #{ $number }; a observação está no histórico
desk-exported = { $when }: { $orders ->
    [0] nenhuma encomenda
    [one] 1 encomenda
   *[other] { $orders } encomendas
} e { $payments ->
    [0] nenhum pagamento
    [one] 1 pagamento
   *[other] { $payments } pagamentos
}: { $files ->
    [one] 1 ficheiro gravado
   *[other] { $files } ficheiros gravados
} em { $folder }
desk-copied-summary = o resumo da #{ $number }
desk-copied-link = o link de pagamento da #{ $number } ({ $provider }, válido até { $until })
desk-copied-reminder = o lembrete { $step } da #{ $number }{ $last ->
    [yes] {" "}(o último: marcada como pagamento abandonado)
   *[no] {""}
}
desk-swept-released = canceladas e stock libertado: { $orders }
desk-swept-kept = #{ $number } manteve o stock: { $why }
desk-paste-no-order = nada no texto colado parece uma encomenda de um cliente (só mensagens da loja ou do sistema?)
desk-paste-reading = a ler o texto colado…
desk-done-toggled = encomendas entregues e canceladas { $shown ->
    [yes] à vista
   *[no] ocultas
}
desk-reading-clipboard = a ler a área de transferência…
desk-writing-reports = a gravar os relatórios de hoje…
doing-save-notes = guardar as observações da #{ $number }
doing-record-claim = registar o aviso na #{ $number }
doing-record-payment = registar o pagamento na #{ $number }
doing-verify = confirmar o aviso na #{ $number }
doing-reject = recusar o aviso na #{ $number }
doing-refund = reembolsar a #{ $number }
doing-refund-order = reembolsar a encomenda #{ $number }
doing-close-review = fechar a revisão da #{ $number }
doing-copy-summary = copiar o resumo da #{ $number }
doing-make-link = criar o link de pagamento da #{ $number }
doing-send-reminder = enviar o lembrete { $step } da #{ $number }
context-review = Revisão do texto colado / nova encomenda
context-input = A escrever um valor
context-this-screen = Este ecrã
key-advance-packing-ready-out-delivered = avançar: a embalar → pronta/saiu → entregue
key-advance-packing-delivered = avançar: a embalar → entregue
key-go-to-an-order-pane-or-customer-or-do-an = ir a uma encomenda, painel ou cliente, ou fazer qualquer coisa pelo nome
key-deliver-to-the-customers-last-address = entregar na última morada do cliente
key-a-new-order-instead-of-updating-the-earl = uma encomenda nova em vez de atualizar a anterior
working-paste = a ler o texto colado
working-reports = a gravar relatórios
working-links = a verificar links
working-link = link de pagamento da #{ $number }
working-reminder = lembrete da #{ $number }
picker-type-to-search = escreva para procurar
picker-which-claim = Que aviso da #{ $number }?
prompt-jump = Ir para a encomenda
prompt-jump-hint = o número da encomenda, p. ex. 1042
prompt-payment = Pagamento da #{ $number }
prompt-refund = Reembolso da #{ $number }
prompt-notes = Observação para o cliente na #{ $number }
prompt-close-review = Fechar a revisão da #{ $number }
prompt-staff-note = Nota interna da #{ $number }
prompt-receive-hint = unidades que chegaram ({ $on_hand } em stock agora)
prompt-adjust-hint = unidades a mais (+3) ou a menos (-2) do que diz a contagem ({ $on_hand } em stock, { $free } livres)
prompt-pay-reference = { $amount } { $how ->
    [cash] em dinheiro
    [card] com cartão
    [link] pelo link
   *[other] por { $method }
} na #{ $number }
prompt-pay-reference-hint = referência (id do MB Way/banco/cartão) — opcional; a mesma referência nunca paga duas vezes
prompt-filter-payments = cliente, número da encomenda, forma, referência ou estado ("informado")
review-short = só restam { $available } de '{ $product }' ({ $asked } pedidos): corrija a linha (+/-, p, d) ou carregue em s para guardar um rascunho
review-edit-needs-lines = uma encomenda precisa de pelo menos uma linha (para a cancelar, use D)
review-says-paid-amount = { $amount } — um aviso, registado para confirmar depois
review-says-paid-no-amount = sem valor indicado — confirme antes de registar
journal-confirmed-oversold = confirmada (vendida além do stock)
journal-restocked = devolvida ao stock
journal-payment-recorded = pagamento registado
pane-orders-no-match = Nenhuma encomenda corresponde ao filtro (Esc limpa).
pane-customers-empty = Ainda sem clientes: entram com a primeira encomenda.
flow-getting-link = a obter o link de pagamento da #{ $number }…
flow-already = a encomenda #{ $number } já está { $state }
flow-confirm-first = a encomenda #{ $number } está { $state }: confirme primeiro o rascunho (c)
flow-no-claim = a encomenda #{ $number } não tem aviso de pagamento para { $verify ->
    [yes] confirmar
   *[no] recusar
}
flow-nothing-to-refund = nada foi recebido na #{ $number }, por isso não há nada a reembolsar
flow-y-reminder = y copia um lembrete pendente; selecione um (ou abra a encomenda para o resumo)
flow-not-editable = a encomenda #{ $number } já não pode ser editada (a mercadoria saiu da loja ou está fechada)
flow-not-order-number = '{ $value }' não é um número de encomenda
flow-type-amount = escreva o valor
flow-say-why = diga o motivo: fica no histórico do stock
flow-nothing-matches = nada corresponde; continue a escrever ou carregue em Esc
stage-packing-means = a ser embalada
stage-ready-means = pronta para levantamento ou para o estafeta
stage-out-means = saiu da loja (o stock sai)
confirm-verify-of = O pagamento de { $what } da #{ $number } chegou?
confirm-reject-of = Recusar o aviso de { $what } da #{ $number }?
claim-what = { $amount } { $how ->
    [cash] em dinheiro
    [card] com cartão
    [link] pelo link
    [transfer] por transferência
    [pix] por MB Way
   *[other] por outro meio
}
confirm-restock = Reembolso de { $amount } na #{ $number }. A mercadoria voltou ao stock? y: sim, volta ao stock · n: não
confirm-merge = Juntar { $from } a { $name }? As encomendas passam para { $name }; nada é apagado.
confirm-leave-review = { $what ->
    [edit] Sair da edição? As alterações não são guardadas.
   *[review] Sair da revisão? As alterações a este rascunho perdem-se.
} y: sair · n: ficar
confirm-overpay = { $amount } é { $over } a mais do que os { $due } em falta na #{ $number }. Registar { $amount }? y: sim, está certo · n: escrever o valor de novo
undo-verify = a confirmação do aviso na #{ $number }
undo-reject = a recusa do aviso na #{ $number }
undo-advance = o último avanço da #{ $number }
undo-cancel = o cancelamento da #{ $number }
palette-title = Ir a ou fazer: nº da encomenda, painel, cliente ou ação (Tab completa)
palette-order = encomenda #{ $number }
palette-not-here = essa ação não é para este ecrã
chat-created = rascunho da encomenda #{ $number } criado para { $customer } ({ $items ->
    [one] 1 artigo
   *[other] { $items } artigos
})
chat-already-imported = a encomenda de { $customer } já existe como #{ $number }
chat-skipped-no-products = nenhum produto do catálogo foi encomendado
desk-webhook-listening = a receber webhooks do Stripe em { $address }
key-record-a-payment = registar pagamento
key-mark-the-row-a-then-moves-all-marked-to = marcar a linha (a passa depois todas as marcadas para a embalar)
review-needs-customer = para quem é? carregue em u para escolher ou adicionar o cliente
review-needs-lines = ainda sem linhas: carregue em a para adicionar um produto
review-customer-unknown = ? desconhecido — carregue em u para escolher ou adicionar
review-no-lines = ainda sem linhas — carregue em a para adicionar um produto
cli-catalog-imported = { $file } importado: { $new ->
    [one] { $new } novo
   *[other] { $new } novos
}, { $updated ->
    [one] { $updated } atualizado
   *[other] { $updated } atualizados
}, { $unchanged } sem alterações, { $counts ->
    [one] { $counts } stock definido
   *[other] { $counts } stocks definidos
}
cli-check-healthy = o stock de cada produto bate certo com o seu histórico; as somas das encomendas e as contagens da fila batem certo com as linhas
cli-check-stock = { $sku }: contadores { $on_hand } em stock / { $reserved } reservados, histórico { $ledger_on_hand } / { $ledger_reserved }
cli-product-stock = { $on_hand } em stock { $reserved_count ->
    [one] { $reserved } reservado
   *[other] { $reserved } reservados
} { $available_count ->
    [one] { $available } disponível
   *[other] { $available } disponíveis
}
cli-latin1 = { $path } não é UTF-8; a ler como Latin-1
cli-kept-stock = #{ $number } manteve o stock: { $why }
cli-reminder-sent = lembrete { $step } da #{ $number } registado como enviado
cli-reminder-cancelled = ; a encomenda foi cancelada e o stock libertado
error-paste-too-large = o texto colado tem { $size } MB e o orderdesk lê no máximo { $most } MB de cada vez (cerca de { $messages } mensagens): exporte um troço menor da conversa, ou divida o ficheiro em fins de linha (`split -C { $split }M export.txt parte-`) e importe as partes uma a seguir à outra (importar as mesmas mensagens duas vezes não cria nada duas vezes)
doing-import-stock = definir o stock de { $sku } em { $target } (linha { $line }, coluna stock)
error-adjust-reason = diga porque é que o stock de { $sku } muda (o motivo fica no histórico)
error-import-not-utf8 = não é texto UTF-8; guarde o ficheiro como CSV UTF-8
error-no-customer-phone = nenhum cliente com o telemóvel { $phone }
error-customers-same-name = { $count } clientes chamam-se '{ $name }': use o número de telemóvel
error-unknown-customer = nenhum cliente chamado '{ $name }'{ $guesses ->
    [0] {""}
   *[other] {" "}(queria dizer { $close }?)
}; use um nome ou telemóvel de `orderdesk customer list`, ou acrescente --new-customer para criar '{ $name }'
error-order-for-whom = diga para quem é a encomenda: um número de telemóvel ou um nome
error-restock-not-shipped = não é possível devolver ao stock a encomenda #{ $number }: a mercadoria não saiu da loja; cancele a encomenda para libertar o stock e reembolse sem --restock
error-restocked-already = a encomenda #{ $number } já voltou ao stock; reembolse sem --restock
error-cannot-record = não é possível registar { $amount } na encomenda #{ $number }
error-clipboard-not-book = a área de transferência é do ecrã, não do livro
error-store-not-a-database = { $path } não é uma base de dados do orderdesk ou está danificada ({ $detail }); aponte --db para outro ficheiro ou reponha uma cópia
error-store-foreign = { $path } é uma base de dados SQLite de outro programa (tem tabelas, mas não as do orderdesk); ficou intacta: aponte --db para outro ficheiro
error-store-read-only = o ficheiro da base de dados é só de leitura; verifique as permissões
error-store-read-only-folder = a pasta { $dir } é só de leitura: o livro precisa de gravar o seu diário (ficheiros -wal e -shm) ao lado; permita a escrita na pasta ou mova o livro
error-store-reference-other-case = já há um pagamento registado com essa referência (escrita com outras maiúsculas); o mesmo pagamento não conta duas vezes
error-store-reminder-recorded = o lembrete { $step } já foi registado como enviado
error-store-not-on-hand = não é possível expedir { $asked } de { $sku }: só { $on_hand } em stock (a encomenda foi confirmada além do stock); dê entrada no stock primeiro
clipboard-over-ssh = via SSH, a área de transferência remota não é a deste ecrã
clipboard-no-answer = o ecrã não respondeu em meio segundo
error-config-read = não foi possível ler o ficheiro de configuração { $path }: { $why }
error-config-invalid = o ficheiro de configuração { $path } não é válido: { $why }
cli-demo-filled = loja de demonstração em { $path }: { $products } produtos, { $orders } encomendas ({ $seconds } s)
cli-report-written = { $orders ->
    [one] 1 encomenda
   *[other] { $orders } encomendas
} e { $payments ->
    [one] 1 pagamento
   *[other] { $payments } pagamentos
} { $day ->
    [yes] em { $from }
   *[no] de { $from } a { $to }
}
cli-backed-up = cópia de { $path } feita ({ $orders } encomendas, { $customers } clientes, { $products } produtos); a cópia passou a verificação de integridade do SQLite
cli-restore-kept = o livro substituído ({ $orders } encomendas) foi guardado como { $path }
cli-restored = { $path } reposto a partir de { $from }: { $orders } encomendas, { $customers } clientes, { $products } produtos{ $schema ->
    [older] {" "}(um esquema antigo: será atualizado na próxima abertura)
   *[current] {""}
}
cli-copied-not-kept = o resumo da #{ $number } esteve na área de transferência durante { $seconds } s, mas nenhum gestor a guardou; copie-o de cima, ou do balcão (que o guarda enquanto está aberto)
cli-copied-osc52 = o resumo da #{ $number } foi enviado para a área de transferência do terminal (OSC 52)
cli-check-sums = encomenda #{ $number }: somas guardadas { $kept }, os pagamentos dizem { $real }
cli-check-queue = contagens da fila: guardadas { $kept }, as encomendas dizem { $real }
cli-link-made = link { $provider } da #{ $number } { $made ->
    [made] criado
   *[live] em vigor
}: { $amount }, válido até { $expires }
cli-reminder-tagged = ; a encomenda foi marcada como pagamento abandonado (payment_abandoned)
error-order-empty = a encomenda #{ $number } não tem artigos: adicione pelo menos um
error-discount-too-large = o desconto ({ $discount }) é maior do que a encomenda ({ $before })
error-payment-currency = o pagamento está em { $found }, mas a encomenda é em { $expected }
error-reserved-beyond = só { $available ->
    [one] { $available } disponível
   *[other] { $available } disponíveis
} depois de contar as reservas das encomendas abertas
error-demo-size = uma demonstração precisa de pelo menos uma encomenda e um cliente
error-demo-not-empty = { $path } já tem encomendas; a demonstração só preenche uma base de dados vazia (use outro --db)
error-no-review = a encomenda #{ $number } não tem pagamento em revisão
error-link-cancelled = a encomenda #{ $number } está cancelada; não recebe pagamentos
error-link-nothing-due = a encomenda #{ $number } não tem nada a pagar; não precisa de link de pagamento
error-edit-nothing = nada a alterar na encomenda #{ $number } (use --item, --remove, --delivery, …)
error-no-such-line = a encomenda #{ $number } não tem nenhuma linha com o SKU { $sku }
error-edit-same = a encomenda #{ $number } já está assim; nada mudou
error-not-a-status = '{ $status }' não é um estado; use open, um estado da encomenda ({ $lifecycles }), da entrega ({ $fulfilments }) ou do pagamento ({ $payments })
error-order-no-items = uma encomenda precisa de pelo menos um artigo (--item SKU:QTD)
error-chat-imported = esta conversa já foi importada como encomenda #{ $number }; nada foi criado
error-amount-currency = o valor está em { $found }, mas a encomenda é em { $expected }
error-pay-cancelled = a encomenda #{ $number } está cancelada: recebe reembolsos, não pagamentos
error-no-such-payment = a encomenda #{ $number } não tem o pagamento { $given }
error-payment-id-ambiguous = '{ $given }' corresponde a vários pagamentos da encomenda #{ $number }; indique mais do id
error-no-link-to-remind = a encomenda #{ $number } não tem nenhum link de pagamento em aberto para lembrar
error-reminder-not-due = nenhum lembrete da encomenda #{ $number } está na hora; o passo { $step } calha a { $at }
error-no-reminder-left = a encomenda #{ $number } não tem mais lembretes para enviar
error-reminder-not-the-one = o lembrete { $asked } da encomenda #{ $number } não é o que está na vez; é o passo { $due }
error-store-incomplete = o livro está danificado: há { $counted } { $what ->
    [orders] encomendas
   *[other] { $what }
} nele, mas só { $read } puderam ser lidas, por isso a lista não é mostrada; reponha uma cópia (`orderdesk restore`)
desk-copied-reminders = { $count ->
    [one] 1 lembrete
   *[other] { $count } lembretes
} ({ $numbers }), cada um com a sua encomenda no topo
error-never-advanced = a encomenda #{ $number } nunca avançou
error-never-cancelled = a encomenda #{ $number } nunca foi cancelada
error-no-payment-of = a encomenda #{ $number } não tem esse pagamento
error-nothing-to-undo = o pagamento { $id } da #{ $number } está { $state }: nada a desfazer

## Prazos, o painel Hoje, apelidos aprendidos e `report day`: o que Portugal diz de outra forma

working-day = a ler o dia
desk-deadline-set = #{ $number } vence { $deadline }: a fila põe-na primeiro no dia
desk-reports-note = Abra-os numa folha de cálculo; só a sua conta os pode ler.
doing-count-orders = contar as encomendas que correspondem ao filtro
doing-list-figure = listar as encomendas por trás do número
key-its-orders = ver as encomendas
pane-orders-counting = a contar…
pane-orders-searching = {" "}· ainda a procurar…
pane-orders-searching-empty = Ainda a procurar na fila encomendas que correspondem ao filtro…
pane-orders-pressing = { $overdue ->
    [0] {""}
   *[other] {" "}· ! { $overdue } { $overdue ->
        [one] atrasada
       *[other] atrasadas
    }
}{ $today ->
    [0] {""}
   *[other] {" "}· » { $today } para hoje
}
detail-due-overdue = ! atrasada:
today-nothing-behind = nenhuma encomenda por trás de "{ $figure }"
today-orders-by-hour = encomendas por hora
today-orders-by-day = encomendas por dia
today-loading = a ler o dia…
today-oldest = {" "}· mais antiga #{ $number }
today-overdue = Atrasadas
today-low-stock = Stock baixo
today-taken = Encomendas recebidas
today-confirmed = Confirmadas
today-cancelled = Canceladas
today-speed = mediana { $median } · máx. { $slowest } (#{ $number })
today-none-paid = nenhuma encomenda paga por inteiro ainda
today-order-to-payment = Encomenda → pagamento
today-no-confirmed = nenhuma encomenda confirmada
today-share-confirmed = { $share } de { $count } confirmadas
today-paid-within-24h = Pagas em até 24 h
today-list-first = {" "}· as primeiras { $shown } de { $total }
today-stock-in-inventory = stock: o painel Stock marca os baixos (! baixo) e os esgotados
cli-check-deadline-gap = encomendas da posição { $rank } com prazo { $day } { $time }: guardado { $kept }, as encomendas dizem { $real }
cli-check-search = o texto que o filtro lê das encomendas { $orders } não confere com elas
cli-check-words = o índice pelo qual o filtro encontra encomendas não confere com as encomendas { $orders }
cli-alias-none = ainda não há apelidos aprendidos: aprendem-se quando escolhe o produto que o cliente queria na revisão do texto colado, ou com `catalog alias add`
report-orders = Encomendas
report-orders-line = { $taken ->
    [one] 1 recebida
   *[other] { $taken } recebidas
} ({ $amount }) · { $confirmed ->
    [one] 1 confirmada
   *[other] { $confirmed } confirmadas
} · { $delivered ->
    [one] 1 entregue
   *[other] { $delivered } entregues
} · { $cancelled ->
    [one] 1 cancelada
   *[other] { $cancelled } canceladas
}
report-overdue = Atrasadas
report-low-stock = Stock baixo
report-none-paid = nenhuma encomenda paga por inteiro ainda
report-slowest = , mais lenta { $time } (#{ $number })
report-share = ; { $share } de { $count } confirmadas pagas em até 24 h
report-oldest-unpaid = mais antiga #{ $number } de { $day }, deve { $amount }

## Revisão manual e importação de pagamentos: encomenda, registado, extrato.
review-wrong-order = o pagamento { $payment } indica a encomenda #{ $named }, mas o link dele é da #{ $number }
review-order-currency = o pagamento { $payment } está em { $paid }, mas a encomenda #{ $number } está em { $currency }
review-cancelled-order = o pagamento { $payment } de { $paid } chegou para uma encomenda cancelada; devolva o dinheiro ou reabra a venda
review-more-than-owed = o pagamento { $payment } de { $paid } é mais do que a encomenda #{ $number } deve ({ $owes })
review-row-unknown-currency = a moeda '{ $currency }' não é a da encomenda ({ $order })
review-row-currency = a linha está em { $currency }, mas a encomenda #{ $number } está em { $order }
review-row-cancelled = a encomenda #{ $number } está cancelada; devolva o dinheiro ou reabra a venda à mão
review-row-more-than-owed = a encomenda #{ $number } deve { $owes }, mas a linha pagou { $paid }
review-claim-other-order = o aviso que ela confirma é de outra encomenda
row-no-such-order = o livro não tem a encomenda #{ $number }
row-names-no-order = a linha não indica encomenda (nem número de encomenda, nem id conhecido)
row-recorded = registado como pagamento { $method } verificado
webhook-head-too-large = o cabeçalho do pedido passa de 16 KiB
webhook-head-too-slow = o pedido demorou demasiado a chegar
webhook-not-http = não é uma linha de pedido HTTP
webhook-body-too-slow = o corpo demorou demasiado a chegar
webhook-busy = ligações a mais; tente de novo

## Porque um link de pagamento deixou de valer: encomenda.
link-note-paid-otherwise = a encomenda foi paga de outra forma
link-note-order-cancelled = a encomenda foi cancelada

## O que um evento ou uma consulta ao prestador fez: encomenda, registado.
event-payment-no-order = o pagamento { $payment } não indica uma encomenda deste balcão
event-payment-unknown-order = o pagamento { $payment } não indica nenhuma encomenda deste livro
event-payment-recorded-before = o pagamento { $payment } já está registado
event-paid-for = { $amount } da encomenda #{ $number }
event-session-unknown = a sessão { $session } não é um link deste livro
reminder-not-cancelled = a encomenda não foi cancelada: { $why }

## Extrato de pagamentos: ficheiro, encomenda.
report-map-missing-column = --map indica a coluna '{ $column }', que o ficheiro não tem (colunas: { $columns })
report-not-stripe = o ficheiro não tem a coluna '{ $what }', portanto não é uma exportação de pagamentos do Stripe (colunas: { $columns }); exporte os pagamentos no painel do Stripe, ou use --format mapped com --map
report-mapped-needs-map = --format mapped precisa de --map COLUNA=CAMPO para as colunas a ler, no mínimo amount (campos: { $fields }; colunas do ficheiro: { $columns })
report-no-header = o ficheiro está vazio: não tem linha de cabeçalho
report-row-order = a coluna { $column }: '{ $text }' não é um número de encomenda
report-not-csv = o ficheiro não é um CSV legível: { $why }
report-empty = o ficheiro tem cabeçalho, mas nenhuma linha
webhook-cannot-open = não foi possível abrir a base de dados para o webhook: { $why }

## A ajuda da linha de comando, onde Portugal diz de outra maneira.
cli-value-phone-or-name = TELEMÓVEL_OU_NOME
cli-value-orders = ENCOMENDAS
cli-value-file = FICHEIRO
cli-value-phone = TELEMÓVEL
cli-about = Um balcão de encomendas pelo teclado para lojas que vendem pelo WhatsApp
cli-arg-db = O ficheiro da base de dados [padrão: a pasta de dados do sistema, veja `orderdesk paths`]
cli-arg-config = O ficheiro de configuração (TOML) [padrão: a pasta de configuração do sistema]
cli-arg-number = O número da encomenda (1042)
cli-arg-file = O ficheiro a ler
cli-arg-address = A morada de entrega
cli-arg-reference = Referência do banco, do MB Way ou do cartão
cli-about-catalog-import = Adiciona ou atualiza produtos a partir de um ficheiro CSV (cabeçalho: sku,name,variant,price,currency,stock; opcionais: aliases,low_stock)
cli-arg-catalog-import-file = O ficheiro CSV
cli-about-catalog-list = Lista os produtos com o stock
cli-about-stock = Stock: receber, ajustar, conferir o livro de movimentos
cli-about-stock-receive = Chegou mercadoria: soma QTD ao stock físico
cli-about-customer = Clientes, reconhecidos pelo número do telemóvel
cli-about-customer-list = Lista os clientes com as suas encomendas, valor total e saldo em aberto
cli-about-customer-add = Regista um cliente (ou mostra o que já tem esse telemóvel)
cli-arg-customer-add-phone = O número do telemóvel (sem "+", do país da loja)
cli-about-customer-merge = Junta o duplicado DE em PARA (telemóveis ou nomes únicos); as encomendas de DE passam para PARA
cli-about-order = Encomendas: criar, editar, confirmar, pagar, avançar, cancelar, mostrar
cli-arg-order-json = Imprime a encomenda em JSON
cli-about-order-new = Cria uma encomenda em rascunho
cli-arg-order-new-customer = O telemóvel ou o nome do cliente (um telemóvel novo regista o cliente)
cli-arg-order-new-name = O nome de um cliente novo registado a partir do telemóvel
cli-arg-order-new-new_customer = Regista o cliente quando ninguém no livro tem este nome (sem isto, um nome desconhecido é recusado com os mais parecidos: um erro de escrita nunca cria um segundo cliente)
cli-about-order-edit = Muda itens, taxas ou morada; depois da confirmação isto cria uma nova versão
cli-arg-order-edit-staff_note = Uma observação só para a equipa, nunca no resumo
cli-about-order-confirm = Confirma um rascunho: confere e reserva o stock
cli-arg-order-confirm-oversell = Confirma mesmo sem stock suficiente (registado como venda acima do stock no livro)
cli-about-order-pay = Regista um pagamento (conferido) ou, com --claimed, o que o cliente diz ter enviado
cli-arg-order-pay-reference = Referência do banco, do MB Way ou do cartão; a mesma referência não paga duas vezes
cli-arg-order-pay-proof = O que enviou como comprovante ("captura de ecrã 14:02")
cli-about-order-refund = Devolve dinheiro; --restock devolve ao stock a mercadoria enviada
cli-arg-order-refund-restock = Devolve a mercadoria ao stock
cli-arg-order-advance-to = A etapa para a qual a encomenda avança
cli-about-order-cancel = Cancela uma encomenda e liberta o stock
cli-about-order-show = Mostra uma encomenda com itens, pagamentos e histórico
cli-about-order-list = Lista as encomendas; --status aceita open, uma situação, uma etapa ou uma situação de pagamento
cli-arg-order-list-due = Só encomendas ainda não entregues com prazo hoje (today), amanhã (tomorrow) ou vencido (overdue), no horário local
cli-about-order-summary = Imprime o resumo da encomenda para colar no chat
cli-about-order-link = O link de pagamento vigente da encomenda para o saldo: criado, ou devolvido se ainda serve
cli-about-report-daily = Encomendas, pagamentos e um resumo de um dia (ou de uma semana, um mês, um período), em ficheiros CSV; um período de vários dias acrescenta days-DE_ATÉ.csv, o resumo de cada dia
cli-arg-report-daily-out = A pasta dos ficheiros
cli-arg-report-daily-bom = Começa cada ficheiro com uma marca de ordem de bytes (para o Excel)
cli-about-report-day = O resumo do dia para uma pessoa ou um script: encomendas feitas, confirmadas, entregues, canceladas; dinheiro por forma, reembolsos, quem conferiu; tempos de pagamento; e o que ainda está aberto agora (pagamentos a conferir, saldos, prazos, stock)
cli-about-chat = Texto colado do WhatsApp: separar em mensagens, ler como encomendas em rascunho, importar
cli-arg-chat-file = O ficheiro de texto; - ou nada lê a entrada padrão
cli-about-chat-draft = Lê o chat como encomendas em rascunho contra o catálogo (não grava nada)
cli-about-chat-import = Cria encomendas em rascunho (e clientes novos) a partir do chat; imprime os números
cli-arg-payments-import-out = Onde gravar a conciliação [padrão: o nome do FICHEIRO + .reconciliation.csv, aqui]
cli-about-reminders-sent = Regista como enviado o lembrete vencido de uma encomenda (depois de copiá-lo); imprime o texto
cli-about-setup = Configura a loja: o nome como aparece no WhatsApp, país, moeda e idioma, gravados num ficheiro de configuração novo (o balcão pergunta o mesmo na primeira vez)
cli-arg-demo-orders = Quantas encomendas, espalhadas pelos últimos 7 dias
cli-arg-backup-to = Uma pasta (o nome com data vai dentro) ou um ficheiro novo [padrão: a pasta de cópias, veja `orderdesk paths`]
cli-arg-restore-path = O ficheiro da cópia
cli-arg-config-print_default = Imprime o ficheiro de configuração padrão, com comentários
config-not-toml = isto não é TOML que o orderdesk consiga ler ({ $detail }); verifique as aspas, os parênteses retos e o `=` dessa linha
config-provider-needs = `payment_link.provider` é "{ $provider }", mas `{ $setting }` está vazio: preencha-o ou escolha outro fornecedor
config-default-file =
    # Configuração do orderdesk. Todos os campos são opcionais; estes são os valores por omissão.
    # shop.currency: o código ISO 4217, como { $currencies }
    # shop.language: en, pt, pt-BR, pt-PT, es, es-MX, de (resumos, lembretes, o balcão); vazio: inglês para os clientes, LANG para a equipa
    # desk.language: o idioma da equipa quando é outro que o da loja
    # shop.names: autores do chat que são a loja, p. ex. ["Loja Azul", "Ana"]
    # templates.summary, campos: { $summary_fields }
    # payment_link.url_template, campos: { $link_fields }
    # payment_link.provider: fixed, template ou stripe (a chave da Stripe vem de STRIPE_API_KEY, nunca deste ficheiro); on_expiry: keep ou release
    # payment_link.products: links por SKU, p. ex. "GIFT-CARD" = {"{"} provider = "fixed", url = "https://…" {"}"}
    # reminders.template, campos: { $reminder_fields }
    # webhook.listen: p. ex. "127.0.0.1:8787" para receber os webhooks da Stripe dentro do balcão (segredo em STRIPE_WEBHOOK_SECRET)
    # hooks.on_payment: um programa executado a cada pagamento confirmado, com ORDERDESK_ORDER_NO, ORDERDESK_AMOUNT, ORDERDESK_CURRENCY no ambiente
    # backup.keep: cópias diárias guardadas na pasta de cópias (`orderdesk paths`); 0: nenhuma
    # db.url: o livro quando --db e ORDERDESK_DB não dizem nada: um ficheiro, ou postgres://UTILIZADOR@HOST/BASE (a palavra-passe em PGPASSWORD)
cli-long-about =
    Um balcão de encomendas pelo teclado para lojas que vendem pelo WhatsApp.

    Sem comando, abre o balcão na base de dados. Todos os comandos trabalham no mesmo livro;
    acrescente --json quando um script quiser dados. Códigos de saída: 0 ok, 1 o que
    escreveu precisa de correção (nada foi alterado), 2 um erro interno.
cli-arg-demo = Usa a base de dados da loja de demonstração (preenchida no primeiro uso); vale mais que --db e ORDERDESK_DB
cli-about-demo = Preenche uma base de dados com uma loja de demonstração credível
cli-about-paths = Mostra onde estão a base de dados, o ficheiro de configuração e as cópias
