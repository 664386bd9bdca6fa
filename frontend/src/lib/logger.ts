/* eslint-disable no-console -- the logger is the one place allowed to write to the console. */

type Fields = Record<string, string | number | boolean | null | undefined>;

const quiet = import.meta.env.MODE === "test";

/** Log events, not prose: `logger.warn("auth.refresh_failed", { status: 401 })`. */
export const logger = {
  debug(event: string, fields: Fields = {}): void {
    if (import.meta.env.DEV && !quiet) console.debug(event, fields);
  },
  info(event: string, fields: Fields = {}): void {
    if (!quiet) console.info(event, fields);
  },
  warn(event: string, fields: Fields = {}): void {
    if (!quiet) console.warn(event, fields);
  },
  error(event: string, fields: Fields = {}): void {
    if (!quiet) console.error(event, fields);
  },
};
