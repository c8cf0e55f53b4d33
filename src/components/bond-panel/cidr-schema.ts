/**
 * The address field also takes CIDR notation ("192.168.1.3/24" or "192.168.1.3/255.255.255.0"),
 * as admins often paste it; this zod schema splits it with the model's own parsers.
 */
import { z } from 'zod/mini';
import { isIpv4, parsePrefixOrNetmask } from '../../model/addressing';

/** Text "address/prefix-or-netmask" → { address, prefix }; anything else fails. */
export const cidrSchema = z.pipe(
  z.string(),
  z.transform((raw: string, ctx) => {
    const [address = '', prefixText, ...rest] = raw.trim().split('/');
    const prefix = prefixText === undefined ? undefined : parsePrefixOrNetmask(prefixText);
    if (rest.length > 0 || !isIpv4(address) || prefix === undefined) {
      ctx.issues.push({ code: 'custom', message: 'not-cidr', input: raw });
      return z.NEVER;
    }
    return { address, prefix };
  }),
);
