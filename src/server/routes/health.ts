import { sql } from 'kysely';
import { z } from 'zod';
import type { RouteModule } from '../types.js';

/** `GET /api/health`: the service and its database answer. */
export const healthRoutes: RouteModule = (server, app) => {
  server.get('/api/health', {
    config: { public: true },
    schema: {
      tags: ['health'], summary: 'Liveness and database reachability', security: [],
      response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) },
    },
  }, async () => {
    await sql`select 1`.execute(app.store.db.kysely);
    return { status: 'ok' as const, database: app.store.db.dialect };
  });
};
