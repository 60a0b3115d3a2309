import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Turkish. */
const tr = {
  'trouble.heading': 'İşlem başarısız',
  'trouble.payments': 'Başarısız ödemeler',
  'trouble.none': 'Son siparişlerinizin hiçbirinde başarısız ödeme yok.',
  'trouble.pick': 'Hangi ödeme başarısız oldu?',
  'trouble.attempt': '{number} numaralı sipariş, {total}, {date}',
  'trouble.cause': 'Neden:',
  'trouble.steps': 'Ne yapabilirsiniz:',
  'trouble.step.address': 'Fatura adresinin, bankanızın bu kart için kayıtlı adresiyle aynı olduğunu kontrol edin.',
  'trouble.step.kept': '{number} numaralı sipariş korunuyor: başka bir kartla ödeyin, hiçbir şey kaybolmaz.',
  'trouble.address': 'Adres sorunları',
  'trouble.country': 'Gönderim yapılacak ülke',
  'trouble.field.name': 'Ad soyad: zorunlu.',
  'trouble.field.line1': 'Adres: zorunlu.',
  'trouble.field.city': 'Şehir: zorunlu.',
  'trouble.field.region_required': 'İl, eyalet veya bölge: {country} için zorunlu.',
  'trouble.field.region_optional': 'İl, eyalet veya bölge: {country} için isteğe bağlı.',
  'trouble.field.postal_required': 'Posta kodu: {country} için yerel biçimde zorunlu.',
  'trouble.field.postal_optional': 'Posta kodu: {country} için isteğe bağlı.',
  'trouble.field.postal_none': 'Posta kodu: {country} posta kodu kullanmıyor, alanı boş bırakın.',
  'trouble.field.phone': 'Telefon: isteğe bağlı, yalnızca kargo firması için.',
  'trouble.postal.label': '{country} için posta kodu kontrol edin',
  'trouble.postal.check': 'Kontrol et',
  'trouble.postal.ok': '{code}, {country} için geçerli bir posta kodu.',
  'trouble.postal.invalid':
    '{code}, {country} posta kodu değil. Posta kodunu bu adrese gönderilmiş bir mektuptan alın.',
  'trouble.postal.empty': 'Bir posta kodu girip Kontrol et’i seçin.',
} as const satisfies CompleteCatalog<'trouble'>;

export default tr;
