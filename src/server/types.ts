import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { App } from '../app/create-app.js';
import type { Principal } from '../app/auth/principal.js';
import type { CheckBasis, HitTally } from '../app/auth/authenticate.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without signing in (health, docs, sign-in). */
    public?: boolean;
    /** Reachable while the pack's password age rule says the password must change. */
    allowExpiredPassword?: boolean;
    /** Screening: authentication also reads the check's basis (`request.checkBasis`). */
    readsCheckBasis?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in caller; set on every non-public route. */
    principal: Principal | null;
    /** What a check reads before screening, read with the principal (routes with `readsCheckBasis`). */
    checkBasis: CheckBasis | undefined;
    /** This request's hit on its route's limit per person, counted with the sign-in lookup (see `personKey`). */
    countedHit: HitTally | undefined;
  }
}

/** The Fastify instance with zod schemas as its type provider. */
export type ApiServer = FastifyInstance<
  RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, ZodTypeProvider
>;

/** Limits the server enforces; tests lower them. */
export interface ServerLimits {
  /** Sign-in attempts per IP per minute. */
  readonly signInPerMinute: number;
  /** Checks per person per minute. */
  readonly checksPerMinute: number;
  /** Default request body cap in bytes. */
  readonly bodyLimit: number;
  /** Body cap of `POST /api/checks` (a post may be long). */
  readonly checkBodyLimit: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  signInPerMinute: 10,
  checksPerMinute: 12_000,
  bodyLimit: 1_048_576,
  checkBodyLimit: 8_388_608,
};

/**
 * A route module: registers the routes of one resource. Workflow resources add a module
 * to `ROUTES` in `routes/index.ts`.
 */
export type RouteModule = (server: ApiServer, app: App, limits: ServerLimits) => void;

/** The principal of a route that requires sign-in (set by the auth hook). */
export function principalOf(request: { principal: Principal | null }): Principal {
  if (!request.principal) throw new Error('principal missing: route not behind the auth hook');
  return request.principal;
}
