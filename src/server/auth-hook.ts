import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authenticateApiToken, authenticateSession, type AuthenticateOptions, type Authenticated } from '../app/auth/authenticate.js';
import { RecentPostsCache } from '../app/checks/recent-posts.js';
import type { App } from '../app/create-app.js';
import { AppError } from '../app/errors.js';
import { safeEqual } from '../crypto/tokens.js';
import { personKey, routeLimitKey } from './rate-limit-store.js';

export const SESSION_COOKIE = 'pw_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const FOR_CHECK: AuthenticateOptions = { forCheck: { since: RecentPostsCache.since } };
/** Per route (method and path): the options of a check whose limit per person is counted with the sign-in lookup. */
const forCheckCounting = new Map<string, AuthenticateOptions>();

/** A check route's options: with its hit counted in the lookup when its limit is per person (`personKey`) over a window in milliseconds. */
function checkOptions(request: FastifyRequest): AuthenticateOptions {
  const limit = request.routeOptions.config.rateLimit;
  if (typeof limit !== 'object' || limit.keyGenerator !== personKey || typeof limit.timeWindow !== 'number') return FOR_CHECK;
  const { method, url = '' } = request.routeOptions;
  const route = `${String(method)} ${url}`;
  let options = forCheckCounting.get(route);
  if (!options) {
    options = { forCheck: { since: RecentPostsCache.since, countHit: { prefix: routeLimitKey(String(method), url, ''), windowMs: limit.timeWindow } } };
    forCheckCounting.set(route, options);
  }
  return options;
}

/**
 * Authenticates every non-public request, from a session cookie or a `Bearer` API token.
 *
 * CSRF: a session cookie alone never authorizes a change. Unsafe methods (POST, PATCH,
 * DELETE…) must also carry the session's CSRF token in `X-CSRF-Token` (a synchronizer
 * token stored with the session and returned at sign-in), which another site cannot read.
 * The cookie is also `SameSite=Strict`. Bearer tokens are not sent by browsers on their
 * own, so they need no CSRF token.
 *
 * A route with `config.readsCheckBasis` (screening) gets, from the same statement, what a
 * check reads from the store before screening (`request.checkBasis`): one round trip fewer.
 */
export function authHook(app: App) {
  return async (request: FastifyRequest, _reply: FastifyReply): Promise<void> => {
    request.principal = null;
    request.checkBasis = undefined;
    request.countedHit = undefined;
    const config = request.routeOptions.config;
    const header = request.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const cookie = request.cookies[SESSION_COOKIE];
    const options = config.readsCheckBasis ? checkOptions(request) : undefined;
    let found: Authenticated | null = null;
    if (bearer) found = await authenticateApiToken(app, bearer, options);
    else if (cookie) found = await authenticateSession(app, cookie, options);
    request.principal = found?.principal ?? null;
    request.checkBasis = found?.basis;
    request.countedHit = found?.hit;
    if (config.public) return;
    const p = request.principal;
    if (!p) throw new AppError('unauthenticated', bearer ? 'the API token is unknown or revoked' : 'sign in first');
    if (p.via === 'session' && !SAFE_METHODS.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !p.csrfToken || !safeEqual(sent, p.csrfToken)) {
        throw new AppError('csrf_failed', `send the session's CSRF token in ${CSRF_HEADER}`, { field: CSRF_HEADER });
      }
    }
    if (p.passwordChangeRequired && !config.allowExpiredPassword) {
      throw new AppError('password_change_required', "your password is older than your organization's policy allows: change it first");
    }
  };
}
