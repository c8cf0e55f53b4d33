/**
 * One plain NIC attribute field (model, driver, MAC, speed). Text that parses goes into the
 * design at once; text that does not stays as a draft with the model's message at the field.
 */
import { useAppStoreApi } from '../../store/app-store-context';
import { Field } from '../ui/field';
import { useCommitText, useDraftText } from '../ui/use-draft-text';
import type { Nic } from '../../model/types';

type NicAttribute = 'model' | 'driver' | 'mac' | 'speed';

interface NicTextFieldProps {
  index: number;
  nic: Nic;
  attribute: NicAttribute;
  label: string;
  inputMode?: 'numeric' | 'text';
}

/** A labelled input for `nic[attribute]`; clearing it removes the attribute. */
export function NicTextField({
  index,
  nic,
  attribute,
  label,
  inputMode = 'text',
}: NicTextFieldProps) {
  const store = useAppStoreApi();
  const commitText = useCommitText();
  const pointer = `/nics/${index}/${attribute}`;
  const value = nic[attribute];
  const update = (patch: Partial<Nic>) => store.getState().updateNic(nic.name, patch);
  const field = useDraftText(pointer, value === undefined ? '' : String(value), (text) => {
    commitText(pointer, text, {
      apply: (parsed) => update({ [attribute]: parsed }),
      clear: () => update({ [attribute]: undefined }),
    });
  });
  return (
    <Field pointer={pointer} label={label}>
      {(control) => (
        <input
          {...control}
          {...field}
          inputMode={inputMode}
          spellCheck={false}
          autoComplete="off"
        />
      )}
    </Field>
  );
}
