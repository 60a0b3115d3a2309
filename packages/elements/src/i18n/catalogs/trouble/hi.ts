import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Hindi. */
const hi = {
  'trouble.heading': 'लेन-देन विफल रहा',
  'trouble.payments': 'विफल भुगतान',
  'trouble.none': 'आपके हाल के किसी भी ऑर्डर में भुगतान विफल नहीं हुआ है।',
  'trouble.pick': 'कौन-सा भुगतान विफल हुआ?',
  'trouble.attempt': 'ऑर्डर {number}, {total}, {date}',
  'trouble.cause': 'कारण:',
  'trouble.steps': 'क्या करें:',
  'trouble.step.address': 'जाँचें कि बिलिंग पता वही है जो इस कार्ड के लिए आपके बैंक के पास दर्ज है।',
  'trouble.step.kept': 'ऑर्डर {number} सुरक्षित है: किसी दूसरे कार्ड से भुगतान करें, कुछ भी नहीं खोएगा।',
  'trouble.address': 'पते से जुड़ी समस्याएँ',
  'trouble.country': 'जिस देश में सामान भेजना है',
  'trouble.field.name': 'पूरा नाम: ज़रूरी है।',
  'trouble.field.line1': 'सड़क का पता: ज़रूरी है।',
  'trouble.field.city': 'शहर: ज़रूरी है।',
  'trouble.field.region_required': 'राज्य, प्रांत या क्षेत्र: {country} में ज़रूरी है।',
  'trouble.field.region_optional': 'राज्य, प्रांत या क्षेत्र: {country} में वैकल्पिक है।',
  'trouble.field.postal_required': 'पिन/पोस्टल कोड: {country} में ज़रूरी है, वहाँ के स्थानीय फ़ॉर्मेट में।',
  'trouble.field.postal_optional': 'पिन/पोस्टल कोड: {country} में वैकल्पिक है।',
  'trouble.field.postal_none': 'पिन/पोस्टल कोड: {country} में यह नहीं होता, इसे खाली छोड़ दें।',
  'trouble.field.phone': 'फ़ोन: वैकल्पिक, सिर्फ़ कूरियर के लिए।',
  'trouble.postal.label': '{country} का पोस्टल कोड जाँचें',
  'trouble.postal.check': 'जाँचें',
  'trouble.postal.ok': '{code}, {country} का एक मान्य पोस्टल कोड है।',
  'trouble.postal.invalid': '{code}, {country} का पोस्टल कोड नहीं है। उस पते पर आई किसी चिट्ठी से इसे कॉपी करें।',
  'trouble.postal.empty': 'कोई पोस्टल कोड डालें, फिर “जाँचें” चुनें।',
} as const satisfies CompleteCatalog<'trouble'>;

export default hi;
