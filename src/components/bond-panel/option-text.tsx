/**
 * Free-text option input: numbers and MACs on one line, address and queue lists in a textarea
 * (one entry per line, or separated by commas or spaces). Text that does not parse stays a draft.
 */
import { OPTION_INFO } from '../../model/options';
import type { BondOptions, OptionName } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import type { ControlProps } from '../ui/field';
import { useCommitText, useDraftText } from '../ui/use-draft-text';

interface OptionTextProps {
  control: ControlProps;
  bondName: string;
  pointer: string;
  name: OptionName;
  options: BondOptions;
}

function committedText(value: BondOptions[OptionName] | undefined): string {
  if (value === undefined) return '';
  return Array.isArray(value) ? value.join('\n') : String(value);
}

/** The input or textarea of one option. */
export function OptionText({ control, bondName, pointer, name, options }: OptionTextProps) {
  const store = useAppStoreApi();
  const commitText = useCommitText();
  const kind = OPTION_INFO[name].kind;
  const set = (value: BondOptions[OptionName] | undefined) => {
    store.getState().setOption(bondName, name, value);
  };
  const props = useDraftText(pointer, committedText(options[name]), (text) => {
    commitText(pointer, text, {
      apply: (value) => set(value as BondOptions[OptionName]),
      clear: () => set(undefined),
    });
  });
  if (kind.endsWith('-list')) return <textarea {...control} {...props} rows={3} />;
  return (
    <input
      {...control}
      {...props}
      type="text"
      inputMode={kind === 'int' ? 'numeric' : 'text'}
      spellCheck={false}
    />
  );
}
