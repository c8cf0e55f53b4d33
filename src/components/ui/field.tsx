/**
 * A labelled form field: visible label, one-line help, an optional note (the kernel default) and
 * the findings at its pointer, wired to the control through aria-describedby.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findingMessage } from '../../i18n/instance';
import { fieldId, helpId, messagesId } from './field-id';
import { useFieldFindings } from './use-field-findings';

/** Attributes the field hands to its control. */
export interface ControlProps {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

interface FieldProps {
  /** JSON Pointer of the value the control edits; gives the id and selects the findings. */
  pointer: string;
  label: string;
  help?: string;
  note?: string;
  /** Errors found by the UI itself (e.g. a name already taken), shown like model errors. */
  localErrors?: readonly string[];
  children: (control: ControlProps) => ReactNode;
}

/** Renders label, control, help and messages for the value at `pointer`. */
export function Field({ pointer, label, help, note, localErrors = [], children }: FieldProps) {
  const { t } = useTranslation();
  const findings = useFieldFindings(pointer);
  const errors = [
    ...findings.filter((f) => f.severity === 'error').map((f) => findingMessage(t, f)),
    ...localErrors,
  ];
  const warnings = findings
    .filter((f) => f.severity === 'warning')
    .map((f) => findingMessage(t, f));
  const id = fieldId(pointer);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-describedby': `${helpId(pointer)} ${messagesId(pointer)}`,
        'aria-invalid': errors.length > 0,
      })}
      <p id={helpId(pointer)} className="field-help">
        {help}
        {note !== undefined && <span className="field-note">{note}</span>}
      </p>
      <div id={messagesId(pointer)}>
        {errors.map((text) => (
          <p key={text} role="alert" className="field-error">
            <span className="visually-hidden">{t('panel.field.error')} </span>
            {text}
          </p>
        ))}
        {warnings.map((text) => (
          <p key={text} className="field-warning">
            <span className="visually-hidden">{t('panel.field.warning')} </span>
            {text}
          </p>
        ))}
      </div>
    </div>
  );
}
