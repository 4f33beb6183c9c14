import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

export interface ServiceMetricsOptions {
  service: string;
  /** How many SQL statements the service has sent so far (from the Prisma adapter), if it has a database. */
  sqlStatements?: () => number;
}

/**
 * Prometheus metrics of one service: process figures, GraphQL operations by outcome and
 * duration, and the SQL statements sent — the counter tests and benchmarks read to prove that a
 * request's statement count does not grow with the rows it returns.
 */
export function createServiceMetrics(options: ServiceMetricsOptions) {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.service });
  collectDefaultMetrics({ register: registry });
  const operations = new Counter({
    name: 'jiguan_graphql_operations_total',
    help: 'GraphQL operations executed, by outcome',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'jiguan_graphql_operation_seconds',
    help: 'Time to execute a GraphQL operation',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const { sqlStatements } = options;
  if (sqlStatements) {
    new Counter({
      name: 'jiguan_sql_statements_total',
      help: 'SQL statements sent to PostgreSQL',
      registers: [registry],
      collect() {
        this.reset();
        this.inc(sqlStatements());
      },
    });
  }

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      const stopTimer = duration.startTimer();
      return {
        async willSendResponse({ errors }) {
          stopTimer();
          operations.inc({ outcome: errors?.length ? 'error' : 'ok' });
        },
      };
    },
  };

  const route = async (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': registry.contentType }).end(await registry.metrics());
  };
  // The registry is returned so a service can add its own metrics (the gateway's per-subgraph calls).
  return { plugin, route, registry };
}
