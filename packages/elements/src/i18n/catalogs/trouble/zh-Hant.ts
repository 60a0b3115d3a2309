import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Traditional Chinese. */
const zhHant = {
  'trouble.heading': '交易失敗',
  'trouble.payments': '失敗的付款',
  'trouble.none': '您最近的訂單中沒有付款失敗的訂單。',
  'trouble.pick': '哪筆付款失敗了？',
  'trouble.attempt': '訂單 {number}，{total}，{date}',
  'trouble.cause': '原因：',
  'trouble.steps': '怎麼辦：',
  'trouble.step.address': '請確認帳單地址與銀行為這張卡登記的地址相同。',
  'trouble.step.kept': '訂單 {number} 仍會保留：用另一張卡付款，不會有任何損失。',
  'trouble.address': '地址問題',
  'trouble.country': '收件國家或地區',
  'trouble.field.name': '姓名：必填。',
  'trouble.field.line1': '街道地址：必填。',
  'trouble.field.city': '城市：必填。',
  'trouble.field.region_required': '州、省或地區：在{country}必填。',
  'trouble.field.region_optional': '州、省或地區：在{country}選填。',
  'trouble.field.postal_required': '郵遞區號：在{country}必填，依當地格式填寫。',
  'trouble.field.postal_optional': '郵遞區號：在{country}選填。',
  'trouble.field.postal_none': '郵遞區號：{country}沒有郵遞區號，請留空。',
  'trouble.field.phone': '電話：選填，僅供貨運業者使用。',
  'trouble.postal.label': '檢查{country}的郵遞區號',
  'trouble.postal.check': '檢查',
  'trouble.postal.ok': '{code} 是{country}的有效郵遞區號。',
  'trouble.postal.invalid': '{code} 不是{country}的郵遞區號。請從寄到該地址的信件上抄寫。',
  'trouble.postal.empty': '請輸入郵遞區號，然後選擇「檢查」。',
} as const satisfies CompleteCatalog<'trouble'>;

export default zhHant;
