import nodemailer from 'nodemailer';
import type { Mailer } from '../notifications/mailer.js';

/** Email over a real SMTP conversation (nodemailer). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    async close() {
      transport.close();
    },
  };
}
