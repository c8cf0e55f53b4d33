/** English strings of the export dialog and bundle. */
export const exportText = {};
