/** The BI endpoints' settings (read in config.ts, documented there). */
export interface BiSettings {
  databaseUrl: string;
  poolSize: number;
  statementTimeoutMs: number;
  odataPageSize: number;
  apiKeyTimeoutMs: number;
  catalogueCacheMs: number;
}
