import type { CompleteCatalog } from '../../catalog.js';

/** Spanish (Spain and the fallback for every other Spanish), in the informal "tú" that social-commerce apps use. */
const es = {
  'error.request_invalid.title': 'Algo ha fallado en esta página',
  'error.request_invalid.next_step':
    'Recarga la página y vuelve a intentarlo. Si sigue pasando, contacta con el vendedor e indica el código de error.',
  'error.validation_failed.title': 'Faltan datos o alguno no es válido',
  'error.validation_failed.next_step': 'Revisa los campos marcados y vuelve a intentarlo.',
  'error.payload_too_large.title': 'Lo que has enviado es demasiado grande',
  'error.payload_too_large.next_step': 'Envía menos archivos o archivos más pequeños y vuelve a intentarlo.',
  'error.unauthenticated.title': 'Tu sesión ha terminado',
  'error.unauthenticated.next_step': 'Vuelve a iniciar sesión en este sitio y recarga la página.',
  'error.forbidden.title': 'Tu cuenta no tiene acceso a esto',
  'error.forbidden.next_step': 'Comprueba que has iniciado sesión con la cuenta con la que compraste.',
  'error.not_found.title': 'No encontramos lo que buscas',
  'error.not_found.next_step':
    'Revisa el enlace o el número y comprueba que has iniciado sesión con la cuenta correcta.',
  'error.in_progress.title': 'Todavía estamos procesando tu última solicitud',
  'error.in_progress.next_step': 'Espera un momento y vuelve a intentarlo.',
  'error.action_unavailable.title': 'Esto ya no se puede hacer con este pedido',
  'error.action_unavailable.next_step':
    'Recarga la página para ver el estado actual del pedido y qué puedes hacer ahora.',
  'error.rate_limited.title': 'Demasiados intentos',
  'error.rate_limited.next_step': 'Espera un minuto y vuelve a intentarlo.',
  'error.server_error.title': 'Algo ha fallado por nuestra parte',
  'error.server_error.next_step':
    'Espera unos minutos y vuelve a intentarlo. Si sigue pasando, contacta con el vendedor e indica el código de error.',
  'error.unavailable.title': 'Este servicio no está disponible ahora',
  'error.unavailable.next_step': 'Es un problema de nuestra parte. Espera unos minutos y vuelve a intentarlo.',
  'error.timeout.title': 'Esto está tardando demasiado',
  'error.timeout.next_step': 'Espera un momento y vuelve a intentarlo.',
  'error.sign_in_failed.title': 'El correo o la contraseña no son correctos',
  'error.sign_in_failed.next_step': 'Revísalos y vuelve a intentarlo.',
  'error.code_required.title': 'Introduce tu código de verificación',
  'error.code_required.next_step': 'Abre tu app de autenticación e introduce el código que muestra.',
  'error.code_invalid.title': 'El código no es correcto o ha caducado',
  'error.code_invalid.next_step': 'Introduce el código más reciente de tu app de autenticación.',
  'error.consent_required.title': 'Este permiso es necesario para tus pedidos',
  'error.consent_required.next_step': 'Mantenlo activado mientras tengas pedidos en curso.',
  'error.erasure_blocked.title': 'Todavía no podemos borrar tus datos',
  'error.erasure_blocked.next_step':
    'Un pedido o un caso abierto aún los necesita. Vuelve a intentarlo cuando se cierre.',
  'error.gone.title': 'Esto ya no está disponible',
  'error.gone.next_step': 'Vuelve a solicitarlo para obtener uno nuevo.',
  'error.unexpected.title': 'Algo ha fallado',
  'error.unexpected.next_step':
    'Vuelve a intentarlo. Si sigue pasando, contacta con el vendedor e indica el código de error.',
} as const satisfies CompleteCatalog<'errors'>;

export default es;
