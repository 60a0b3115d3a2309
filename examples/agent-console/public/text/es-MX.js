// The agent console's words in Mexican Spanish: only what differs from es.js (then English).
export const parent = 'es';
export default {
  'signIn.codeHint': 'Abre tu app de autenticación e ingresa el código que muestra ahora para txassist.',
  'signIn.signedOut': 'Cerraste sesión.',
  'queue.failed': 'No se pudo cargar la cola: {error} Vuelve a cargar la página para intentarlo de nuevo.',
  'case.amount': 'Monto en disputa',
  'decide.amount': 'Monto del reembolso en {currency}',
  'error.unknown': 'Algo salió mal. Vuelve a intentarlo; si sigue pasando, avísale al equipo de la plataforma.',
  'error.invalid_credentials':
    'El correo o la contraseña no son correctos, o la cuenta está bloqueada un rato por demasiados intentos. Revísalos y vuelve a intentarlo, o espera 15 minutos.',
  'error.mfa_invalid': 'Ese código no es correcto o ya se usó. Ingresa el código que muestra ahora tu app.',
  'error.mfa_required': 'Ingresa el código de 6 dígitos de tu app de autenticación.',
  'error.code_format': 'Ingresa los 6 dígitos del código, sin espacios.',
  'error.credentials_missing': 'Ingresa tu correo y tu contraseña.',
  'error.sign_in_expired': 'El inicio de sesión tardó demasiado. Vuelve a empezar con tu correo y tu contraseña.',
  'error.session_expired': 'Tu sesión de personal terminó. Vuelve a iniciar sesión.',
  'error.refund_limit_exceeded':
    'El reembolso supera lo que todavía se puede reembolsar en este pedido. Ingresa un monto menor.',
  'error.amount_invalid': 'Ingresa el reembolso como un monto en {currency}, por ejemplo {example}.',
  'error.amount_zero': 'Ingresa un reembolso mayor que cero o decide a favor del vendedor.',
  'error.transition_not_allowed': 'El caso avanzó desde que lo abriste. Vuelve a abrirlo desde la cola.',
  'error.api_unreachable': 'La Transaction API no respondió. Comprueba que esté funcionando y vuelve a intentarlo.',
  'error.evidence_failed': 'No se pudo abrir el archivo. Vuelve a intentarlo o descárgalo.',
  'action.offer_lapsed': 'la oferta venció',
  'conv.failed':
    'No se pudieron cargar las conversaciones: {error} Vuelve a cargar la página para intentarlo de nuevo.',
  'conv.addNote': 'Agregar como nota interna',
  'conv.replySent': 'Respuesta enviada. Se le notificó al comprador.',
  'conv.noteAdded': 'Nota interna agregada. El comprador no la ve.',
  'orderStatus.awaiting_collection': 'a la espera de la paquetería',
  'feedback.byGuide': 'Guías: ¿te resultó útil?',
};
