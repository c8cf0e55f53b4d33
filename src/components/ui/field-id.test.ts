// Field ids must be valid DOM ids and distinct for distinct pointers, or jump-to-field would land
// on the wrong control.
import { describe, expect, it } from 'vitest';
import { fieldId } from './field-id';

describe('fieldId', () => {
  it.each([
    ['', 'field'],
    ['/bonds/0/name', 'field__bonds__0__name'],
    ['/bonds/0/options/lacp_rate', 'field__bonds__0__options__lacp_urate'],
    ['/nics/2/mac', 'field__nics__2__mac'],
    ['/bonds/1/ipv4/address', 'field__bonds__1__ipv4__address'],
    ['/a.b/c d', 'field__a_x2e_b__c_x20_d'],
    ['/x~1y', 'field__x_x7e_1y'],
  ])('maps %j to %j', (pointer, expected) => {
    expect(fieldId(pointer)).toBe(expected);
  });

  it.each([
    ['/a/_b', '/a_/b'],
    ['/a__b', '/a/b'],
    ['/a_x2e_', '/a.'],
  ])('keeps %j and %j apart', (left, right) => {
    expect(fieldId(left)).not.toBe(fieldId(right));
  });

  it('produces only characters valid in an unescaped CSS id selector', () => {
    expect(fieldId('/bonds/0/options/arp_ip_target/3 \n"$`')).toMatch(/^[A-Za-z][A-Za-z0-9_-]*$/);
  });
});
