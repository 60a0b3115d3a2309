import type { CompleteCatalog } from '@txassist/sdk/i18n';

/**
 * Filipino as Philippine shopping apps write it: Filipino sentences with the everyday English loanwords
 * buyers use (order, seller, courier, refund, link, email), in the friendly "mo/ka" register.
 */
const fil = {
  'tracker.heading': 'Order {number}',
  'tracker.loading': 'Nilo-load ang order mo…',
  'tracker.loaded': 'Na-load ang order {number}. Status: {status}.',
  'tracker.placed': 'In-order noong {date}',
  'tracker.sold_by': 'Ibinebenta ng {seller}',
  'tracker.status_heading': 'Status',
  'tracker.items_heading': { one: '{count} item', other: '{count} na item' },
  'tracker.quantity': 'Dami: {count}',
  'tracker.unit_price': '{price} bawat isa',
  'tracker.variant': 'Opsyon: {variant}',
  'tracker.summary_heading': 'Buod ng bayad',
  'tracker.subtotal': 'Subtotal',
  'tracker.shipping': 'Shipping',
  'tracker.tax': 'Buwis',
  'tracker.discount': 'Diskuwento',
  'tracker.total': 'Kabuuan',
  'tracker.not_found.title': 'Hindi namin makita ang order na ito',
  'tracker.not_found.next_step':
    'Tingnan ang order number sa confirmation email mo, at siguraduhing naka-sign in ka gamit ang account na ginamit mo sa pag-order.',
  'tracker.not_configured.title': 'Hindi naka-set up ang order tracking sa page na ito',
  'tracker.not_configured.next_step': 'Kontakin ang seller at sabihing kulang ang settings ng order tracker.',
  'tracker.tag.pending.label': 'Hinihintay ang tracking',
  'tracker.tag.pending.explanation': 'Nagawa na ng seller ang shipment. Wala pang balita mula sa courier.',
  'tracker.tag.info_received.label': 'Nagawa na ang label',
  'tracker.tag.info_received.explanation':
    'Nasa courier na ang detalye ng parcel at kukunin nila ito sa lalong madaling panahon.',
  'tracker.tag.in_transit.label': 'Papunta na',
  'tracker.tag.in_transit.explanation': 'Nasa courier na ang parcel mo at papunta na sa iyo.',
  'tracker.tag.out_for_delivery.label': 'Out for delivery',
  'tracker.tag.out_for_delivery.explanation': 'Nasa rider na ang parcel mo at dapat dumating ngayong araw.',
  'tracker.tag.failed_attempt.label': 'Hindi naihatid',
  'tracker.tag.failed_attempt.explanation': 'Sinubukang ihatid ng courier ang parcel mo pero hindi ito naihatid.',
  'tracker.tag.available_for_pickup.label': 'Handa nang kunin',
  'tracker.tag.available_for_pickup.explanation':
    'Naghihintay ang parcel mo sa pickup point. Magdala ng ID at ng tracking number mo.',
  'tracker.tag.delivered.label': 'Naihatid na',
  'tracker.tag.delivered.explanation': 'Sabi ng courier, naihatid na ang parcel mo.',
  'tracker.tag.exception.label': 'May problema sa delivery',
  'tracker.tag.exception.explanation': 'May pumigil sa parcel mo, halimbawa sira, customs, o maling address.',
  'tracker.tag.expired.label': 'Huminto ang tracking',
  'tracker.tag.expired.explanation': 'Matagal nang walang balita mula sa courier kaya huminto na ang tracking.',
  'tracker.shipments_heading': 'Tracking',
  'tracker.no_shipments':
    'Wala pang naipapadala. Lalabas dito ang tracking kapag naibigay na ng seller ang parcel mo sa courier.',
  'tracker.parcel_heading': 'Parcel {index} sa {total}',
  'tracker.parcel_single': 'Ang parcel mo',
  'tracker.parcel_contents': 'Laman ng parcel na ito: {items}',
  'tracker.carrier': 'Courier',
  'tracker.tracking_number': 'Tracking number',
  'tracker.copy': 'Kopyahin ang tracking number',
  'tracker.copied': 'Nakopya ang tracking number.',
  'tracker.copy_failed': 'Hindi nakopya. Piliin ang tracking number at kopyahin ito nang mano-mano.',
  'tracker.estimate_range': 'Inaasahang darating mula {from} hanggang {to}',
  'tracker.estimate_day': 'Inaasahang darating sa {date}',
  'tracker.estimate_relative': 'Darating {relative}',
  'tracker.estimate_revised': 'Binago ng courier ang inaasahang petsa.',
  'tracker.delivered_on': 'Naihatid noong {date}',
  'tracker.late': 'Mas huli kaysa inaasahan',
  'tracker.timeline_heading': 'Mga update mula sa courier',
  'tracker.timeline_show_all': 'Ipakita lahat ng update ({count})',
  'tracker.timeline_show_fewer': 'Ipakita ang mas kaunting update',
  'tracker.no_checkpoints': 'Wala pang update mula sa courier.',
  'tracker.problem.exception.title': 'May problema sa delivery na ito',
  'tracker.problem.exception.explanation':
    'Nag-ulat ang courier ng problema at hindi gumagalaw ang parcel mo sa ngayon. Puwedeng alamin ito ng seller sa courier para sa iyo.',
  'tracker.problem.failed_attempt.title': 'Hindi naihatid ng courier ang parcel mo',
  'tracker.problem.failed_attempt.explanation':
    'Kadalasan, susubukan ulit nila sa susunod na araw ng trabaho o iiwan ito sa pickup point. Kung walang tao sa bahay, kontakin ang seller.',
  'tracker.problem.expired.title': 'Hindi na tina-track ang parcel na ito',
  'tracker.problem.expired.explanation':
    'Matagal nang walang balita mula sa courier. Baka nawala ang parcel. Tanungin ang seller o i-report na hindi mo ito natanggap.',
  'tracker.problem.late.title': 'Late ang parcel mo',
  'tracker.problem.late.explanation':
    'Lumipas na ang inaasahang petsa ng delivery. Kadalasan ilang araw lang ang delay, pero hindi mo kailangang maghintay: tanungin ang seller o i-report na hindi mo ito natanggap.',
  'tracker.problem.not_received.title': 'Naka-mark na naihatid, pero wala sa iyo?',
  'tracker.problem.not_received.explanation':
    'Tingnan ang mailbox mo, magtanong sa mga kapitbahay, at silipin ang mga ligtas na lugar. Kung wala talaga, sabihan kami at tutulungan ka naming maibalik ang pera mo o makakuha ng kapalit.',
  'tracker.not_received_toggle': 'Hindi ko ito natanggap',
  'tracker.action.contact_seller': 'Kontakin ang seller',
  'tracker.action.report_not_received': 'I-report na hindi natanggap',
  'tracker.action.get_help': 'Humingi ng tulong',
  'tracker.live.shipment': 'Update sa parcel mo: {status}.',
  'tracker.live.order': 'Ang order mo ay ngayon: {status}.',
  'tracker.offline': 'Offline ka. Magpapatuloy ang mga update sa tracking kapag online ka na ulit.',
  'tracker.online': 'Online ka na ulit. Updated na ang tracking.',
  'tracker.guest.heading': 'I-track ang order mo',
  'tracker.guest.intro': 'Ilagay ang order number at ang email na ginamit mo sa pag-order.',
  'tracker.guest.order_number': 'Order number',
  'tracker.guest.order_number_hint': 'Nasa confirmation email mo ito, halimbawa TX-1006.',
  'tracker.guest.email': 'Email address',
  'tracker.guest.submit': 'I-track ang order',
  'tracker.guest.submitting': 'Hinahanap ang order mo…',
  'tracker.guest.summary': 'Tingnan ang mga detalye sa ibaba',
  'tracker.guest.order_number_missing': 'Ilagay ang order number mo.',
  'tracker.guest.email_invalid': 'Ilagay ang email na ginamit mo sa pag-order, gaya ng pangalan@example.com.',
  'tracker.guest.not_found':
    'Wala kaming nahanap na order na may ganitong number at email. Tingnan ang dalawa, saka subukan ulit.',
  'tracker.status_other.label': 'Status: ina-update',
  'tracker.status_other.explanation':
    'Nasa hakbang ang order mo na hindi pa kayang ilarawan ng page na ito. Tingnan ulit mamaya, o kontakin ang seller.',
  'tracker.tag_other.label': 'Update mula sa courier',
  'tracker.tag_other.explanation':
    'May ipinadalang balita ang courier na hindi pa kayang ilarawan ng page na ito. Nasa website ng courier ang detalye.',
} as const satisfies CompleteCatalog<'tracker'>;

export default fil;
