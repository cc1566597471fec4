import type { Command } from 'commander';
import { UsageError } from '../run.js';
import { flagsOf, withConfigOptions } from './shared.js';

function seconds(value: unknown, flag: string, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 1 || n > 86_400) throw new UsageError(`${flag} must be a number of seconds from 1 to 86400`);
  return Math.round(n * 1000);
}

/** `postwise serve`: the HTTP API (what `npm start` runs), with the scheduled work beside it. */
export function registerServeCommand(program: Command): void {
  withConfigOptions(program.command('serve').description('Serve the HTTP API (migrates the database first) and run the scheduled work'))
    .option('--host <host>', 'interface to listen on (env HOST, default 127.0.0.1)')
    .option('--workers <n>', 'server processes sharing the port (env POSTWISE_WORKERS, default 1; auto: one per CPU)')
    .option('--sweep-interval <seconds>', 'how often to expire overdue approval requests and other due workflow items (default 60)')
    .action(async (o: Record<string, unknown>) => {
      // Loaded here, not at start-up: `postwise check` does not pay for Fastify and the database.
      const [{ ConfigError }, { configFromEnvironment, createApp }, { buildServer }, { startHousekeeping }, { startWorkflowSweep, DEFAULT_SWEEP_INTERVAL_MS }, workers] = await Promise.all([
        import('../../config/config.js'), import('../../app/create-app.js'), import('../../server/build-server.js'),
        import('../../app/housekeeping.js'), import('../../app/workflows/sweep.js'), import('../../server/workers.js'),
      ]);
      const { checkpointInBackground } = await import('../../store/checkpointer.js');
      const { startDataSteps } = await import('../../app/data-steps.js');
      const { warmEngine } = await import('../../app/checks/warm-engine.js');
      const sweepEveryMs = seconds(o.sweepInterval, '--sweep-interval', DEFAULT_SWEEP_INTERVAL_MS);
      let config;
      try {
        config = configFromEnvironment({ ...flagsOf(o), host: typeof o.host === 'string' ? o.host : undefined, workers: typeof o.workers === 'string' ? o.workers : undefined });
      } catch (error) {
        if (error instanceof ConfigError) throw new UsageError(error.message);
        throw error;
      }
      if (config.workers > 1 && !workers.isServerWorker()) {
        const c = config;
        await workers.superviseWorkers(c.workers, async () => (await createApp(c)).close(), (line) => process.stderr.write(`postwise: ${line}\n`));
        return;
      }
      // Workers find the store migrated by their primary.
      const app = await createApp(config, { migrate: !workers.isServerWorker() });
      const server = await buildServer(app, { logger: { level: 'info' } });
      const log = (what: string) => (error: unknown) => server.log.error({ err: error }, `${what} failed`);
      const stopCheckpoints = await checkpointInBackground(app.store.db, log('SQLite checkpoint'));
      // Several instances may run these at once: every due item changes once (see sweep.ts, housekeeping.ts).
      // Of the workers of one `serve --workers N`, one runs them.
      const runsSchedule = workers.runsScheduledWork();
      const scheduled = runsSchedule ? [
        startHousekeeping(app, 3_600_000, log('housekeeping')),
        startWorkflowSweep(app, sweepEveryMs, log('workflow sweep')),
        startDataSteps(app, log('data step')),
      ] : [];
      let stopping: Promise<void> | undefined;
      const stop = (signal: string): Promise<void> => {
        stopping ??= (async () => {
          server.log.info(`${signal}: stopping`);
          // Timers first (waiting for a run in progress), then in-flight requests, then the pool:
          // nothing acknowledged is lost.
          await Promise.all(scheduled.map((s) => s.stop()));
          await server.close();
          await stopCheckpoints();
          await app.close();
          workers.leaveCluster();
        })().catch((error: unknown) => {
          log('shutdown')(error);
          process.exitCode = 1;
        });
        return stopping;
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
      warmEngine();
      try {
        await server.listen({ port: config.port, host: config.host });
      } catch (error) {
        await stop('listen failed');
        throw error;
      }
      const where = config.databaseUrl ? 'PostgreSQL' : `SQLite in ${config.dataDir}`;
      const address = server.addresses()[0];
      const port = typeof address === 'object' ? address.port : config.port;
      const schedule = runsSchedule ? `sweeping every ${sweepEveryMs / 1000} s` : 'another worker sweeps';
      process.stderr.write(`postwise: serving on http://${config.host}:${port} (${where}); docs at /api/docs; ${schedule} (process ${process.pid})\n`);
    });
}
