// The creator page's words: hi (keys as in en.js).
export default {
  'index.title': 'Mia के साथ ग्लो रूटीन — वही खरीदें जो वह इस्तेमाल करती है',
  'index.heading': 'मेरा 3 मिनट का ग्लो रूटीन',
  'index.video': 'वीडियो: Mia सीरम और लिप टिंट लगा रही है',
  'index.caption': 'Mia वह सीरम और लिप टिंट दिखाती है जो वह हर सुबह इस्तेमाल करती है।',
  'index.pitch': 'इस वीडियो की हर चीज़, आपके दरवाज़े तक।',
  'index.buy': 'रूटीन खरीदें',
  'index.ordered': 'ऑर्डर हो गया: {number}',
  close: 'बंद करें',
  'buy.title': 'Mia के साथ Glow Serum — यहीं खरीदें',
  'buy.heading': 'मेरे 3 मिनट के ग्लो रूटीन का सीरम',
  'buy.intro': 'यहीं खरीदें, किसी खाते की ज़रूरत नहीं। हम आपको पुष्टि और ऑर्डर ट्रैक करने का लिंक ईमेल करेंगे।',
  'track.title': 'अपना ऑर्डर ट्रैक करें — Mia के साथ Glow Serum',
  'track.heading': 'Mia के साथ Glow Serum',
  'track.back': 'सीरम पर वापस जाएँ',
  language: 'भाषा',
  'language.show': 'पेज दिखाएँ',
};
