// The one logger of core. It writes structured lines and only ever records what it is given as
// fields; error *messages* are dropped because they can quote file contents or patient data.
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  /** A loggable description of a caught value: its type and code, never its message. */
  describe(error: unknown): string;
}

export type LogSink = (line: string) => void;

export function createLogger(sink: LogSink, scope = 'core'): Logger {
  const write = (level: string, event: string, fields?: LogFields) =>
    sink(JSON.stringify({ t: new Date().toISOString(), level, scope, event, ...fields }));
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
