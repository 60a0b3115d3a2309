// The step-up verification code the API mailed to an address, read from the SMTP capture (never by the page's API).

/** The newest 6-digit code in mail to `email` (a resent code replaces the old one); `code: null` while none came. */
export function mailedCode(messages, email) {
  const to = String(email ?? '').toLowerCase();
  const mailTo = messages.filter((message) => message.to.some((address) => address.toLowerCase() === to)).reverse();
  for (const message of mailTo) {
    // Quoted-printable soft line breaks could split the sentence.
    const code = /(?:verification|sign-in) code is (\d{6})/i.exec(message.raw.replace(/=\r?\n/g, ''))?.[1];
    if (code) return { code, count: mailTo.length };
  }
  return { code: null, count: mailTo.length };
}
