import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Brazilian Portuguese, with "você", as Brazilian shopping apps talk to buyers. */
const ptBR = {
  'privacy.heading': 'Privacidade e seus dados',
  'privacy.intro':
    'Escolha para que seus dados são usados e como entramos em contato. Você também pode baixar ou excluir seus dados.',
  'privacy.loading': 'Carregando suas configurações de privacidade…',
  'privacy.on': 'Ativado',
  'privacy.off': 'Desativado',
  'privacy.saving': 'Salvando…',
  'privacy.saved_on': '“{label}” está ativado.',
  'privacy.saved_off': '“{label}” está desativado.',
  'privacy.save_failed': 'Não conseguimos salvar “{label}”, então voltou a ser como era.',
  'privacy.consents.heading': 'Para que usamos seus dados',
  'privacy.consents.intro': 'As mudanças valem na hora, e você pode mudar de ideia quando quiser.',
  'privacy.consents.necessary':
    'Sempre ativado: é necessário para entregar seus pedidos. Para interromper, exclua seus dados abaixo.',
  'privacy.consents.changed': 'Última alteração em {date}',
  'privacy.consent.order_processing.label': 'Processar seus pedidos e pagamentos',
  'privacy.consent.order_processing.explanation':
    'Usamos seu nome, seus contatos e dados de pagamento para receber pagamentos e cuidar dos seus pedidos, reembolsos e disputas.',
  'privacy.consent.carrier_address_sharing.label': 'Compartilhar seu endereço com a transportadora',
  'privacy.consent.carrier_address_sharing.explanation':
    'A transportadora recebe seu nome, endereço e telefone para poder entregar seu pacote.',
  'privacy.consent.notifications_email.label': 'Mensagens por e-mail',
  'privacy.consent.notifications_email.explanation':
    'Enviamos e-mails sobre seus pedidos, entregas, reembolsos e disputas.',
  'privacy.consent.notifications_sms.label': 'Mensagens de texto (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Enviamos SMS sobre seus pedidos e entregas. Podem ser cobradas as tarifas normais da sua operadora.',
  'privacy.consent.personalisation.label': 'Sugestões e anúncios personalizados',
  'privacy.consent.personalisation.explanation':
    'Usamos o que você compra e vê para sugerir produtos e mostrar anúncios do seu interesse. Fica desativado, a menos que você ative.',
  'privacy.preferences.heading': 'Como entramos em contato',
  'privacy.preferences.intro': 'Escolha quais mensagens você recebe e onde.',
  'privacy.preferences.caption': 'Mensagens por canal',
  'privacy.preferences.kind_header': 'Mensagem',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Pausado',
  'privacy.preferences.withdrawn':
    '{channel} está pausado porque “{consent}” está desativado acima. Suas escolhas aqui ficam guardadas para quando você ativar de novo.',
  'privacy.kind.order_updates': 'Atualizações do pedido',
  'privacy.kind.delivery_problems': 'Problemas na entrega',
  'privacy.kind.refunds_and_disputes': 'Reembolsos e disputas',
  'privacy.channel.in_app': 'No app',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Baixar meus dados',
  'privacy.export.intro':
    'Receba uma cópia de tudo o que guardamos sobre você, em um arquivo JSON que outros serviços conseguem ler. Você pode baixá-lo uma vez, em até 24 horas.',
  'privacy.export.request': 'Solicitar meus dados',
  'privacy.erasure.heading': 'Excluir meus dados',
  'privacy.erasure.intro': 'Isso exclui seus dados pessoais e encerra sua conta nesta loja. Não dá para desfazer.',
  'privacy.erasure.removed_heading': 'O que excluímos',
  'privacy.erasure.kept_heading': 'O que mantemos e por quê',
  'privacy.erasure.removed.contact_details': 'Seu nome, e-mail e telefone',
  'privacy.erasure.removed.shipping_addresses': 'Os endereços de entrega dos seus pedidos',
  'privacy.erasure.removed.preferences_and_messages': 'Seus consentimentos, preferências de notificação e mensagens',
  'privacy.erasure.removed.activity_history': 'Sessões, exportações de dados e histórico de atualizações ao vivo',
  'privacy.erasure.kept.financial_records.record': 'Pedidos e pagamentos (itens, valores, datas)',
  'privacy.erasure.kept.financial_records.reason':
    'A legislação fiscal e contábil nos obriga a guardá-los, mas sem nada que os ligue a você.',
  'privacy.erasure.kept.audit_log.record': 'Registro de auditoria de segurança',
  'privacy.erasure.kept.audit_log.reason':
    'Ele registra quem acessou dados pessoais, para proteger você. Só contém IDs que não levam mais a você.',
  'privacy.erasure.start': 'Excluir meus dados…',
  'privacy.erasure.done_heading': 'Seus dados foram excluídos',
  'privacy.erasure.done_text': 'Excluímos seus dados pessoais em {date}. Sua sessão nesta loja foi encerrada.',
  'privacy.other': 'Outro uso dos seus dados',
} as const satisfies CompleteCatalog<'privacy'>;

export default ptBR;
