/** Sends one email. The core stays runtime-neutral; the Node entry provides an SMTP mailer. */
export interface Mailer {
  /** `language`: the BCP 47 tag the text is in (sent as `Content-Language`). */
  send(message: { to: string; subject: string; text: string; messageId?: string; language?: string }): Promise<void>;
  close(): Promise<void>;
}
