/** One message the capture received. */
export interface CapturedMail {
  /** 1, 2, 3 … in the order received. */
  id: number;
  receivedAt: string;
  from: string;
  /** Envelope recipients, as the sender wrote them. */
  to: string[];
  /** The whole message: headers, blank line, body (as sent, e.g. quoted-printable). */
  raw: string;
}

export interface SmtpCapture {
  /** `smtp://host:port`: what the API's `SMTP_URL` is set to. */
  url: string;
  /** Oldest first. */
  messages: CapturedMail[];
  close(): Promise<void>;
}

/** A real SMTP server on `host:port` (default 127.0.0.1, a free port) that keeps the messages it receives. */
export declare function startSmtpCapture(options?: {
  port?: number;
  host?: string;
  keep?: number;
}): Promise<SmtpCapture>;
