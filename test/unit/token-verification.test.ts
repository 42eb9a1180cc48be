import { describe, expect, it } from 'vitest';
import { mintToken, TokenError, tokenVerifier } from '../../src/auth/tokens.js';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';
const regulator = { sub: 'regulator-1', role: 'regulator', jurisdictions: ['320000'] };

describe('bearer token verification', () => {
  it('keeps answering for a token it verified, and refuses it once it has expired', async () => {
    const verify = tokenVerifier({ secret: SECRET });
    const token = await mintToken(SECRET, regulator, '2s');
    const expected = { kind: 'REGULATOR', subject: 'regulator-1', jurisdictions: ['320000'] };
    expect(await verify(token)).toEqual(expected);
    expect(await verify(token)).toEqual(expected);
    // A remembered verification never outlives the token's own expiry.
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    await expect(verify(token)).rejects.toThrow(TokenError);
    await expect(verify(token)).rejects.toThrow(/"exp" claim timestamp check failed/);
  });

  it('verifies each different token, so a tampered copy of a verified one is refused', async () => {
    const verify = tokenVerifier({ secret: SECRET });
    const token = await mintToken(SECRET, regulator);
    await verify(token);
    const [header, , signature] = token.split('.');
    const widened = Buffer.from(JSON.stringify({ ...regulator, jurisdictions: ['110000'] })).toString('base64url');
    await expect(verify(`${header}.${widened}.${signature}`)).rejects.toThrow(/signature verification failed/);
  });

  it('answers for a token signed with its own secret only', async () => {
    const token = await mintToken(SECRET, regulator);
    await tokenVerifier({ secret: SECRET })(token);
    await expect(tokenVerifier({ secret: `${SECRET}-rotated` })(token)).rejects.toThrow(TokenError);
  });
});
