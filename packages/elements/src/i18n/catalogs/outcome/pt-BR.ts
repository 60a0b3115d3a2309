import type { CompleteCatalog } from '@txassist/sdk/i18n';

const ptBR = {
  'outcome.declined.heading': 'Seu pagamento não foi concluído',
  'outcome.declined.kept':
    'Todo o resto que você preencheu continua aqui. Só os dados do cartão precisam ser digitados de novo.',
  'outcome.challenge.heading': 'Confirme que é você',
  'outcome.challenge.code': 'Código de verificação',
  'outcome.challenge.code_hint': 'Você pode colar o código. Ele expira às {time}.',
  'outcome.challenge.verify': 'Verificar e pagar',
  'outcome.challenge.resend': 'Enviar um novo código',
  'outcome.challenge.resend_wait': 'Você poderá pedir um novo código em {seconds} s.',
  'outcome.challenge.resent': 'Enviamos um novo código. Só o mais recente funciona.',
  'outcome.challenge.attempts_left': 'Tentativas restantes: {count}',
  'outcome.challenge.required': 'Digite o código de 6 dígitos que enviamos.',
  'outcome.challenge.format': 'O código tem 6 dígitos. Confira e digite de novo.',
  'outcome.challenge.wrong': 'Esse código não está certo. Confira a mensagem mais recente e tente de novo.',
  'outcome.challenge.expired': 'Este código expirou. Peça um novo código e digite-o.',
  'outcome.challenge.locked':
    'Muitos códigos errados, então paramos este pagamento para proteger você. Escolha outra forma de pagamento ou tente mais tarde.',
  'outcome.challenge.verifying': 'Verificando o código…',
  'outcome.wallet.returned': 'Que bom que voltou. Estamos confirmando seu pagamento na TxPay…',
  'outcome.wallet.cancelled': 'Você saiu da TxPay sem pagar. Escolha como quer pagar e tente de novo.',
  'outcome.on_hold.heading': 'Seu pedido foi feito e está aguardando uma verificação rápida',
  'outcome.on_hold.body':
    'Estamos verificando este pagamento antes de preparar seu pedido. Você não precisa fazer nada: avisaremos por e-mail quando terminar, normalmente em até um dia.',
  'outcome.confirmation.heading': 'Obrigado, seu pedido foi feito',
  'outcome.confirmation.number': 'Número do pedido: {number}',
  'outcome.confirmation.paid': '{total} pagos com {method}',
  'outcome.confirmation.cod_due': 'Tenha {total} em mãos para o entregador.',
  'outcome.confirmation.track': 'Acompanhar seu pedido',
  'outcome.confirmation.next_heading': 'O que acontece agora',
  'outcome.confirmation.next':
    'O vendedor já está preparando seu pedido. Vamos avisar quando ele estiver a caminho, e você pode acompanhá-lo quando quiser com o número do pedido.',
  'outcome.failure.network':
    'Não conseguimos falar com a loja. Confira sua conexão e tente de novo. Você não será cobrado duas vezes.',
  'outcome.failure.generic':
    'Algo deu errado do nosso lado. Tente de novo daqui a pouco; você não será cobrado duas vezes.',
} as const satisfies CompleteCatalog<'outcome'>;

export default ptBR;
