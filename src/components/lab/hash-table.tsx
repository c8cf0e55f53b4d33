/**
 * The numbers of one hash computation: its inputs (named as in the kernel source) and each step
 * with the value it produced, in decimal and hex.
 */
import { useTranslation } from 'react-i18next';
import type { HashInput, HashStep } from '../../sim/types';

function hex(value: number | string): string {
  return typeof value === 'number' ? `0x${value.toString(16)}` : '';
}

/** Inputs then steps of a hash, as two small tables. */
export function HashTable({ inputs, steps }: { inputs: HashInput[]; steps: HashStep[] }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="lab-table lab-numbers">
        <thead>
          <tr>
            <th scope="col">{t('lab.why.input')}</th>
            <th scope="col">{t('lab.why.value')}</th>
          </tr>
        </thead>
        <tbody>
          {inputs.map((input) => (
            <tr key={input.name}>
              <th scope="row">
                <code>{input.name}</code>
              </th>
              <td>
                <code>
                  {input.value} {hex(input.value)}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="lab-table lab-numbers">
        <thead>
          <tr>
            <th scope="col">{t('lab.why.step')}</th>
            <th scope="col">{t('lab.why.value')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step, index) => (
            <tr key={`${step.label}-${index}`}>
              <th scope="row">
                <code>{t(`lab.why.steps.${step.label}`)}</code>
              </th>
              <td>
                <code>
                  {step.value} {hex(step.value)}
                </code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
