import { z } from 'zod';
import { signIn, signOut } from '../../app/auth/sign-in.js';
import { changePassword } from '../../app/people/change-password.js';
import { notFound } from '../../app/errors.js';
import { SESSION_COOKIE } from '../auth-hook.js';
import { errorResponses } from '../schemas/common.js';
import { personView, presentPerson } from '../schemas/views.js';
import { principalOf, type RouteModule } from '../types.js';

const sessionView = z.object({
  person: personView, csrfToken: z.string(), expiresAt: z.string().optional(), passwordChangeRequired: z.boolean(),
});

/** Sign-in, sign-out, the current session, and changing one's password. */
export const authRoutes: RouteModule = (server, app, limits) => {
  server.post('/api/auth/sign-in', {
    config: {
      public: true,
      // Per client address and account: slows guessing one account without locking out an office behind one NAT.
      rateLimit: {
        max: limits.signInPerMinute, timeWindow: '1 minute',
        keyGenerator: (request) => `${request.ip}:${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
      },
    },
    schema: {
      tags: ['auth'], summary: 'Sign in with a local account; sets the session cookie', security: [],
      body: z.strictObject({ organization: z.string().min(1).max(100), email: z.string().min(1).max(320), password: z.string().min(1).max(1_000) }),
      response: { 200: sessionView, ...errorResponses },
    },
  }, async (request, reply) => {
    const s = await signIn(app, request.body);
    reply.setCookie(SESSION_COOKIE, s.sessionToken, {
      httpOnly: true, secure: app.config.secureCookies, sameSite: 'strict', path: '/api', expires: new Date(s.expiresAt),
    });
    const person = await app.store.people.byId(s.orgId, s.personId);
    if (!person) throw notFound('person');
    return { person: presentPerson(person), csrfToken: s.csrfToken, expiresAt: s.expiresAt, passwordChangeRequired: s.passwordChangeRequired };
  });

  server.post('/api/auth/sign-out', {
    config: { allowExpiredPassword: true },
    schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null(), ...errorResponses } },
  }, async (request, reply) => {
    const p = principalOf(request);
    if (p.sessionId) await signOut(app, p.orgId, p.personId, p.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/api' });
    return reply.code(204).send(null);
  });

  server.get('/api/auth/session', {
    config: { allowExpiredPassword: true },
    schema: { tags: ['auth'], summary: 'Who is signed in, and the CSRF token to send', response: { 200: sessionView, ...errorResponses } },
  }, async (request) => {
    const p = principalOf(request);
    const person = await app.store.people.byId(p.orgId, p.personId);
    if (!person) throw notFound('person');
    return { person: presentPerson(person), csrfToken: p.csrfToken ?? '', passwordChangeRequired: p.passwordChangeRequired };
  });

  server.post('/api/auth/password', {
    config: { allowExpiredPassword: true, rateLimit: { max: limits.signInPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['auth'], summary: "Change one's own password (ends every session)",
      body: z.strictObject({ currentPassword: z.string().max(1_000), newPassword: z.string().max(1_000) }),
      response: { 204: z.null(), ...errorResponses },
    },
  }, async (request, reply) => {
    const p = principalOf(request);
    await changePassword(app, p.orgId, p.personId, {
      next: request.body.newPassword, current: request.body.currentPassword, by: 'self', actorId: p.personId,
    });
    reply.clearCookie(SESSION_COOKIE, { path: '/api' });
    return reply.code(204).send(null);
  });
};
