import type { CompleteCatalog } from '@txassist/sdk/i18n';

/** "Transaction failed" in Simplified Chinese. */
const zhHans = {
  'trouble.heading': '交易失败',
  'trouble.payments': '失败的付款',
  'trouble.none': '您最近的订单中没有付款失败的订单。',
  'trouble.pick': '哪笔付款失败了？',
  'trouble.attempt': '订单 {number}，{total}，{date}',
  'trouble.cause': '原因：',
  'trouble.steps': '怎么办：',
  'trouble.step.address': '请确认账单地址与银行为这张卡登记的地址一致。',
  'trouble.step.kept': '订单 {number} 仍会保留：用另一张卡付款，不会有任何损失。',
  'trouble.address': '地址问题',
  'trouble.country': '收货国家或地区',
  'trouble.field.name': '姓名：必填。',
  'trouble.field.line1': '街道地址：必填。',
  'trouble.field.city': '城市：必填。',
  'trouble.field.region_required': '州、省或地区：在{country}必填。',
  'trouble.field.region_optional': '州、省或地区：在{country}选填。',
  'trouble.field.postal_required': '邮政编码：在{country}必填，按当地格式填写。',
  'trouble.field.postal_optional': '邮政编码：在{country}选填。',
  'trouble.field.postal_none': '邮政编码：{country}没有邮政编码，请留空。',
  'trouble.field.phone': '电话：选填，仅供承运商使用。',
  'trouble.postal.label': '检查{country}的邮政编码',
  'trouble.postal.check': '检查',
  'trouble.postal.ok': '{code} 是{country}的有效邮政编码。',
  'trouble.postal.invalid': '{code} 不是{country}的邮政编码。请从寄到该地址的信件上抄写。',
  'trouble.postal.empty': '请输入邮政编码，然后选择“检查”。',
} as const satisfies CompleteCatalog<'trouble'>;

export default zhHans;
