/** English strings of the export dialog and bundle download. */
export const exportText = {
  dialog: {
    title: 'Export configuration',
    close: 'Close',
    loading: 'Loading the exporters…',
    targets: 'Targets',
    noTarget: 'Choose at least one target.',
    preview: 'Files in the bundle',
    fileCount_one: '{{count}} file',
    fileCount_other: '{{count}} files',
    download: 'Download bundle',
    blocked: 'The bundle cannot be built until these errors are fixed:',
    warnings: 'Warnings (the bundle can still be built):',
    fileMode: 'mode {{mode}}',
    preparing: 'Preparing the bundle…',
    failed: 'The bundle could not be prepared: {{reason}}',
  },
};
