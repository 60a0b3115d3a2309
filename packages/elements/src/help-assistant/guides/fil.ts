import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Filipino. */
export default {
  payment_method: {
    title: 'Magdagdag o magpalit ng paraan ng pagbabayad',
    keywords: 'card credit debit wallet bayad pagbabayad tinanggihan naka-save na card',
    steps: [
      'Buksan ang iyong checkout at pumunta sa hakbang na Pagbabayad (piliin ang Baguhin kung tapos mo na ito).',
      'Pumili ng naka-save na card, maglagay ng bagong card, magbayad gamit ang TxPay wallet, o piliin ang cash on delivery kung inaalok. Hindi mapipili ang expired na card.',
      'Tumuloy sa Suriin at piliin ang Mag-order at magbayad.',
      'Kung tinanggihan ang bayad, piliin ang Sumubok ng ibang card sa Tulong: nananatili ang iyong address at napiling delivery.',
    ],
  },
  track_parcel: {
    title: 'Subaybayan ang parcel',
    keywords: 'delivery padala pakete tracking number courier nasaan ang order ko huli',
    steps: [
      'Buksan ang iyong mga order at piliin ang order.',
      'Ipinapakita ng bawat parcel ang status nito, kung kailan ito darating, ang courier at ang tracking number (Kopyahin para kopyahin ito).',
      'Piliin ang Ipakita ang lahat ng update para makita ang bawat balita mula sa courier, pinakabago muna.',
      'Kung huli o may problema ang parcel, piliin ang Kontakin ang seller, I-report na hindi natanggap, o Humingi ng tulong.',
    ],
  },
  request_refund: {
    title: 'Humiling ng refund',
    keywords: 'ibalik ang pera refund kanselahin',
    steps: [
      'Buksan ang order at piliin ang Humiling ng refund. Ipinapakita ng page kung hanggang kailan ka puwedeng humiling.',
      'Piliin ang Refund, ang mga item at dami, at ang dahilan (opsyonal ang tala).',
      'Suriin ang halaga at ipadala ang kahilingan. Dapat sumagot ang seller bago ang petsang nakasaad; kung hindi, aprubado ito.',
      'Subaybayan ang kahilingan sa parehong page: tanggapin o tanggihan ang bahagyang alok, o kanselahin ang kahilingan habang puwede pa.',
    ],
  },
  start_return: {
    title: 'Magsimula ng return',
    keywords: 'return ibalik palitan kapalit label',
    steps: [
      'Buksan ang order, piliin ang Humiling ng refund, at pagkatapos ay Return at refund (o Kapalit).',
      'Piliin ang mga item at dami, magbigay ng dahilan at ipadala ang kahilingan.',
      'Kapag pumayag ang seller, lalabas ang return label kasama ang courier, ang tracking number at ang petsa kung kailan ito dapat maipadala.',
      'Ipadala ang parcel at piliin ang Naipadala ko na. Susunod ang refund kapag natanggap ito ng seller.',
    ],
  },
  open_dispute: {
    title: 'Magbukas ng dispute',
    keywords: 'dispute reklamo problema hindi natanggap sira maling item kaso',
    steps: [
      'Buksan ang order at piliin ang Mag-report ng problema.',
      'Pumili ng dahilan at ng mga item, ilarawan ang nangyari, at sabihin ang gusto mo: refund, kapalit, o return at refund.',
      'Magdagdag ng mga larawan o dokumento kung mayroon, saka ipadala. Nananatili ang iyong draft sa device na ito kung aalis ka.',
      'Subaybayan ang kaso: sagutin ang alok ng seller, tumugon sa mga mensahe, at piliin ang Hayaang magpasya ang aming team kapag inaalok.',
    ],
  },
  notifications: {
    title: 'Pamahalaan ang mga notification',
    keywords: 'notification email SMS text mensahe alerto kagustuhan mag-unsubscribe',
    steps: [
      'Buksan ang iyong mga order at piliin ang tab na Mga setting ng notification.',
      'May switch ang bawat uri ng mensahe para sa bawat channel, gaya ng email o text message.',
      'I-on o i-off ang switch: agad na nase-save ang pagbabago.',
    ],
  },
  your_data: {
    title: 'I-download o burahin ang iyong data',
    keywords: 'privacy personal na data i-export burahin tanggalin account',
    steps: [
      'Buksan ang Privacy at piliin ang I-download ang aking data. Inihahanda ang file; i-download ito kapag handa na.',
      'Para burahin ito, piliin ang Burahin ang aking data. Makikita mo kung ano ang aalisin, at kung ano ang dapat naming itago ayon sa batas at kung bakit.',
      'Dapat munang matapos ang mga bukas na order, refund at dispute; puwedeng kanselahin doon mismo ang order na hindi pa bayad.',
      'Kumpirmahin, at mabubura ang iyong data.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Maghanap sa mga gabay',
  search: 'Maghanap',
  list: 'Lahat ng gabay',
  results: 'Mga gabay na tugma sa “{query}”:',
  found: 'Mga gabay na nakita: {count}.',
  no_results:
    'Walang gabay na tugma sa “{query}”. Sumubok ng ibang salita, o humingi ng tulong sa isang tao. Kung hindi naglo-load ang mga page, suriin ang iyong koneksyon.',
  helpful: 'Nakatulong ba ito?',
  yes: 'Oo',
  no: 'Hindi',
  thanks: 'Salamat sa pagsabi sa amin.',
  back: 'Bumalik sa mga gabay',
  video: 'Bidyo: {title}',
  captions: 'Mga caption',
  transcript: 'Transkripsyon',
  no_video: 'Hindi ma-play ng browser na ito ang bidyo. Pareho ang sinasabi ng mga hakbang sa ibaba.',
} satisfies GuideWords;
