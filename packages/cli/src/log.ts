import { SingleBar } from 'cli-progress';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  /** A progress reporter for a long step: a bar on a terminal, nothing otherwise. */
  progress(label: string): { update(done: number, total: number): void; stop(): void };
}

export interface LoggerOptions {
  json: boolean;
  quiet: boolean;
  stream?: NodeJS.WriteStream;
}

/** Logs go to stderr: human-readable lines, or JSON lines with --json. */
export function createLogger({ json, quiet, stream = process.stderr }: LoggerOptions): Logger {
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    if (quiet && level === 'info') return;
    if (json) {
      stream.write(JSON.stringify({ time: new Date().toISOString(), level, message, ...fields }) + '\n');
    } else {
      const extra = fields && Object.keys(fields).length ? ' ' + Object.entries(fields).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`).join(' ') : '';
      stream.write(`${level === 'info' ? '' : `${level}: `}${message}${extra}\n`);
    }
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    progress(label) {
      if (json || quiet || !stream.isTTY) return { update() {}, stop() {} };
      const bar = new SingleBar({ format: `${label} [{bar}] {value}/{total} {eta_formatted}`, stream, hideCursor: true });
      let started = false;
      return {
        update(done, total) {
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
        stop() {
          if (started) bar.stop();
        },
      };
    },
  };
}
