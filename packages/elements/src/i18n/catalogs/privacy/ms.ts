import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** Malay (Malaysia), with "anda", as Malaysian shopping apps address buyers. */
const ms = {
  'privacy.heading': 'Privasi dan data anda',
  'privacy.intro':
    'Pilih tujuan data anda digunakan dan cara kami menghubungi anda. Anda juga boleh memuat turun atau memadam data anda.',
  'privacy.loading': 'Memuatkan tetapan privasi anda…',
  'privacy.on': 'Hidup',
  'privacy.off': 'Mati',
  'privacy.saving': 'Menyimpan…',
  'privacy.saved_on': '“{label}” kini dihidupkan.',
  'privacy.saved_off': '“{label}” kini dimatikan.',
  'privacy.save_failed': 'Kami tidak dapat menyimpan “{label}”, jadi tetapannya kembali seperti asal.',
  'privacy.consents.heading': 'Tujuan kami menggunakan data anda',
  'privacy.consents.intro': 'Perubahan berkuat kuasa serta-merta, dan anda boleh mengubah fikiran pada bila-bila masa.',
  'privacy.consents.necessary':
    'Sentiasa hidup: diperlukan untuk menghantar pesanan anda. Untuk menghentikannya, padam data anda di bawah.',
  'privacy.consents.changed': 'Kali terakhir diubah pada {date}',
  'privacy.consent.order_processing.label': 'Memproses pesanan dan bayaran anda',
  'privacy.consent.order_processing.explanation':
    'Kami menggunakan nama, butiran hubungan dan butiran bayaran anda untuk menerima bayaran dan mengurus pesanan, bayaran balik serta pertikaian anda.',
  'privacy.consent.carrier_address_sharing.label': 'Berkongsi alamat anda dengan syarikat penghantaran',
  'privacy.consent.carrier_address_sharing.explanation':
    'Syarikat penghantaran menerima nama, alamat dan nombor telefon anda supaya boleh menghantar bungkusan anda.',
  'privacy.consent.notifications_email.label': 'Mesej melalui e-mel',
  'privacy.consent.notifications_email.explanation':
    'Kami menghantar e-mel tentang pesanan, penghantaran, bayaran balik dan pertikaian anda.',
  'privacy.consent.notifications_sms.label': 'Mesej teks (SMS)',
  'privacy.consent.notifications_sms.explanation':
    'Kami menghantar SMS tentang pesanan dan penghantaran anda. Caj biasa pelan telefon anda mungkin dikenakan.',
  'privacy.consent.personalisation.label': 'Cadangan dan iklan diperibadikan',
  'privacy.consent.personalisation.explanation':
    'Kami menggunakan apa yang anda beli dan lihat untuk mencadangkan produk dan memaparkan iklan yang sesuai dengan anda. Dimatikan kecuali anda menghidupkannya.',
  'privacy.preferences.heading': 'Cara kami menghubungi anda',
  'privacy.preferences.intro': 'Pilih mesej yang anda terima, dan di mana.',
  'privacy.preferences.caption': 'Mesej mengikut saluran',
  'privacy.preferences.kind_header': 'Mesej',
  'privacy.preferences.cell_label': '{kind}: {channel}',
  'privacy.preferences.paused': 'Dijeda',
  'privacy.preferences.withdrawn':
    '{channel} dijeda kerana “{consent}” dimatikan di atas. Pilihan anda di sini disimpan sehingga anda menghidupkannya semula.',
  'privacy.kind.order_updates': 'Kemas kini pesanan',
  'privacy.kind.delivery_problems': 'Masalah penghantaran',
  'privacy.kind.refunds_and_disputes': 'Bayaran balik dan pertikaian',
  'privacy.channel.in_app': 'Dalam aplikasi',
  'privacy.channel.email': 'E-mel',
  'privacy.channel.sms': 'SMS',
  'privacy.export.heading': 'Muat turun data saya',
  'privacy.export.intro':
    'Dapatkan salinan semua data yang kami simpan tentang anda, dalam fail JSON yang boleh dibaca oleh perkhidmatan lain. Anda boleh memuat turunnya sekali, dalam masa 24 jam.',
  'privacy.export.request': 'Minta data saya',
  'privacy.erasure.heading': 'Padam data saya',
  'privacy.erasure.intro':
    'Ini memadam data peribadi anda dan menutup akaun anda di kedai ini. Ia tidak boleh dibatalkan.',
  'privacy.erasure.removed_heading': 'Apa yang kami padam',
  'privacy.erasure.kept_heading': 'Apa yang kami simpan, dan sebabnya',
  'privacy.erasure.removed.contact_details': 'Nama, alamat e-mel dan nombor telefon anda',
  'privacy.erasure.removed.shipping_addresses': 'Alamat penghantaran pada pesanan anda',
  'privacy.erasure.removed.preferences_and_messages': 'Persetujuan, pilihan pemberitahuan dan mesej anda',
  'privacy.erasure.removed.activity_history': 'Sesi, eksport data dan sejarah kemas kini langsung',
  'privacy.erasure.kept.financial_records.record': 'Pesanan dan bayaran (item, amaun, tarikh)',
  'privacy.erasure.kept.financial_records.reason':
    'Undang-undang cukai dan perakaunan mewajibkan kami menyimpannya, tanpa apa-apa yang mengaitkannya dengan anda.',
  'privacy.erasure.kept.audit_log.record': 'Log audit keselamatan',
  'privacy.erasure.kept.audit_log.reason':
    'Ia merekodkan siapa yang mengakses data peribadi, untuk melindungi anda. Ia hanya mengandungi ID yang tidak lagi merujuk kepada anda.',
  'privacy.erasure.start': 'Padam data saya…',
  'privacy.erasure.done_heading': 'Data anda telah dipadam',
  'privacy.erasure.done_text':
    'Kami telah memadam data peribadi anda pada {date}. Anda telah dilog keluar dari kedai ini.',
  'privacy.other': 'Penggunaan lain data anda',
} as const satisfies CompleteCatalog<'privacy'>;

export default ms;
