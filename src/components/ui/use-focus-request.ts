/**
 * Jump-to-field: when the store carries a focus request under `prefix`, focus the field whose id
 * is fieldId(pointer), or the nearest ancestor pointer that has a field (a list entry focuses its
 * list), opening any collapsed section on the way.
 */
import { useEffect } from 'react';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { fieldId } from './field-id';
import { isUnderPointer } from './use-field-findings';

/*
 * The last request served, per store: a panel that mounts later (the user selects another bond)
 * must not replay an old jump.
 */
const served = new WeakMap<object, number>();

/** Focuses the element for `pointer` or its nearest ancestor; returns whether one was found. */
export function focusPointer(pointer: string, root: Document = document): boolean {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const element = root.getElementById(fieldId(current));
    if (element) {
      for (let d = element.closest('details'); d; d = d.parentElement?.closest('details') ?? null) {
        d.open = true;
      }
      element.focus();
      return true;
    }
    if (current === '') return false;
  }
}

/** Serves focus requests whose pointer lies under `prefix` (e.g. '/bonds/0'). */
export function useFocusRequest(prefix: string): void {
  const request = useAppStore((state) => state.focusRequest);
  const store = useAppStoreApi();
  useEffect(() => {
    if (!request || !isUnderPointer(request.pointer, prefix)) return;
    if (served.get(store) === request.seq) return;
    served.set(store, request.seq);
    focusPointer(request.pointer);
  }, [request, prefix, store]);
}
