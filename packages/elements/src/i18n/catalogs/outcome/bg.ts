import type { CompleteCatalog } from '@txassist/sdk/i18n';

const bg = {
  'outcome.declined.heading': 'Плащането ви не премина',
  'outcome.declined.kept':
    'Всичко друго, което въведохте, е запазено. Трябва да въведете отново само данните на картата.',

  'outcome.challenge.heading': 'Потвърдете, че сте вие',
  'outcome.challenge.code': 'Код за потвърждение',
  'outcome.challenge.code_hint': 'Можете да поставите кода. Изтича в {time}.',
  'outcome.challenge.verify': 'Потвърди и плати',
  'outcome.challenge.resend': 'Изпрати нов код',
  'outcome.challenge.resend_wait': 'Можете да поискате нов код след {seconds} s.',
  'outcome.challenge.resent': 'Изпратихме нов код. Валиден е само най-новият.',
  'outcome.challenge.attempts_left': 'Оставащи опити: {count}',
  'outcome.challenge.required': 'Въведете 6-цифрения код, който ви изпратихме.',
  'outcome.challenge.format': 'Кодът е от 6 цифри. Проверете го и го въведете отново.',
  'outcome.challenge.wrong': 'Този код не е верен. Проверете най-новото съобщение и опитайте отново.',
  'outcome.challenge.expired': 'Този код е изтекъл. Изпратете нов код и го въведете.',
  'outcome.challenge.locked':
    'Твърде много грешни кодове, затова спряхме това плащане, за да ви защитим. Изберете друг начин на плащане или опитайте по-късно.',
  'outcome.challenge.verifying': 'Проверяваме кода…',

  'outcome.wallet.returned': 'Добре дошли отново. Потвърждаваме плащането ви с TxPay…',
  'outcome.wallet.cancelled': 'Напуснахте TxPay без да платите. Изберете как искате да платите и опитайте отново.',

  'outcome.on_hold.heading': 'Поръчката ви е направена и очаква кратка проверка',
  'outcome.on_hold.body':
    'Проверяваме това плащане, преди поръчката ви да бъде подготвена. Не е нужно да правите нищо: ще ви изпратим имейл, когато приключим, обикновено до един ден.',

  'outcome.confirmation.heading': 'Благодарим, поръчката ви е направена',
  'outcome.confirmation.number': 'Номер на поръчката: {number}',
  'outcome.confirmation.paid': 'Платено {total} с {method}',
  'outcome.confirmation.cod_due': 'Пригответе {total} за куриера.',
  'outcome.confirmation.track': 'Проследете поръчката си',
  'outcome.confirmation.next_heading': 'Какво следва',
  'outcome.confirmation.next':
    'Продавачът вече подготвя поръчката ви. Ще ви уведомим, когато тръгне, а можете да я следите по всяко време с номера на поръчката.',
  'outcome.failure.network':
    'Не успяхме да се свържем с магазина. Проверете връзката си и опитайте отново. Няма да бъдете таксувани два пъти.',
  'outcome.failure.generic': 'Нещо се обърка при нас. Опитайте отново след малко; няма да бъдете таксувани два пъти.',
} as const satisfies CompleteCatalog<'outcome'>;

export default bg;
