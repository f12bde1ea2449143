// The one logger of core. It writes structured lines and only ever records what it is given as
// fields; error *messages* are dropped because they can quote file contents or patient data, and
// field values are redacted: identifiers and codes pass, free text and e-mail addresses do not.
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A loggable description of a caught value: its type and code, never its message. */
  describe(error: unknown): string;
}

export type LogSink = (line: string) => void;

/** What a string field may look like: an id, a code, a method name, a path. No spaces, no sentence. */
const LOGGABLE = /^[\w.:/\\@+=-]{0,160}$/;
const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/;

export function redactValue(value: string | number | boolean | null | undefined): string | number | boolean | null | undefined {
  if (typeof value !== 'string') return value;
  if (EMAIL.test(value)) return '[e-mail]';
  return LOGGABLE.test(value) ? value : '[redacted]';
}

export function createLogger(sink: LogSink, scope = 'core'): Logger {
  const write = (level: string, event: string, fields: LogFields = {}) => {
    const safe = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, redactValue(v)]));
    sink(JSON.stringify({ t: new Date().toISOString(), level, scope, event, ...safe }));
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
    describe(error) {
      if (error instanceof Error) {
        const code = (error as { code?: unknown }).code;
        return typeof code === 'string' ? `${error.name}(${code})` : error.name;
      }
      return typeof error;
    },
  };
}

export const silentLogger: Logger = createLogger(() => {});
