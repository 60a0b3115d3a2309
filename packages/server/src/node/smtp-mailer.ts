import nodemailer from 'nodemailer';
import type { Mailer } from '../notifications/mailer.js';

/** Email over a real SMTP conversation (nodemailer). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send({ language, ...message }) {
      await transport.sendMail({
        from,
        ...message,
        ...(language ? { headers: { 'Content-Language': language } } : {}),
      });
    },
    async close() {
      transport.close();
    },
  };
}
