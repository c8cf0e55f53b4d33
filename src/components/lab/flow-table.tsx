/**
 * The custom-flow table: one row per flow (addresses, protocol, ports, packet count), checked
 * as typed; rows with a problem are marked and left out of the traffic.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_FLOWS,
  FLOW_FIELDS,
  FLOW_PROTOS,
  type FlowDraft,
  parseFlowDraft,
} from './flow-schema';

interface FlowTableProps {
  flows: readonly FlowDraft[];
  onChange: (flows: FlowDraft[]) => void;
}

/** The editable table of `flows`. */
export function FlowTable({ flows, onChange }: FlowTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const update = (index: number, patch: Partial<FlowDraft>) =>
    onChange(flows.map((flow, at) => (at === index ? { ...flow, ...patch } : flow)));
  return (
    <section className="lab-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('lab.flows.heading')}</h2>
      <p className="field-help">{t('lab.flows.help')}</p>
      <table className="lab-table lab-flows">
        <thead>
          <tr>
            {FLOW_FIELDS.map((field) => (
              <th key={field} scope="col">
                {t(`lab.flows.fields.${field}`)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('lab.flows.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {flows.map((flow, index) => {
            const parsed = parseFlowDraft(flow);
            const errors = parsed.ok ? {} : parsed.errors;
            const row = index + 1;
            return (
              <tr key={index}>
                {FLOW_FIELDS.map((field) => {
                  const label = t('lab.flows.cell', { field: t(`lab.flows.fields.${field}`), row });
                  const error = errors[field];
                  const errorId = `${id}-${index}-${field}-error`;
                  return (
                    <td key={field}>
                      {field === 'proto' ? (
                        <select
                          aria-label={label}
                          value={flow.proto}
                          aria-invalid={error !== undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(event) =>
                            update(index, { proto: event.target.value as FlowDraft['proto'] })
                          }
                        >
                          {FLOW_PROTOS.map((proto) => (
                            <option key={proto} value={proto}>
                              {t(`lab.flows.protos.${proto}`)}
                            </option>
                          ))}
                        </select>
                      ) : (
                        <input
                          aria-label={label}
                          value={flow[field]}
                          size={field.endsWith('ip') ? 14 : 6}
                          aria-invalid={error !== undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(event) => update(index, { [field]: event.target.value })}
                        />
                      )}
                      {error && (
                        <span id={errorId} className="field-error">
                          {t(error)}
                        </span>
                      )}
                    </td>
                  );
                })}
                <td>
                  <button
                    type="button"
                    disabled={flows.length === 1}
                    onClick={() => onChange(flows.filter((_, at) => at !== index))}
                  >
                    {t('lab.flows.remove', { row })}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          onChange([...flows, { ...(flows[flows.length - 1] ?? DEFAULT_FLOWS[0]) } as FlowDraft])
        }
      >
        {t('lab.flows.add')}
      </button>
    </section>
  );
}
