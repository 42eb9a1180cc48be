import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { z } from 'zod';
import type { Viewer } from './viewer.js';

/**
 * Bearer tokens are JWTs issued by the identity provider, verified with a shared secret (HS256)
 * or the provider's JWKS. Their claims say who the user is:
 * `role` = regulator | institution | admin, `jurisdictions` (region codes) for regulators,
 * `institution_id` for institution accounts, `sentinel_point_id` for a 监测哨点's contact (`role` = sentinel).
 */
export interface TokenSettings {
  secret?: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
}

const claims = z.discriminatedUnion('role', [
  z.object({ role: z.literal('regulator'), sub: z.string().min(1), jurisdictions: z.array(z.string().regex(/^\d{6}$/)).min(1) }),
  z.object({ role: z.literal('institution'), sub: z.string().min(1), institution_id: z.string().regex(/^\d+$/) }),
  z.object({ role: z.literal('admin'), sub: z.string().min(1) }),
  z.object({ role: z.literal('sentinel'), sub: z.string().min(1), sentinel_point_id: z.string().regex(/^\d+$/) }),
]);

export class TokenError extends Error {}

/**
 * How long a verified token is taken at its word before it is verified again, never past its
 * expiry. A console sends the same token with every request, and verifying it through WebCrypto
 * cost about a tenth of a small request; a key withdrawn from the JWKS stops its tokens within this.
 */
const VERIFIED_FOR_MS = 60_000;

export function tokenVerifier(settings: TokenSettings) {
  const key: Uint8Array | JWTVerifyGetKey | null = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : settings.secret
      ? new TextEncoder().encode(settings.secret)
      : null;
  const verified = new LRUCache<string, Viewer>({ max: 10_000 });
  return async (token: string): Promise<Viewer> => {
    const known = verified.get(token);
    if (known) return known;
    const { viewer, expiresAt } = await verify(token);
    const ttl = Math.min(VERIFIED_FOR_MS, (expiresAt ?? Infinity) - Date.now());
    if (ttl > 0) verified.set(token, viewer, { ttl });
    return viewer;
  };

  async function verify(token: string): Promise<{ viewer: Viewer; expiresAt: number | undefined }> {
    if (!key) throw new TokenError('this hub accepts no bearer tokens: neither JWT_SECRET nor JWT_JWKS_URL is configured');
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, key as Uint8Array, {
        ...(settings.issuer ? { issuer: settings.issuer } : {}),
        ...(settings.audience ? { audience: settings.audience } : {}),
      }));
    } catch (error) {
      throw new TokenError(`invalid bearer token: ${(error as Error).message}`);
    }
    const parsed = claims.safeParse(payload);
    if (!parsed.success) throw new TokenError(`bearer token claims are not usable: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    return { viewer: viewerOf(parsed.data), expiresAt: payload.exp === undefined ? undefined : payload.exp * 1000 };
  }
}

function viewerOf(c: z.infer<typeof claims>): Viewer {
  if (c.role === 'regulator') return { kind: 'REGULATOR', subject: c.sub, jurisdictions: c.jurisdictions };
  if (c.role === 'institution') return { kind: 'INSTITUTION', subject: c.sub, institutionId: c.institution_id };
  if (c.role === 'sentinel') return { kind: 'SENTINEL_POINT', subject: c.sub, sentinelPointId: c.sentinel_point_id };
  return { kind: 'ADMINISTRATOR', subject: c.sub };
}

/** Mints a token signed with the shared secret: for development and tests, not production. */
export async function mintToken(secret: string, claimsToSign: Record<string, unknown> & { sub: string }, ttl: string | number = '1h', settings: Pick<TokenSettings, 'issuer' | 'audience'> = {}) {
  let jwt = new SignJWT(claimsToSign).setProtectedHeader({ alg: 'HS256' }).setSubject(claimsToSign.sub).setIssuedAt().setExpirationTime(ttl);
  if (settings.issuer) jwt = jwt.setIssuer(settings.issuer);
  if (settings.audience) jwt = jwt.setAudience(settings.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
