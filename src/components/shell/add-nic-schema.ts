/**
 * The Add NIC form's zod schema. Its checks are the model's own predicates (interface name,
 * module name, one-line text), so the dialog refuses exactly what the design rules would flag.
 * Messages are i18n keys.
 */
import { z } from 'zod';
import { isOneLineText, isValidIfname, isValidModuleName } from '../../model/names';

/** The schema of the Add NIC form for a design whose NICs and bonds use the `taken` names. */
export function addNicSchema(taken: readonly string[]) {
  return z.object({
    choice: z.string(),
    name: z
      .string()
      .refine(isValidIfname, { message: 'ui.addNic.invalidName' })
      .refine((name) => !taken.includes(name), { message: 'ui.addNic.nameTaken' }),
    model: z.string().refine(isOneLineText, { message: 'ui.addNic.invalidModel' }),
    driver: z.string().refine((driver) => driver === '' || isValidModuleName(driver), {
      message: 'ui.addNic.invalidDriver',
    }),
  });
}

/** What the Add NIC form holds. */
export type AddNicValues = z.infer<ReturnType<typeof addNicSchema>>;
