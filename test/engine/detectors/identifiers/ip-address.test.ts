import { describe, expect, it } from 'vitest';
import { isIpv6 } from '../../../../src/engine/detectors/identifiers/ipv6.js';
import { valuesOf } from './helpers.js';

describe('IP addresses', () => {
  it('finds IPv4 with a valid CIDR suffix only', () => {
    expect(valuesOf('ip-address', 'Subnet: 192.168.1.0/24')).toEqual(['192.168.1.0/24']);
    expect(valuesOf('ip-address', '10.0.0.0/123')).toEqual(['10.0.0.0']);
    expect(valuesOf('ip-address', 'IP: 192.168.1.1.')).toEqual(['192.168.1.1']);
  });
  it('finds compressed, mapped and zoned IPv6', () => {
    expect(valuesOf('ip-address', 'Connect to [2001:db8::1]:8080')).toEqual(['2001:db8::1']);
    expect(valuesOf('ip-address', 'Mapped: ::ffff:192.168.1.1')).toEqual(['::ffff:192.168.1.1']);
    expect(valuesOf('ip-address', 'fe80::1%eth0/64')).toEqual(['fe80::1%eth0/64']);
  });
  it('rejects look-alikes', () => {
    for (const text of ['Time 12:34:56', 'MAC aa:bb:cc:dd:ee:ff', 'std::cout', '2001::db8::1', '192.168.1.256', 'fe80::1text', 'Version 1.2.3']) {
      expect(valuesOf('ip-address', text)).toEqual([]);
    }
  });
  it('counts IPv6 groups', () => {
    expect(isIpv6('2345:0425:2CA1:0000:0000:0567:5673:23b5')).toBe(true);
    expect(isIpv6('684D:1111:222:3333:4444:5555:77')).toBe(false);
    expect(isIpv6('::')).toBe(true);
  });
});
