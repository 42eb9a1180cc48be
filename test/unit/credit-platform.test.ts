import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { yuanToWanYuan } from '../../src/domain/credit-platform/amounts.js';
import { licenseRecord } from '../../src/domain/credit-platform/license-record.js';
import { mapPenalty, penaltyRecord, type PenaltyForPlatform } from '../../src/domain/credit-platform/penalty-record.js';

describe('元 → 万元', () => {
  it.each([
    ['2000.00', '0.2'],
    ['2000', '0.2'],
    ['50000.00', '5'],
    ['1234567.89', '123.456789'],
    ['0.01', '0.000001'],
    ['10000', '1'],
    ['0', '0'],
  ])('%s yuan is %s 万元', (yuan, wan) => expect(yuanToWanYuan(yuan)).toBe(wan));

  it('is exact for every amount in fen (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), (fen) => {
        const yuan = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        const [whole, fraction = ''] = yuanToWanYuan(yuan).split('.');
        expect(BigInt(whole!) * 1_000_000n + BigInt(fraction.padEnd(6, '0'))).toBe(fen);
      }),
    );
  });
});

describe('行政处罚 record for the national platform', () => {
  const penalty: PenaltyForPlatform = {
    id: '42',
    decisionNumber: '通卫医罚〔2024〕12号',
    violationType: '使用非卫生技术人员从事医疗卫生技术工作',
    facts: '经查……',
    legalBasis: '《医疗机构管理条例》第四十七条',
    categories: ['WARNING', 'FINE', 'SUSPEND_LICENSE'],
    content: '警告，罚款贰仟元，暂扣执业许可证',
    fineYuan: '2000.00',
    confiscatedYuan: null,
    affectedLicenses: [{ name: '医疗机构执业许可证', number: '47117170333050211A1001' }],
    decidedOn: '2024-05-20',
    validUntil: null,
    authorityName: '南通市卫生健康委员会',
    authorityUscc: '12110000400686291H',
  };

  it('fills every field the platform requires for an organisation', () => {
    const record = penaltyRecord(penalty, { kind: 'INSTITUTION', name: '南通某医院', uscc: '121100004006885458', legalRepresentative: '张三' }, '2025-05-20');
    for (const field of ['ID', 'CF_XDR_MC', 'CF_XDR_LB', 'CF_XDR_SHXYM', 'CF_WSH', 'CF_WFXW', 'CF_SY', 'CF_YJ', 'CF_CFLB', 'CF_NR', 'CF_JDRQ', 'CF_YXQ', 'CF_GSJZQ', 'CF_CFJG', 'CF_CFJGDM']) {
      expect(record[field], field).toBeTruthy();
    }
    expect(record).toMatchObject({ ID: 'CF-42', CF_XDR_LB: '法人及非法人组织', CF_CFLB: '警告;罚款;暂扣许可证件', CF_NR_FK: '0.2', CF_YXQ: '2099-12-31', CF_FRDB: '张三' });
    expect(record.CF_NR_ZKDX).toBe('医疗机构执业许可证(47117170333050211A1001)');
    expect(record.CF_XDR_ZJHM).toBeUndefined();
  });

  it('puts a natural person’s ID number only in CF_XDR_ZJHM', () => {
    const record = penaltyRecord({ ...penalty, categories: ['WARNING'], fineYuan: null, affectedLicenses: [] }, { kind: 'PRACTITIONER', name: '李某', idNumber: '11010519491231002X' }, '2024-08-20');
    expect(record).toMatchObject({ CF_XDR_LB: '自然人', CF_XDR_ZJLX: '身份证', CF_XDR_ZJHM: '11010519491231002X' });
    expect(Object.entries(record).filter(([, v]) => v.includes('11010519491231002X')).map(([k]) => k)).toEqual(['CF_XDR_ZJHM']);
    expect(record.CF_XDR_SHXYM).toBeUndefined();
  });

  it('holds a penalty whose data the platform would refuse, naming what is missing', () => {
    const held = mapPenalty(penalty, { kind: 'INSTITUTION', name: '南通某医院', uscc: '121100004006885458', legalRepresentative: null }, '2025-05-19');
    expect(held).toEqual({ ok: false, reason: expect.stringContaining('法定代表人') });
    expect(mapPenalty({ ...penalty, fineYuan: null }, { kind: 'PRACTITIONER', name: '李某', idNumber: '11010519491231002X' }, null)).toEqual({
      ok: false,
      reason: expect.stringMatching(/CF_GSJZQ.*CF_NR_FK/),
    });
  });
});

describe('行政许可 record for the national platform', () => {
  const license = { id: '7', kind: 'INSTITUTION_PRACTICE' as const, number: '47117170333050211A1001', issuingAuthority: '南通市卫生健康委员会', issuingAuthorityUscc: '12110000400686291H', validFrom: '2024-01-10', validUntil: null, status: 'SUSPENDED' };

  it('fills every required field, 2099-12-31 for no end, 无效 for a suspended license', () => {
    const mapped = licenseRecord(license, { kind: 'INSTITUTION', name: '南通某医院', uscc: '121100004006885458', legalRepresentative: '张三' });
    expect(mapped.ok && mapped.fields).toMatchObject({ ID: 'XK-7', XK_XDR_LB: '法人及非法人组织', XK_XKLB: '普通', XK_YXQZI: '2099-12-31', XK_ZT: '2', XK_XKJGDM: '12110000400686291H' });
  });

  it('holds a license whose issuing authority has no USCC', () => {
    expect(licenseRecord({ ...license, issuingAuthorityUscc: null }, { kind: 'PRACTITIONER', name: '李某', idNumber: '11010519491231002X' })).toEqual({ ok: false, reason: expect.stringContaining('XK_XKJGDM') });
  });
});
