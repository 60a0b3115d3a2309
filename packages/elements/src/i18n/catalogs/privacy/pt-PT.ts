import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** European Portuguese, addressing the buyer in the third person (“a sua encomenda”), as Portuguese shops do; a full catalog rather than a variant of pt-BR, as nearly every message differs (encomenda, a + infinitive, seguimento). */
const ptPT = {
  'privacy.heading': 'Privacidade e os seus dados',
  'privacy.intro':
    'Escolha para que são usados os seus dados e como o contactamos. Também pode transferir ou eliminar os seus dados.',
  'privacy.loading': 'A carregar as suas definições de privacidade…',
  'privacy.on': 'Ativado',
  'privacy.off': 'Desativado',
  'privacy.saving': 'A guardar…',
  'privacy.saved_on': '«{label}» está agora ativado.',
  'privacy.saved_off': '«{label}» está agora desativado.',
  'privacy.save_failed': 'Não conseguimos guardar «{label}», por isso voltou ao que estava.',
  'privacy.consents.heading': 'Para que usamos os seus dados',
  'privacy.consents.intro': 'As alterações produzem efeito de imediato e pode mudar de ideias a qualquer momento.',
  'privacy.consents.necessary':
    'Sempre ativado: necessário para entregar as suas encomendas. Para o parar, elimine os seus dados abaixo.',
  'privacy.consents.changed': 'Última alteração a {date}',
  'privacy.consent.order_processing.label': 'Tratamento das suas encomendas e pagamentos',
  'privacy.consent.order_processing.explanation':
    'Usamos o seu nome, contactos e dados de pagamento para receber pagamentos e tratar das suas encomendas, reembolsos e litígios.',
  'privacy.consent.carrier_address_sharing.label': 'Partilha da sua morada com a transportadora',
  'privacy.consent.carrier_address_sharing.explanation':
    'A empresa de entregas recebe o seu nome, morada e número de telefone para poder entregar a sua embalagem.',
  'privacy.consent.notifications_email.label': 'Mensagens por e-mail',
  'privacy.consent.notifications_email.explanation':
    'Enviamos-lhe e-mails sobre as suas encomendas, entregas, reembolsos e litígios.',
  'privacy.consent.notifications_sms.label': 'Mensagens de texto (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Enviamos SMS para o seu telemóvel sobre as suas encomendas e entregas. Podem aplicar-se os custos habituais do seu tarifário.',
  'privacy.consent.personalisation.label': 'Sugestões e anúncios personalizados',
  'privacy.consent.personalisation.explanation':
    'Usamos o que compra e consulta para sugerir produtos e mostrar anúncios adequados a si. Desativado, a menos que o ative.',
  'privacy.preferences.heading': 'Como o contactamos',
  'privacy.preferences.intro': 'Escolha que mensagens recebe e onde.',
  'privacy.preferences.caption': 'Mensagens por canal',
  'privacy.preferences.kind_header': 'Mensagem',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Em pausa',
  'privacy.preferences.withdrawn':
    '{channel} está em pausa porque «{consent}» está desativado acima. As suas escolhas aqui ficam guardadas para quando o voltar a ativar.',
  'privacy.kind.order_updates': 'Novidades das encomendas',
  'privacy.kind.delivery_problems': 'Problemas de entrega',
  'privacy.kind.refunds_and_disputes': 'Reembolsos e litígios',
  'privacy.channel.in_app': 'Na aplicação',
  'privacy.channel.email': 'E-mail',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Transferir os meus dados',
  'privacy.export.intro':
    'Obtenha uma cópia de tudo o que guardamos sobre si, num ficheiro JSON que outros serviços conseguem ler. Pode transferi-lo uma vez, no prazo de 24 horas.',
  'privacy.export.request': 'Pedir os meus dados',
  'privacy.erasure.heading': 'Eliminar os meus dados',
  'privacy.erasure.intro':
    'Isto elimina os seus dados pessoais e encerra a sua conta nesta loja. Não é possível anular.',
  'privacy.erasure.removed_heading': 'O que eliminamos',
  'privacy.erasure.kept_heading': 'O que guardamos e porquê',
  'privacy.erasure.removed.contact_details': 'O seu nome, endereço de e-mail e número de telefone',
  'privacy.erasure.removed.shipping_addresses': 'As moradas de entrega das suas encomendas',
  'privacy.erasure.removed.preferences_and_messages':
    'Os seus consentimentos, preferências de notificações e mensagens',
  'privacy.erasure.removed.activity_history': 'Sessões, exportações de dados e histórico de atualizações em direto',
  'privacy.erasure.kept.financial_records.record': 'Encomendas e pagamentos (artigos, montantes, datas)',
  'privacy.erasure.kept.financial_records.reason':
    'A lei fiscal e contabilística obriga-nos a guardar os registos financeiros. São guardados sem nada que os ligue a si.',
  'privacy.erasure.kept.audit_log.record': 'Registo de auditoria de segurança',
  'privacy.erasure.kept.audit_log.reason':
    'Regista quem acedeu a dados pessoais, para o proteger; contém apenas identificadores, que já não levam até si.',
  'privacy.erasure.start': 'Eliminar os meus dados…',
  'privacy.erasure.done_heading': 'Os seus dados foram eliminados',
  'privacy.erasure.done_text': 'Eliminámos os seus dados pessoais a {date}. A sua sessão nesta loja foi terminada.',
  'privacy.other': 'Outra utilização dos seus dados',
} as const satisfies CompleteCatalog<'privacy'>;

export default ptPT;
