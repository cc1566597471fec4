import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { App } from '../../app/create-app.js';
import { completeOidcSignIn } from '../../app/auth/oidc/complete-sign-in.js';
import { LOGIN_MINUTES, startOidcSignIn } from '../../app/auth/oidc/start-sign-in.js';
import { SESSION_COOKIE } from '../auth-hook.js';
import { errorResponses, problemSchema } from '../schemas/common.js';
import type { RouteModule } from '../types.js';

/** The cookie that binds a sign-in under way to the browser that started it. */
export const OIDC_COOKIE = 'pw_oidc';
const OIDC_PATH = '/api/auth/oidc';
export const OIDC_CALLBACK = `${OIDC_PATH}/callback`;

/** This site's callback URL: from `POSTWISE_PUBLIC_URL` behind a proxy, else from the request itself. */
function callbackUrl(app: App, request: FastifyRequest): string {
  return `${app.config.publicUrl ?? `${request.protocol}://${request.host}`}${OIDC_CALLBACK}`;
}

const redirect = (to: string) => z.null().describe(`Redirects (Location) ${to}`);

/**
 * OpenID Connect sign-in for organizations that configured a provider
 * (`postwise org oidc set`): start redirects to the provider, the callback comes back
 * from it with a code and sets the same session cookie as `POST /api/auth/sign-in`.
 */
export const oidcRoutes: RouteModule = (server, app, limits) => {
  server.get('/api/auth/oidc/:organization/start', {
    config: { public: true, rateLimit: { max: limits.signInPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'], security: [],
      summary: "Sign in with the organization's OpenID Connect provider",
      description: 'Redirects to the provider (authorization code flow with PKCE, state and nonce). `returnTo` is a path of this site to land on afterwards.',
      params: z.strictObject({ organization: z.string().min(1).max(100) }),
      querystring: z.strictObject({ returnTo: z.string().max(2_000).optional() }),
      response: { 302: redirect("to the provider's authorization endpoint"), ...errorResponses, 502: problemSchema },
    },
  }, async (request, reply) => {
    const started = await startOidcSignIn(app, {
      organization: request.params.organization, returnTo: request.query.returnTo, redirectUri: callbackUrl(app, request),
    });
    // Lax, not Strict: the provider's redirect back is a cross-site navigation, which must carry it.
    reply.setCookie(OIDC_COOKIE, started.browserToken, {
      httpOnly: true, secure: app.config.secureCookies, sameSite: 'lax', path: OIDC_PATH, maxAge: LOGIN_MINUTES * 60,
    });
    return reply.redirect(started.authorizationUrl, 302);
  });

  server.get(OIDC_CALLBACK, {
    config: { public: true, rateLimit: { max: limits.signInPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'], security: [],
      summary: 'Where the OpenID Connect provider sends the browser back',
      description: 'Completes the sign-in, sets the session cookie (get the CSRF token from `GET /api/auth/session`) and redirects to the `returnTo` path given at the start.',
      // Providers add parameters of their own (iss, session_state…): they are passed through to openid-client.
      querystring: z.looseObject({
        code: z.string().max(4_000).optional(), state: z.string().max(1_000).optional(),
        error: z.string().max(200).optional(), error_description: z.string().max(2_000).optional(),
      }),
      response: { 303: redirect('to the returnTo path'), ...errorResponses, 502: problemSchema },
    },
  }, async (request, reply) => {
    // Single use: the cookie goes whatever the outcome.
    reply.clearCookie(OIDC_COOKIE, { path: OIDC_PATH });
    const done = await completeOidcSignIn(app, {
      browserToken: request.cookies[OIDC_COOKIE], query: new URLSearchParams(request.url.split('?')[1] ?? ''),
    });
    reply.setCookie(SESSION_COOKIE, done.sessionToken, {
      httpOnly: true, secure: app.config.secureCookies, sameSite: 'strict', path: '/api', expires: new Date(done.expiresAt),
    });
    return reply.redirect(done.returnTo, 303);
  });
};
