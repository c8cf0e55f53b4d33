/**
 * README.txt of the nm-keyfile bundle, plus the check lines and notes it shares with the nmcli
 * bundle (both create the same NetworkManager profiles). Prose from readme-text.ts.
 */
import type { Design } from '../../../model/types';
import { renderReadme } from '../../format/readme';
import { commented, readmeLanguage, type ReadmeLanguage } from '../../format/readme-text';
import type { ExportContext, ExportFile } from '../../types';
import { CONNECTIONS_DIR, keyfilePath } from './connection-file';
import type { NmProfile } from './profiles';
import { NM_README_TEXT } from './readme-text';

/** Where the bundles keep their backup on the server. */
export const NM_BACKUP = '/root/bondsmith-backup';

/** Commands that show the profiles and bonds are up. */
export function nmCheckLines(profiles: readonly NmProfile[], language: ReadmeLanguage): string[] {
  const bonds = profiles.filter((profile) => profile.type === 'bond');
  return [
    'nmcli -f NAME,UUID,DEVICE,STATE connection show --active',
    NM_README_TEXT[language].expectActivated(profiles.map((profile) => profile.id)),
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
export function nmOldProfileLines(
  profiles: readonly NmProfile[],
  language: ReadmeLanguage,
): string[] {
  const slaves = profiles.filter((p) => p.type === 'ethernet').map((p) => p.interfaceName);
  return slaves.length === 0
    ? []
    : [
        ...NM_README_TEXT[language].otherProfiles(slaves),
        '  nmcli connection modify <its UUID> connection.autoconnect no',
      ];
}

/** Roll-back commands shared by both NetworkManager bundles. */
export function nmRollbackLines(
  profiles: readonly NmProfile[],
  language: ReadmeLanguage,
): string[] {
  const text = NM_README_TEXT[language];
  return [
    ...profiles.map((profile) =>
      commented(`nmcli connection delete uuid ${profile.uuid}`, text.idNote(profile.id)),
    ),
    `cp -a ${NM_BACKUP}/system-connections/. /${CONNECTIONS_DIR}/`,
    'nmcli connection reload',
    `${text.forEachDisabled}nmcli connection modify <its UUID> connection.autoconnect yes`,
    `${text.then}nmcli connection up <its UUID>`,
  ];
}

/** One line per bond whose peer_notif_delay the profile writes rounded (libnm's rule). */
function roundedDelayNotes(
  design: Design,
  profiles: readonly NmProfile[],
  language: ReadmeLanguage,
): string[] {
  return design.bonds.flatMap((bond) => {
    const delay = bond.options.peer_notif_delay;
    const profile = profiles.find((p) => p.type === 'bond' && p.interfaceName === bond.name);
    const written = profile?.bond.find(([key]) => key === 'peer_notif_delay')?.[1];
    return delay === undefined || written === String(delay)
      ? []
      : [NM_README_TEXT[language].peerNotifDelay(bond.name, delay, written ?? '')];
  });
}

/** Notes shared by both NetworkManager bundles. */
export function nmNotes(
  design: Design,
  profiles: readonly NmProfile[],
  language: ReadmeLanguage,
): string[] {
  return [...NM_README_TEXT[language].notes, ...roundedDelayNotes(design, profiles, language)];
}

function bondOf(design: Design, nic: string): string {
  const bond = design.bonds.find((candidate) => candidate.slaves.includes(nic));
  if (!bond) throw new Error(`${nic} is in no bond`);
  return bond.name;
}

/** README.txt for the nm-keyfile bundle. */
export function nmKeyfileReadme(
  design: Design,
  profiles: readonly NmProfile[],
  ctx: ExportContext = {},
): ExportFile {
  const language = readmeLanguage(ctx);
  const text = NM_README_TEXT[language];
  return renderReadme(
    design,
    {
      title: text.keyfileTitle,
      files: profiles.map((profile) => ({
        path: keyfilePath(profile),
        destination: `/${keyfilePath(profile)}`,
        what:
          profile.type === 'bond'
            ? text.bondProfileWhat(profile.id)
            : text.portProfileWhat({
                summary: profile.summary,
                nic: profile.interfaceName,
                bond: bondOf(design, profile.interfaceName),
              }),
      })),
      backup: nmBackupLines(),
      apply: [
        text.cdInto,
        ...profiles.map(
          (profile) =>
            `install -m 600 -o root -g root ${keyfilePath(profile)} /${CONNECTIONS_DIR}/`,
        ),
        'nmcli connection reload',
        ...nmOldProfileLines(profiles, language),
        ...profiles
          .filter((profile) => profile.type === 'bond')
          .map((bond) => commented(`nmcli connection up uuid ${bond.uuid}`, text.idNote(bond.id))),
      ],
      check: nmCheckLines(profiles, language),
      rollback: nmRollbackLines(profiles, language),
      notes: [...nmNotes(design, profiles, language), text.ownerNote],
    },
    ctx,
  );
}
