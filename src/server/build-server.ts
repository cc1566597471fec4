import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { App } from '../app/create-app.js';
import { AppError } from '../app/errors.js';
import { authHook } from './auth-hook.js';
import { turnBufferedLines } from './log-stream.js';
import { errorHandler, sendProblem } from './problem.js';
import { sharedRateLimitStore } from './rate-limit-store.js';
import { ROUTES } from './routes/index.js';
import { DEFAULT_LIMITS, type ApiServer, type ServerLimits } from './types.js';

export interface ServerOptions {
  readonly limits?: Partial<ServerLimits>;
  readonly logger?: FastifyServerOptions['logger'];
}

/**
 * Builds the HTTP API over an application: zod-validated routes that also feed the
 * OpenAPI 3.1 document (`/api/openapi.json`, rendered at `/api/docs`), problem+json errors,
 * sign-in by session cookie or API token, rate limits and body caps.
 */
export async function buildServer(app: App, options: ServerOptions = {}): Promise<ApiServer> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const server = Fastify({
    // Lines written once per turn of the event loop, not once each (see log-stream.ts).
    logger: typeof options.logger === 'object' && !('stream' in options.logger) ? { ...options.logger, stream: turnBufferedLines() } : options.logger ?? false,
    // One access line per request (below) rather than Fastify's two: half the logging on every check.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: limits.bodyLimit,
    // Behind a proxy set trustProxy in the deployment; rate limits then key on the client's IP.
    trustProxy: false,
  }).withTypeProvider<ZodTypeProvider>();
  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  server.setErrorHandler(errorHandler);
  server.setNotFoundHandler((request, reply) => sendProblem(reply, request, new AppError('not_found', `no route ${request.method} ${request.url.split('?')[0]}`)));
  server.decorateRequest('principal', null);
  server.decorateRequest('checkBasis', undefined);
  server.decorateRequest('countedHit', undefined);

  await server.register(fastifyCookie);
  // Counted in the database, so that several instances share each limit. Routes opt in.
  await server.register(fastifyRateLimit, {
    global: false,
    store: sharedRateLimitStore(app.store.rateLimits, app.clock, (error) => server.log.error({ err: error }, 'rate limit sweep failed')),
    // After authentication and body parsing, so limits can key on the person or the account.
    hook: 'preHandler',
    errorResponseBuilder: (_request, context) => Object.assign(new Error(`rate limit reached: ${context.max} per ${context.after}`), { statusCode: 429 }),
  });
  await server.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Postwise API', version: '0.1.0', description: "Screen staff social-media activity against the organization's policy, and run the practice around it." },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'pw_session', description: 'Sign in at /api/auth/sign-in; unsafe methods also need X-CSRF-Token.' },
          token: { type: 'http', scheme: 'bearer', description: 'API token created at /api/tokens.' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await server.register(fastifySwaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });

  if (options.logger) {
    server.addHook('onResponse', (request, reply, done) => {
      request.log.info({ method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request');
      done();
    });
  }

  const authenticate = authHook(app);
  server.addHook('onRequest', async (request, reply) => {
    // Swagger UI's own routes carry no config; docs are public.
    if (request.url.startsWith('/api/docs')) return;
    await authenticate(request, reply);
  });

  server.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, () => server.swagger());
  for (const register of ROUTES) register(server, app, limits);
  return server;
}
