/** Sends one email. The core stays runtime-neutral; the Node entry provides an SMTP mailer. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string; messageId?: string }): Promise<void>;
  close(): Promise<void>;
}
