import type { CompleteCatalog } from '@txassist/sdk/i18n';

const he = {
  'display.heading': 'תצוגה',
  'display.intro': 'הגדילו את הטקסט או הגבירו את הניגודיות בדפי ההזמנות והתשלום של החנות. המכשיר הזה יזכור זאת.',
  'display.text_size': 'גודל טקסט',
  'display.contrast': 'ניגודיות גבוהה',
  'display.contrast_hint': 'צבעים וגבולות חזקים יותר.',
  'display.preview': 'תצוגה מקדימה: ההזמנה שלך נשלחה ותגיע ביום חמישי.',
  'display.changed_on': 'גודל טקסט {size}, ניגודיות גבוהה פועלת.',
  'display.changed_off': 'גודל טקסט {size}, ניגודיות גבוהה כבויה.',
  'display.open': 'גודל טקסט וניגודיות',
} as const satisfies CompleteCatalog<'display'>;

export default he;
