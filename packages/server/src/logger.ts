export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** Keys whose values are never written, whatever a caller passes. */
const SECRET_KEY_PATTERN = /authorization|token|secret|password|key|card|cvc|email|phone|address|name/i;
/** Values that look like secrets are masked even under an innocent key (a request path with a wallet capability, say). */
const SECRET_VALUE_PATTERN = /\b(sk|pk|ses|sts|wls|whsec)_[A-Za-z0-9_-]{6,}|\b\d{13,19}\b|[^\s@]+@[^\s@]+\.[^\s@]+/g;

/** Structured JSON lines without secrets or personal data. */
export function createLogger(options: { level?: LogLevel; write?: (line: string) => void } = {}): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const log = (level: Exclude<LogLevel, 'silent'>, message: string, fields: LogFields = {}) => {
    if (ORDER[level] < threshold) return;
    const safe: LogFields = {};
    for (const [key, value] of Object.entries(fields)) {
      if (key !== 'request_id' && SECRET_KEY_PATTERN.test(key)) safe[key] = '[redacted]';
      else safe[key] = typeof value === 'string' ? value.replace(SECRET_VALUE_PATTERN, '[redacted]') : value;
    }
    write(
      JSON.stringify({
        time: new Date().toISOString(),
        level,
        msg: message.replace(SECRET_VALUE_PATTERN, '[redacted]'),
        ...safe,
      }),
    );
  };
  return {
    debug: (m, f) => log('debug', m, f),
    info: (m, f) => log('info', m, f),
    warn: (m, f) => log('warn', m, f),
    error: (m, f) => log('error', m, f),
  };
}
