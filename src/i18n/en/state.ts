/**
 * English strings of the saved-state banner (namespace `state`): a damaged or newer saved design,
 * storage that is full, another tab's changes. They load with the banner, off the first page.
 */
export const state = {
  label: 'Saving in this browser',
  corrupt: 'The damaged saved design is kept in browser storage as "{{key}}".',
  corruptNotCopied:
    'The saved design could not be read and there was no room to keep a copy, so it is left as it was and changes here are not saved automatically.',
  downloadDamaged: 'Download the damaged copy',
  dismiss: 'Dismiss',
  newer:
    'Browser storage holds a design saved by a newer Bondsmith (saved-state version {{version}}; this one reads up to version {{supported}}). It is left untouched and changes here are not saved automatically.',
  newerSeparate:
    'You are working on a separate design. It is not saved automatically, so the newer copy stays as it is: download your design to keep it.',
  downloadNewer: 'Download the newer copy',
  startSeparate: 'Start a separate design here',
  replaceNewer: 'Replace the newer copy…',
  replaceTitle: 'Replace the newer copy?',
  replaceBody:
    'This design will be saved in place of the one from the newer Bondsmith, and saved automatically from then on. The newer copy is kept in browser storage under another name, but the newer Bondsmith will no longer open it by itself.',
  replaceConfirm: 'Replace the newer copy',
  replaceNoRoom:
    'There is no room in browser storage to keep the newer copy, so nothing was replaced.',
  replaced: 'This design is saved now; the newer copy is kept as "{{key}}".',
  full: 'Your changes are not being saved: storage is full. Download the design to keep it; saving is tried again with your next change.',
  failed:
    'Your changes are not being saved: browser storage refused them. Download the design to keep it; saving is tried again with your next change.',
  downloadDesign: 'Download design',
  conflict:
    'This design was changed in another tab. Nothing here is saved until you choose: "Load theirs" replaces this design with theirs (Undo brings yours back); "Keep mine" saves this design over theirs with your next change.',
  loadTheirs: 'Load theirs',
  keepMine: 'Keep mine',
  loadedTheirs: "Loaded the other tab's design; Undo brings yours back.",
  keptMine: "Kept this tab's design: your next change here is saved over the other tab's.",
};
