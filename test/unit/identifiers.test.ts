import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { birthDateOf, idNumberCheckChar, idNumberProblem } from '../../src/domain/identifiers/id-number.js';
import { isNurseCertificateNumber, isPhysicianCertificateNumber, licenseRegistrationNumberProblem, splitLicenseRegistrationNumber } from '../../src/domain/identifiers/license-number.js';
import { isValidOrgCode, orgCodeCheckChar } from '../../src/domain/identifiers/org-code.js';
import { USCC_ALPHABET, usccCheckChar, usccProblem } from '../../src/domain/identifiers/uscc.js';

describe('统一社会信用代码 (USCC)', () => {
  it.each(['12110000400686291H', '121100004006885458', '12100000400777097N'])('accepts the public code %s', (code) => {
    expect(usccProblem(code)).toBeNull();
  });

  it('rejects a wrong check character, a bad embedded organisation code, and a malformed code', () => {
    expect(usccProblem('12110000400686291J')).toBe('CHECK_CHARACTER');
    expect(usccProblem('12110000400686291')).toBe('FORMAT');
    expect(usccProblem('1211000040068629IH')).toBe('FORMAT'); // I is not in the alphabet
    // Same body with the organisation code's check digit changed, and the USCC check recomputed.
    const first17 = '12110000400686292';
    expect(usccProblem(first17 + usccCheckChar(first17))).toBe('ORGANISATION_CODE');
  });

  it('detects every single-character substitution (property)', () => {
    const valid = ['12110000400686291H', '121100004006885458', '12100000400777097N'];
    fc.assert(
      fc.property(fc.constantFrom(...valid), fc.integer({ min: 0, max: 17 }), fc.constantFrom(...USCC_ALPHABET), (code, position, replacement) => {
        fc.pre(code[position] !== replacement);
        const mutated = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(usccProblem(mutated)).not.toBeNull();
      }),
    );
  });
});

describe('组织机构代码', () => {
  it('computes check characters, including X and 0', () => {
    expect(isValidOrgCode('400686291')).toBe(true); // from 北京市第六医院's USCC
    expect(isValidOrgCode('471171703')).toBe(true); // from the DOMAIN.md license number
    const bodies = fc.sample(fc.stringMatching(/^[0-9A-Z]{8}$/), 2000);
    const checks = new Set(bodies.map((b) => orgCodeCheckChar(b)));
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
  });

  it('any body with its computed check is valid, any other check is not (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9A-Z]{8}$/), fc.constantFrom(...'0123456789X'), (body, check) => {
        expect(isValidOrgCode(body + check)).toBe(check === orgCodeCheckChar(body));
      }),
    );
  });
});

describe('居民身份证号码', () => {
  it('accepts the example from GB 11643-1999 and reads its birth date', () => {
    expect(idNumberProblem('11010519491231002X')).toBeNull();
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
  });

  it('rejects impossible dates, wrong check characters and bad shapes', () => {
    const first17 = '11010519490230002'; // 30 February
    expect(idNumberProblem(first17 + idNumberCheckChar(first17))).toBe('BIRTH_DATE');
    expect(idNumberProblem('110105194912310021')).toBe('CHECK_CHARACTER');
    expect(idNumberProblem('11010519491231002x')).toBe('FORMAT'); // callers normalise case first
    expect(idNumberProblem('1101051949123100')).toBe('FORMAT');
  });

  it('detects every single-digit substitution in a valid number (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16 }), fc.integer({ min: 0, max: 9 }), (position, digit) => {
        const code = '11010519491231002X';
        fc.pre(code[position] !== String(digit));
        const mutated = code.slice(0, position) + digit + code.slice(position + 1);
        expect(idNumberProblem(mutated)).not.toBeNull();
      }),
    );
  });
});

describe('医疗机构执业许可证登记号 and certificate numbers', () => {
  it('accepts the DOMAIN.md example and splits it into its parts', () => {
    expect(licenseRegistrationNumberProblem('47117170333050211A1001')).toBeNull();
    expect(splitLicenseRegistrationNumber('47117170333050211A1001')).toEqual({
      orgCode: '471171703', regionCode: '330502', economicType: '11', categoryCode: 'A100', branch: '1',
    });
  });

  it('rejects a wrong embedded organisation code and a wrong length', () => {
    expect(licenseRegistrationNumberProblem('47117170433050211A1001')).toBe('ORGANISATION_CODE');
    expect(licenseRegistrationNumberProblem('47117170333050211A100')).toBe('FORMAT');
  });

  it('checks certificate number formats', () => {
    expect(isPhysicianCertificateNumber('110330100012345')).toBe(true);
    expect(isPhysicianCertificateNumber('11033010001234')).toBe(false);
    expect(isNurseCertificateNumber('201233000123')).toBe(true);
    expect(isNurseCertificateNumber('20123300012A')).toBe(false);
  });
});
