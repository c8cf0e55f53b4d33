/**
 * Deterministic YAML text for the YAML targets (nmstate, ansible): the `yaml` library with fixed
 * options, written so that YAML 1.1 readers (PyYAML in Ansible) and YAML 1.2 readers (serde_yaml
 * in nmstate) read back the very same data. A one-line header comment names tool and target.
 */
import { Document, isCollection, isPair, isScalar } from 'yaml';
import { assertOneLine } from '../../format/line-safety';

// Plain scalars are kept only for text that cannot end a line, start a comment, open a flow
// collection or a mapping; everything else is double-quoted, where the library escapes control
// characters, so no value can ever start a new line.
const PLAIN_SAFE = /^[A-Za-z0-9]([A-Za-z0-9_.+,/ -]*[A-Za-z0-9_.+,/-])?$/;

// Walks keys and values of the tree built from plain data (no aliases, so no node twice); a
// direct walk, because the library's general visitor costs more than the quoting itself.
function quoteUnsafe(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && !PLAIN_SAFE.test(node.value)) {
      node.type = 'QUOTE_DOUBLE';
    }
  } else if (isPair(node)) {
    quoteUnsafe(node.key);
    quoteUnsafe(node.value);
  } else if (isCollection(node)) {
    for (const item of node.items) quoteUnsafe(item);
  }
}

/**
 * One YAML document for `data` (plain objects, arrays, strings, numbers, booleans), opened by
 * `# <header>` and `---`, with 2-space indents and indented sequences.
 * The YAML 1.1 schema decides quoting, so `on`, `no`, `010` or `1_0` are quoted for PyYAML too.
 * @example yamlText({ mode: 'on' }, 'hi') // '# hi\n---\nmode: "on"\n'
 */
export function yamlText(data: unknown, header: string): string {
  const doc = new Document(data, { version: '1.1', aliasDuplicateObjects: false });
  quoteUnsafe(doc.contents);
  doc.commentBefore = ` ${assertOneLine(header, 'YAML header')}`;
  if (doc.directives) {
    doc.directives.docStart = true;
  }
  return doc.toString({ lineWidth: 0, indent: 2, indentSeq: true });
}
