import type { CompleteCatalog } from '@txassist/sdk/i18n';

const es = {
  'hub.heading': 'Tus pedidos',
  'hub.intro': 'Tus pedidos, los mensajes que te enviamos sobre ellos y cómo te contactamos.',
  'hub.tabs_label': 'Centro de pedidos',
  'hub.tab.orders': 'Pedidos',
  'hub.tab.inbox': 'Mensajes',
  'hub.tab.preferences': 'Notificaciones',
  'hub.unread': { one: '{count} sin leer', many: '{count} sin leer', other: '{count} sin leer' },
  'hub.loading': 'Cargando…',
  'hub.offline':
    'No tienes conexión. Puede que lo que ves no esté al día; se actualizará cuando vuelvas a estar en línea.',
  'hub.online': 'Vuelves a tener conexión. Actualizando…',
  'hub.history.heading': 'Historial de pedidos',
  'hub.history.search_label': 'Número de pedido',
  'hub.history.search_hint': 'Completo o en parte, por ejemplo TX-1004 o 1004.',
  'hub.history.status_label': 'Estado',
  'hub.history.status_all': 'Todos los estados',
  'hub.history.search': 'Buscar',
  'hub.history.clear': 'Borrar búsqueda',
  'hub.history.list_label': 'Tus pedidos, del más reciente al más antiguo',
  'hub.history.shown': {
    one: 'Se muestra {count} pedido.',
    many: 'Se muestran {count} pedidos.',
    other: 'Se muestran {count} pedidos.',
  },
  'hub.history.empty': 'Todavía no tienes pedidos.',
  'hub.history.empty_next': 'Cuando compres algo, aparecerá aquí.',
  'hub.history.no_match': 'Ningún pedido coincide con tu búsqueda.',
  'hub.history.no_match_next': 'Revisa el número de pedido, elige otro estado o borra la búsqueda.',
  'hub.history.more': 'Ver más pedidos',
  'hub.history.more_loading': 'Cargando más pedidos…',
  'hub.order.number': 'Pedido {number}',
  'hub.order.placed': 'Realizado el {date}',
  'hub.order.items': { one: '{count} artículo', many: '{count} artículos', other: '{count} artículos' },
  'hub.order.total': 'Total: {total}',
  'hub.detail.back': 'Volver a tus pedidos',
  'hub.detail.loading': 'Cargando el pedido…',
  'hub.detail.loaded': 'Pedido {number}: {status}.',
  'hub.other': 'Estado: actualizándose',
} as const satisfies CompleteCatalog<'hub'>;

export default es;
