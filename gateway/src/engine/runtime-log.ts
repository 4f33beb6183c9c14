import { Logger as RuntimeLogger, type LogWriter } from '@graphql-hive/logger';
import type { Logger } from '@jiguan/shared-schema/logger';

/** The LOG_LEVEL values Hive's logger accepts; it reads the variable itself and throws on any other. */
export const RUNTIME_LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error'] as const;

/** The router runtime's own log lines (its warnings and errors), written as the hub's structured logs. */
export function runtimeLog(logger: Logger): RuntimeLogger {
  const writer: LogWriter = {
    write(level, attrs, message) {
      const fields = { source: 'router-runtime', ...(attrs && typeof attrs === 'object' ? { attrs } : {}) };
      if (level === 'error') logger.error(message ?? 'router runtime error', fields);
      else logger.warn(message ?? 'router runtime warning', fields);
    },
  };
  return new RuntimeLogger({ level: 'warn', writers: [writer] });
}
