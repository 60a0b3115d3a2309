import type { CompleteCatalog } from '@txassist/sdk/i18n';

const hi = {
  'inbox.heading': 'संदेश',
  'inbox.list_label': 'संदेश, सबसे नए पहले',
  'inbox.empty': 'अभी तक कोई संदेश नहीं।',
  'inbox.empty_next': 'आपके ऑर्डर में कुछ भी होने पर हम आपको यहाँ बताएँगे।',
  'inbox.new': 'नया',
  'inbox.message': 'ऑर्डर {number}: {what}',
  'inbox.view': 'ऑर्डर {number} देखें',
  'inbox.mark_read': 'पढ़ा हुआ मार्क करें',
  'inbox.marked_read': 'पढ़ा हुआ मार्क किया गया।',
  'inbox.more': 'पुराने संदेश दिखाएँ',
  'inbox.case_news.message_added': 'आपके अनुरोध पर नया संदेश',
  'inbox.case_news.deadline_passed': 'एक समय-सीमा निकल गई',
  'inbox.case_news.decided': 'हमारी टीम ने फ़ैसला कर दिया है',
  'inbox.case_news.updated': 'आपका अनुरोध अपडेट हुआ',
  'inbox.support_reply': 'सहायता टीम का जवाब',
  'inbox.read_reply': 'जवाब पढ़ें',
} as const satisfies CompleteCatalog<'inbox'>;

export default hi;
