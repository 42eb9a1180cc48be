import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.generated.js';
import { findActiveApiKey } from './api-keys.js';
import { TokenError } from './tokens.js';
import { PUBLIC, type Viewer } from './viewer.js';

/**
 * Turns a request's credentials into a viewer. No credentials: the public. Credentials that do
 * not verify are refused with 401 — never silently downgraded to public.
 */
export function authenticator(deps: { db: Kysely<DB>; verifyToken: (token: string) => Promise<Viewer> }) {
  // Several hooks of one request ask who it is; the answer (and any API key lookup) happens once.
  const viewers = new WeakMap<Request, Promise<Viewer>>();
  return (request: Request): Promise<Viewer> => {
    let viewer = viewers.get(request);
    if (!viewer) {
      viewer = identify(request);
      viewers.set(request, viewer);
    }
    return viewer;
  };

  async function identify(request: Request): Promise<Viewer> {
    const authorization = request.headers.get('authorization');
    const apiKey = request.headers.get('x-api-key');
    if (authorization && apiKey) throw unauthenticated('send either a bearer token or an API key, not both');
    if (apiKey) {
      const key = await findActiveApiKey(deps.db, apiKey.trim());
      if (!key) throw unauthenticated('unknown or revoked API key');
      return { kind: 'PROVINCIAL_SYSTEM', apiKeyId: key.id, name: key.name, province: key.province_code };
    }
    if (authorization) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization);
      if (!match) throw unauthenticated('Authorization must be "Bearer <token>"');
      try {
        return await deps.verifyToken(match[1]!);
      } catch (error) {
        if (error instanceof TokenError) throw unauthenticated(error.message);
        throw error;
      }
    }
    return PUBLIC;
  }
}

function unauthenticated(message: string) {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
