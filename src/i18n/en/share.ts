/** English strings of share links: copying one and opening one (namespace `share`, lazy). */
export const share = {
  copied: 'Link copied. The whole design is inside the link itself; nothing was sent anywhere.',
  copyTitle: 'Copy the share link',
  copyHelp:
    'The browser did not allow copying here. The link is selected below: copy it with Ctrl+C (⌘C on a Mac). The whole design is inside it; nothing is sent anywhere.',
  linkLabel: 'Share link',
  close: 'Close',
  confirmTitle: 'Open the shared design?',
  confirmBody: 'It replaces your current design (you can undo).',
  replace: 'Replace',
  keep: 'Keep mine',
  opened: 'Opened the shared design.',
  openedWithFindings: 'Opened the shared design. While reading it: {{messages}}',
  kept: 'Kept your design; the shared design was not opened.',
  refused: {
    'too-long': 'The shared link is too long to be a design; your current design is kept.',
    'not-base64':
      'The shared link is damaged (unexpected characters); your current design is kept.',
    damaged: 'The shared link is damaged or incomplete; your current design is kept.',
    'too-large':
      'The shared link unpacks to more than 2 MB, too much for a design; your current design is kept.',
    'not-text': 'The shared link does not hold text; your current design is kept.',
    'not-json': 'The shared link does not hold a design (not JSON); your current design is kept.',
    'not-a-design':
      'The shared link does not hold a Bondsmith design; your current design is kept.',
    'unsupported-version':
      'The shared link comes from a newer Bondsmith (design version not supported); your current design is kept.',
    unusable: 'The shared design cannot be used; your current design is kept.',
  },
};
