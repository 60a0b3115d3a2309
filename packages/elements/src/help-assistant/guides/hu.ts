import type { GuideBook, GuideWords } from './types.js';

/** The how-to guides in Hungarian. */
export default {
  payment_method: {
    title: 'Fizetési mód hozzáadása vagy módosítása',
    keywords: 'kártya hitelkártya bankkártya tárca fizetés fizet elutasítva mentett kártya',
    steps: [
      'Nyissa meg a pénztárat, és lépjen a Fizetés lépésre (ha már kitöltötte, válassza a Módosítás lehetőséget).',
      'Válasszon mentett kártyát, adjon meg új kártyát, fizessen TxPay-tárcával, vagy válassza az Utánvétet, ha elérhető. Lejárt kártya nem választható.',
      'Lépjen tovább az ellenőrzéshez, és válassza a Megrendelés és fizetés lehetőséget.',
      'Ha egy fizetést elutasítottak, a súgóban válassza a Másik kártya kipróbálása lehetőséget: a cím és a választott szállítás megmarad.',
    ],
  },
  track_parcel: {
    title: 'Csomag követése',
    keywords: 'szállítás küldemény csomag nyomkövetési szám futár hol a rendelésem késik',
    steps: [
      'Nyissa meg a rendeléseit, és válassza ki a rendelést.',
      'Minden csomagnál látja az állapotot, a várható érkezést, a futárszolgálatot és a nyomkövetési számot (a Másolás gombbal kimásolhatja).',
      'Az Összes hír megjelenítése lehetőséggel a futárszolgálat minden hírét láthatja, a legújabbal kezdve.',
      'Ha egy csomag késik vagy probléma van vele, válassza a Kapcsolatfelvétel az eladóval, a Meg nem érkezés bejelentése vagy a Segítségkérés lehetőséget.',
    ],
  },
  request_refund: {
    title: 'Visszatérítés kérése',
    keywords: 'visszatérítés pénz vissza pénzvisszafizetés lemondás',
    steps: [
      'Nyissa meg a rendelést, és válassza a Visszatérítés kérése lehetőséget. Az oldal mutatja, meddig teheti ezt meg.',
      'Válassza a Visszatérítés lehetőséget, a termékeket és mennyiségeket, valamint egy okot (megjegyzés nem kötelező).',
      'Ellenőrizze az összeget, és küldje el a kérést. Az eladónak a megadott dátumig válaszolnia kell; ha nem teszi, a kérés jóváhagyottnak számít.',
      'Kövesse a kérést ugyanazon az oldalon: fogadjon el vagy utasítson el egy részleges ajánlatot, vagy vonja vissza a kérést, amíg lehet.',
    ],
  },
  start_return: {
    title: 'Visszaküldés indítása',
    keywords: 'visszaküldés visszaküld csere címke termék visszaküldése',
    steps: [
      'Nyissa meg a rendelést, válassza a Visszatérítés kérése, majd a Visszaküldés és visszatérítés (vagy a Csere) lehetőséget.',
      'Válassza ki a termékeket és mennyiségeket, adjon meg egy okot, és küldje el a kérést.',
      'Ha az eladó elfogadja, megjelenik a visszaküldési címke a futárszolgálattal, a nyomkövetési számmal és azzal a dátummal, ameddig fel kell adnia a csomagot.',
      'Adja fel a csomagot, és válassza az Elküldtem lehetőséget. A visszatérítés akkor következik, amikor az eladó megkapja.',
    ],
  },
  open_dispute: {
    title: 'Vita indítása',
    keywords: 'vita panasz reklamáció probléma nem érkezett meg sérült rossz termék ügy',
    steps: [
      'Nyissa meg a rendelést, és válassza a Probléma bejelentése lehetőséget.',
      'Válasszon okot és termékeket, írja le, mi történt, és mit szeretne: visszatérítést, cserét vagy visszaküldést visszatérítés ellenében.',
      'Ha vannak, csatoljon bizonyítékként fényképeket vagy dokumentumokat, és küldje el. Ha elhagyja az oldalt, a piszkozat ezen az eszközön marad.',
      'Kövesse az ügyet: válaszoljon az eladó ajánlatára és az üzenetekre, és ha felajánljuk, válassza a Döntsön a csapatunk lehetőséget.',
    ],
  },
  notifications: {
    title: 'Értesítések kezelése',
    keywords: 'értesítések e-mail sms üzenetek figyelmeztetések beállítások leiratkozás',
    steps: [
      'Nyissa meg a rendeléseit, és válassza az Értesítési beállítások lapot.',
      'Minden üzenettípushoz csatornánként tartozik egy kapcsoló, például e-mailhez vagy SMS-hez.',
      'Kapcsoljon be vagy ki egy kapcsolót: a módosítás azonnal mentésre kerül.',
    ],
  },
  your_data: {
    title: 'Adatai letöltése vagy törlése',
    keywords: 'adatvédelem személyes adatok exportálás törlés fiók GDPR',
    steps: [
      'Nyissa meg az Adatvédelem részt, és válassza az Adataim letöltése lehetőséget. A fájl elkészül; töltse le, amikor kész.',
      'A törléshez válassza az Adataim törlése lehetőséget. Látni fogja, mit távolítunk el, mit kell a törvény szerint megőriznünk, és miért.',
      'A nyitott rendeléseket, visszatérítéseket és vitákat előbb le kell zárni; egy kifizetetlen rendelést ott helyben lemondhat.',
      'Erősítse meg, és az adatait töröljük.',
    ],
  },
} satisfies GuideBook;

/** The guide view's own words (the guide list, search, "Was this helpful?"), in this chunk, not the bundle. */
export const words = {
  search_label: 'Keresés az útmutatókban',
  search: 'Keresés',
  list: 'Összes útmutató',
  results: 'Útmutatók erre: „{query}”',
  found: 'Talált útmutatók: {count}.',
  no_results:
    'Egy útmutató sem felel meg ennek: „{query}”. Próbáljon más szavakat, vagy kérjen segítséget egy munkatársunktól. Ha az oldalak nem töltődnek be, ellenőrizze a kapcsolatot.',
  helpful: 'Hasznos volt?',
  yes: 'Igen',
  no: 'Nem',
  thanks: 'Köszönjük a visszajelzését.',
  back: 'Vissza az útmutatókhoz',
  video: 'Videó: {title}',
  captions: 'Feliratok',
  transcript: 'Átirat',
  no_video: 'Ez a böngésző nem tudja lejátszani a videót. Az alábbi lépések ugyanezt mondják el.',
} satisfies GuideWords;
