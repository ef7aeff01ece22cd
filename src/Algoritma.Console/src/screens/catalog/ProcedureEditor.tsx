import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// The procedure's steps in order: edit, add, remove, move up and down (buttons, so the keyboard does it all).
export function ProcedureEditor({ steps, onChange, invalid, describedBy, children }: {
  steps: string[]; onChange: (next: string[]) => void; invalid?: boolean; describedBy?: string; children?: ReactNode;
}) {
  const { t } = useTranslation();
  const move = (index: number, by: number) => {
    const next = steps.filter((_, at) => at !== index);
    next.splice(index + by, 0, steps[index] ?? '');
    onChange(next);
  };
  return (
    <fieldset data-testid="standard-procedure-editor" aria-invalid={invalid} aria-describedby={describedBy}>
      <legend>{t('catalog.procedure')}</legend>
      <ol className="list-editor">
        {steps.map((step, index) => (
          <li key={index} data-testid="procedure-row">
            <span className="step-number" aria-hidden="true">{index + 1}.</span>
            <input type="text" value={step} aria-label={t('catalog.step', { number: index + 1 })} data-testid="procedure-step"
              onChange={(event) => onChange(steps.map((current, at) => (at === index ? event.target.value : current)))} />
            <button type="button" className="button" disabled={index === 0} onClick={() => move(index, -1)}
              aria-label={t('catalog.moveUp', { number: index + 1 })}>↑</button>
            <button type="button" className="button" disabled={index === steps.length - 1} onClick={() => move(index, 1)}
              aria-label={t('catalog.moveDown', { number: index + 1 })}>↓</button>
            <button type="button" className="button" data-testid="procedure-remove" onClick={() => onChange(steps.filter((_, at) => at !== index))}
              aria-label={t('catalog.removeStep', { number: index + 1 })}>×</button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" data-testid="procedure-add" onClick={() => onChange([...steps, ''])}>{t('catalog.addStep')}</button>
      {children}
    </fieldset>
  );
}
