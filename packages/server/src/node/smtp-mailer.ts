import nodemailer from 'nodemailer';
import type { Mailer } from '../notifications/mailer.js';

/**
 * How long an SMTP server may keep us waiting at each stage (connecting, its greeting, any pause
 * mid-conversation): well inside the notification lease (`TXASSIST_JOB_LEASE_MS`, 30 s), so a slow
 * mail server fails the send (retried later) rather than outliving the claim on the message.
 */
const SMTP_TIMEOUT_MS = 10_000;

/** Email over a real SMTP conversation (nodemailer). */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
  });
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
