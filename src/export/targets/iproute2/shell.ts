/**
 * Small shell constructs the iproute2 scripts share, built from literal words quoted by
 * shell-word.ts so that no design value can become code.
 */
import { shellCommand } from '../../format/shell-word';

/**
 * Runs whichever DHCP client the host has (dhclient, else dhcpcd) with the given arguments
 * before the interface name; `otherwise` is the command when neither exists ('' for none).
 */
export function dhcpClient(
  iface: string,
  args: { dhclient: string[]; dhcpcd: string[]; suffix?: string; otherwise?: string },
): string[] {
  const suffix = args.suffix ?? '';
  return [
    'if command -v dhclient >/dev/null 2>&1; then',
    `  ${shellCommand(['dhclient', ...args.dhclient, iface])}${suffix}`,
    'elif command -v dhcpcd >/dev/null 2>&1; then',
    `  ${shellCommand(['dhcpcd', ...args.dhcpcd, iface])}${suffix}`,
    ...(args.otherwise === undefined ? [] : ['else', `  ${args.otherwise}`]),
    'fi',
  ];
}
