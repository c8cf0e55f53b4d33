/**
 * React Flow's built-in screen-reader texts, translated, so the canvas speaks the app's language.
 */
import type { AriaLabelConfig } from '@xyflow/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// React Flow names the arrow key's direction in English; these are the words the catalogue has.
const DIRECTIONS = ['up', 'down', 'left', 'right'] as const;

function isDirection(value: string): value is (typeof DIRECTIONS)[number] {
  return (DIRECTIONS as readonly string[]).includes(value);
}

/** The ariaLabelConfig prop for <ReactFlow>. */
export function useFlowAriaLabels(): Partial<AriaLabelConfig> {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      'node.a11yDescription.default': t('ui.canvas.a11y.node'),
      'node.a11yDescription.keyboardDisabled': t('ui.canvas.a11y.nodeKeyboard'),
      'node.a11yDescription.ariaLiveMessage': ({ direction, x, y }) =>
        t('ui.canvas.a11y.moved', {
          direction: isDirection(direction)
            ? t(`ui.canvas.a11y.direction.${direction}`)
            : direction,
          x,
          y,
        }),
      'edge.a11yDescription.default': t('ui.canvas.a11y.edge'),
      'controls.ariaLabel': t('ui.canvas.a11y.controls'),
      'controls.zoomIn.ariaLabel': t('ui.canvas.a11y.zoomIn'),
      'controls.zoomOut.ariaLabel': t('ui.canvas.a11y.zoomOut'),
      'controls.fitView.ariaLabel': t('ui.canvas.a11y.fitView'),
      'controls.interactive.ariaLabel': t('ui.canvas.a11y.interactive'),
      'minimap.ariaLabel': t('ui.canvas.a11y.minimap'),
      'handle.ariaLabel': t('ui.canvas.a11y.handle'),
    }),
    [t],
  );
}
