/**
 * 元 → 万元 exactly, by moving the decimal point four places in the string: the platform wants
 * up to six decimals and binary floating point would round 0.1 + 0.2 style.
 */
export function yuanToWanYuan(yuan: string): string {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!match) throw new Error(`not an amount in yuan: ${yuan}`);
  const digits = (match[1]! + (match[2] ?? '').padEnd(2, '0')).replace(/^0+(?=\d)/, '');
  // digits are fen (1/100 yuan); 万元 = fen / 1,000,000.
  const padded = digits.padStart(7, '0');
  const whole = padded.slice(0, -6).replace(/^0+(?=\d)/, '');
  const fraction = padded.slice(-6).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}
