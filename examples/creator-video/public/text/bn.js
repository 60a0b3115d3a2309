// The creator page's words: bn (keys as in en.js).
export default {
  'index.title': 'Mia-র সঙ্গে গ্লো রুটিন — সে যা ব্যবহার করে তা কিনুন',
  'index.heading': 'আমার ৩ মিনিটের গ্লো রুটিন',
  'index.video': 'ভিডিও: Mia সিরাম আর লিপ টিন্ট লাগাচ্ছে',
  'index.caption': 'Mia প্রতিদিন সকালে যে সিরাম আর লিপ টিন্ট ব্যবহার করে তা দেখাচ্ছে।',
  'index.pitch': 'এই ভিডিওর সবকিছু, আপনার দরজায় পৌঁছে যাবে।',
  'index.buy': 'রুটিনটি কিনুন',
  'index.ordered': 'অর্ডার হয়েছে: {number}',
  close: 'বন্ধ করুন',
  'buy.title': 'Mia-র সঙ্গে Glow Serum — এখানেই কিনুন',
  'buy.heading': 'আমার ৩ মিনিটের গ্লো রুটিনের সিরাম',
  'buy.intro': 'এখানেই কিনুন, কোনো অ্যাকাউন্ট লাগবে না। আমরা আপনাকে নিশ্চিতকরণ আর অর্ডার ট্র্যাক করার লিংক ইমেল করব।',
  'track.title': 'আপনার অর্ডার ট্র্যাক করুন — Mia-র সঙ্গে Glow Serum',
  'track.heading': 'Mia-র সঙ্গে Glow Serum',
  'track.back': 'সিরামে ফিরে যান',
  language: 'ভাষা',
  'language.show': 'পেজ দেখান',
};
