import type { Command } from 'commander';
import { ConfigError } from '../../config/config.js';
import { configFromEnvironment, createApp } from '../../app/create-app.js';
import { buildServer } from '../../server/build-server.js';
import { startHousekeeping } from '../../app/housekeeping.js';
import { UsageError } from '../run.js';
import { flagsOf, withConfigOptions } from './shared.js';

/** `postwise serve`: the HTTP API (what `npm start` runs). */
export function registerServeCommand(program: Command): void {
  withConfigOptions(program.command('serve').description('Serve the HTTP API (migrates the database first)'))
    .option('--host <host>', 'interface to listen on (env HOST, default 127.0.0.1)')
    .action(async (o: Record<string, unknown>) => {
      let config;
      try {
        config = configFromEnvironment({ ...flagsOf(o), host: typeof o.host === 'string' ? o.host : undefined });
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      const app = await createApp(config);
      const server = await buildServer(app, { logger: { level: 'info' } });
      const stopHousekeeping = startHousekeeping(app, 3_600_000, (error) => server.log.error({ err: error }, 'housekeeping failed'));
      const stop = async (): Promise<void> => {
        stopHousekeeping();
        // Finish in-flight requests, then close the pool: nothing acknowledged is lost.
        await server.close();
        await app.close();
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await server.listen({ port: config.port, host: config.host });
      const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
      process.stderr.write(`postwise: serving on http://${config.host}:${config.port} (${where}); docs at /api/docs\n`);
    });
}
