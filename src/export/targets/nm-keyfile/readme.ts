/**
 * README.txt of the nm-keyfile bundle, plus the check lines and notes it shares with the nmcli
 * bundle (both create the same NetworkManager profiles). Plain English: file content, not UI.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import type { ExportContext, ExportFile } from '../../types';
import { CONNECTIONS_DIR, keyfilePath } from './connection-file';
import { profileNotes, type NmProfile } from './profiles';

/** Where the bundles keep their backup on the server. */
export const NM_BACKUP = '/root/bondsmith-backup';

/** Commands that show the profiles and bonds are up. */
export function nmCheckLines(profiles: readonly NmProfile[]): string[] {
  const bonds = profiles.filter((profile) => profile.type === 'bond');
  return [
    'nmcli -f NAME,UUID,DEVICE,STATE connection show --active',
    `    expect ${profiles.map((profile) => profile.id).join(', ')} activated`,
    ...bonds.map((bond) => `ip -details link show ${bond.interfaceName}`),
  ];
}

/** Backup commands shared by both NetworkManager bundles. */
export function nmBackupLines(): string[] {
  return [
    `mkdir -p ${NM_BACKUP}`,
    `cp -a /${CONNECTIONS_DIR} ${NM_BACKUP}/`,
    `nmcli -f NAME,UUID,TYPE,DEVICE connection show > ${NM_BACKUP}/profiles.txt`,
  ];
}

/** The lines that hand each bond's slaves over from their old profiles. */
export function nmOldProfileLines(profiles: readonly NmProfile[]): string[] {
  const slaves = profiles.filter((p) => p.type === 'ethernet').map((p) => p.interfaceName);
  return slaves.length === 0
    ? []
    : [
        `Other profiles of ${slaves.join(', ')} (e.g. "Wired connection 1", see profiles.txt) compete`,
        'with the ports: for each of them run',
        '  nmcli connection modify <its UUID> connection.autoconnect no',
      ];
}

/** Roll-back commands shared by both NetworkManager bundles. */
export function nmRollbackLines(profiles: readonly NmProfile[]): string[] {
  return [
    ...profiles.map(
      (profile) => `nmcli connection delete uuid ${profile.uuid}      (${profile.id})`,
    ),
    `cp -a ${NM_BACKUP}/system-connections/. /${CONNECTIONS_DIR}/`,
    'nmcli connection reload',
    'for each profile you disabled: nmcli connection modify <its UUID> connection.autoconnect yes',
    '  then nmcli connection up <its UUID>',
  ];
}

/** Notes shared by both NetworkManager bundles. */
export function nmNotes(design: Design): string[] {
  return [
    "Each port names its bond by the bond profile's UUID (master=, slave-type=bond). NetworkManager",
    '1.46 and later write controller= and port-type= instead but still read these; 1.40-1.44 know only these.',
    'The UUIDs are UUIDv5 of the profile names: exporting again gives the same UUIDs, so the new',
    'profiles replace the old ones instead of joining them.',
    'miimon=0 is written where the design sets neither miimon nor arp_interval (except in 802.3ad,',
    'balance-tlb and balance-alb, where the kernel turns 0 into 100): NetworkManager would use 100.',
    'IPv6 is left to the kernel (ipv6.method ignore): the design only sets IPv4.',
    ...profileNotes(design),
  ];
}

/** README.txt for the nm-keyfile bundle. */
export function nmKeyfileReadme(
  design: Design,
  profiles: readonly NmProfile[],
  ctx: ExportContext = {},
): ExportFile {
  return renderReadme(
    design,
    {
      title: 'NetworkManager 1.40 or later, keyfile profiles (target nm-keyfile)',
      files: profiles.map((profile) => ({
        path: keyfilePath(profile),
        destination: `/${keyfilePath(profile)}`,
        what:
          profile.type === 'bond'
            ? `bond profile ${profile.id}`
            : `port profile, ${profile.summary}`,
      })),
      backup: nmBackupLines(),
      apply: [
        'cd into this nm-keyfile folder, then:',
        ...profiles.map(
          (profile) =>
            `install -m 600 -o root -g root ${keyfilePath(profile)} /${CONNECTIONS_DIR}/`,
        ),
        'nmcli connection reload',
        ...nmOldProfileLines(profiles),
        ...profiles
          .filter((profile) => profile.type === 'bond')
          .map((bond) => `nmcli connection up uuid ${bond.uuid}      (${bond.id})`),
      ],
      check: nmCheckLines(profiles),
      rollback: nmRollbackLines(profiles),
      notes: [
        ...nmNotes(design),
        'NetworkManager ignores keyfiles that are not owned by root with mode 0600 (install -m 600 above).',
      ],
    },
    ctx,
  );
}
