import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Romanian. */
export default {
  payment_method: {
    title: 'Adăugați sau schimbați metoda de plată',
    keywords: 'card credit debit portofel plată plătiți refuzată card salvat',
    steps: [
      'Deschideți pagina de finalizare a comenzii și mergeți la pasul Plată (alegeți Modificați dacă l-ați finalizat deja).',
      'Alegeți un card salvat, introduceți un card nou, plătiți cu portofelul TxPay sau alegeți Plată ramburs, unde este disponibilă. Un card expirat nu poate fi ales.',
      'Continuați la verificare și alegeți Plasați comanda și plătiți.',
      'Dacă o plată a fost refuzată, alegeți Încercați alt card din ajutor: adresa și livrarea aleasă se păstrează.',
    ],
  },
  track_parcel: {
    title: 'Urmăriți coletul',
    keywords: 'livrare expediere colet număr de urmărire curier unde este comanda întârziere',
    steps: [
      'Deschideți comenzile dvs. și alegeți comanda.',
      'Fiecare colet își arată starea, când ar trebui să sosească, curierul și numărul de urmărire (Copiați îl copiază).',
      'Alegeți Afișați toate noutățile pentru a vedea toate mesajele curierului, cele mai noi primele.',
      'Dacă un colet întârzie sau are o problemă, alegeți Contactați vânzătorul, Raportați că nu a sosit sau Obțineți ajutor.',
    ],
  },
  request_refund: {
    title: 'Solicitați o rambursare',
    keywords: 'rambursare bani înapoi restituire anulare',
    steps: [
      'Deschideți comanda și alegeți Solicitați o rambursare. Pagina arată până când puteți face acest lucru.',
      'Alegeți O rambursare, produsele și cantitățile și un motiv (o notă este opțională).',
      'Verificați suma și trimiteți cererea. Vânzătorul trebuie să răspundă până la data afișată; altfel cererea se consideră aprobată.',
      'Urmăriți cererea pe aceeași pagină: acceptați sau refuzați o ofertă parțială ori anulați cererea cât timp se mai poate.',
    ],
  },
  start_return: {
    title: 'Inițiați un retur',
    keywords: 'retur returnare trimiteți înapoi schimb înlocuire etichetă',
    steps: [
      'Deschideți comanda, alegeți Solicitați o rambursare, apoi Retur și rambursare (sau Înlocuire).',
      'Alegeți produsele și cantitățile, indicați un motiv și trimiteți cererea.',
      'Când vânzătorul acceptă, apare eticheta de retur cu curierul, numărul de urmărire și data până la care trebuie să trimiteți coletul.',
      'Trimiteți coletul și alegeți L-am expediat. Rambursarea urmează după ce vânzătorul îl primește.',
    ],
  },
  open_dispute: {
    title: 'Deschideți o dispută',
    keywords: 'dispută reclamație problemă nu a sosit deteriorat produs greșit caz',
    steps: [
      'Deschideți comanda și alegeți Raportați o problemă.',
      'Alegeți un motiv și produsele, descrieți ce s-a întâmplat și ce doriți: o rambursare, o înlocuire sau retur și rambursare.',
      'Adăugați fotografii sau documente ca dovezi, dacă aveți, și trimiteți. Dacă părăsiți pagina, ciorna rămâne pe acest dispozitiv.',
      'Urmăriți cazul: răspundeți la oferta vânzătorului și la mesaje și alegeți Cereți echipei noastre să decidă, când vi se oferă această opțiune.',
    ],
  },
  notifications: {
    title: 'Gestionați notificările',
    keywords: 'notificări e-mail sms mesaje alerte preferințe dezabonare',
    steps: [
      'Deschideți comenzile dvs. și alegeți fila Setări pentru notificări.',
      'Fiecare tip de mesaj are un comutator pentru fiecare canal, precum e-mail sau SMS.',
      'Activați sau dezactivați un comutator: modificarea se salvează imediat.',
    ],
  },
  your_data: {
    title: 'Descărcați sau ștergeți datele dvs.',
    keywords: 'confidențialitate date personale export ștergere cont GDPR',
    steps: [
      'Deschideți Confidențialitate și alegeți Descărcați datele mele. Fișierul se pregătește; descărcați-l când este gata.',
      'Pentru ștergere, alegeți Ștergeți datele mele. Vedeți ce se elimină, ce trebuie să păstrăm conform legii și de ce.',
      'Comenzile, rambursările și disputele deschise trebuie finalizate mai întâi; o comandă neplătită o puteți anula chiar acolo.',
      'Confirmați, iar datele dvs. sunt șterse.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Căutați în ghiduri',
  search: 'Căutați',
  list: 'Toate ghidurile',
  results: 'Ghiduri pentru „{query}”:',
  found: 'Ghiduri găsite: {count}.',
  no_results:
    'Niciun ghid nu corespunde căutării „{query}”. Încercați alte cuvinte sau cereți ajutorul unei persoane. Dacă paginile nu se încarcă, verificați conexiunea.',
  helpful: 'V-a fost util?',
  yes: 'Da',
  no: 'Nu',
  thanks: 'Vă mulțumim pentru feedback.',
  back: 'Înapoi la ghiduri',
  video: 'Videoclip: {title}',
  captions: 'Subtitrări',
  transcript: 'Transcriere',
  no_video: 'Acest browser nu poate reda videoclipul. Pașii de mai jos spun același lucru.',
} satisfies GuideWords;
