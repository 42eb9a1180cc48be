/**
 * 组织机构代码 (GB 11714): eight body characters and one check character.
 * Body values are 0–9 and A=10 … Z=35.
 */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;
const BODY = /^[0-9A-Z]{8}$/;

function charValue(ch: string): number {
  const code = ch.charCodeAt(0);
  return code <= 57 ? code - 48 : code - 55;
}

/** The check character for an eight-character body, or null when the body is malformed. */
export function orgCodeCheckChar(body: string): string | null {
  if (!BODY.test(body)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body[i]!) * WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

export function isValidOrgCode(code: string): boolean {
  if (code.length !== 9) return false;
  return orgCodeCheckChar(code.slice(0, 8)) === code[8];
}
