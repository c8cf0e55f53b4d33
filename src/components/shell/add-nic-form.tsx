/**
 * The form inside the Add NIC dialog: a NIC from the catalogue (model, driver, speed filled in)
 * or a custom one, and its interface name prefilled with the next free ethN. react-hook-form
 * holds the short-lived input; the zod schema applies the model's own name rules.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { NIC_CATALOGUE } from '../../model/defaults';
import { nextNicName } from '../../model/topology';
import type { Nic } from '../../model/types';
import { useAppStoreApi } from '../../store/app-store-context';
import { addNicSchema, type AddNicValues } from './add-nic-schema';

const CUSTOM = 'custom';

function nicOf({ choice, name, model, driver }: AddNicValues): Nic {
  const entry = NIC_CATALOGUE.find((item) => item.id === choice);
  return entry
    ? { name, model: entry.model, driver: entry.driver, speed: entry.speed }
    : { name, ...(model ? { model } : {}), ...(driver ? { driver } : {}) };
}

/** Adds the NIC, selects it and calls `onDone`; `onCancel` closes without adding. */
export function AddNicForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { design } = store.getState();
  const taken = [...design.nics, ...design.bonds].map((item) => item.name);
  const { register, handleSubmit, control, formState, getValues } = useForm<AddNicValues>({
    resolver: zodResolver(addNicSchema(taken)),
    defaultValues: {
      choice: NIC_CATALOGUE[0]?.id ?? CUSTOM,
      name: nextNicName(design),
      model: '',
      driver: '',
    },
  });
  const choice = useWatch({ control, name: 'choice' });
  const { errors } = formState;

  const onSubmit = (values: AddNicValues) => {
    store.getState().addNic(nicOf(values));
    store.getState().select({ kind: 'nic', name: values.name });
    onDone();
  };

  const error = (field: keyof AddNicValues) => {
    const message = errors[field]?.message;
    return (
      <p id={`add-nic-${field}-error`} className="field-error" role={message ? 'alert' : undefined}>
        {message ? t(message, { name: getValues('name') }) : null}
      </p>
    );
  };
  const described = (field: keyof AddNicValues) => ({
    'aria-invalid': errors[field] !== undefined,
    'aria-describedby': `add-nic-${field}-error`,
  });

  return (
    <form
      className="modal-form"
      onSubmit={(event) => void handleSubmit(onSubmit)(event)}
      noValidate
    >
      <label htmlFor="add-nic-catalogue">{t('ui.addNic.catalogue')}</label>
      {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the form loads after the modal opened, so the modal found nothing to focus */}
      <select id="add-nic-catalogue" autoFocus {...register('choice')}>
        {NIC_CATALOGUE.map((item) => (
          <option key={item.id} value={item.id}>
            {t('ui.addNic.catalogueEntry', { ...item })}
          </option>
        ))}
        <option value={CUSTOM}>{t('ui.addNic.custom')}</option>
      </select>
      {choice === CUSTOM && (
        <>
          <label htmlFor="add-nic-model">{t('ui.addNic.model')}</label>
          <input id="add-nic-model" {...register('model')} {...described('model')} />
          {error('model')}
          <label htmlFor="add-nic-driver">{t('ui.addNic.driver')}</label>
          <input id="add-nic-driver" {...register('driver')} {...described('driver')} />
          {error('driver')}
        </>
      )}
      <label htmlFor="add-nic-name">{t('ui.addNic.name')}</label>
      <input id="add-nic-name" {...register('name')} {...described('name')} />
      {error('name')}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          {t('ui.dialog.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('ui.addNic.add')}
        </button>
      </div>
    </form>
  );
}
