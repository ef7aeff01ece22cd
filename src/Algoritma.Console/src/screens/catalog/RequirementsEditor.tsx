import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface RequirementDraft { code: string; name: string; required: boolean }

// The requirements checklist: one row per document (code, name, required), added and removed with buttons.
export function RequirementsEditor({ requirements, onChange, invalid, describedBy, children }: {
  requirements: RequirementDraft[]; onChange: (next: RequirementDraft[]) => void; invalid?: boolean; describedBy?: string; children?: ReactNode;
}) {
  const { t } = useTranslation();
  const update = (index: number, change: Partial<RequirementDraft>) =>
    onChange(requirements.map((requirement, at) => (at === index ? { ...requirement, ...change } : requirement)));
  return (
    <fieldset data-testid="standard-requirements-editor" aria-invalid={invalid} aria-describedby={describedBy}>
      <legend>{t('catalog.requirements')}</legend>
      <ul className="list-editor">
        {requirements.map((requirement, index) => (
          <li key={index} data-testid="requirement-row">
            <input type="text" value={requirement.code} aria-label={`${t('catalog.requirementCode')} ${index + 1}`} data-testid="requirement-code" className="requirement-code"
              onChange={(event) => update(index, { code: event.target.value })} size={12} />
            <input type="text" value={requirement.name} aria-label={`${t('catalog.requirementName')} ${index + 1}`} data-testid="requirement-name"
              onChange={(event) => update(index, { name: event.target.value })} />
            <label className="check">
              <input type="checkbox" checked={requirement.required} data-testid="requirement-required"
                onChange={(event) => update(index, { required: event.target.checked })} />
              {t('catalog.requirementRequired')}
            </label>
            <button type="button" className="button" data-testid="requirement-remove"
              onClick={() => onChange(requirements.filter((_, at) => at !== index))}>
              {t('catalog.removeRequirement', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button" data-testid="requirement-add"
        onClick={() => onChange([...requirements, { code: '', name: '', required: true }])}>
        {t('catalog.addRequirement')}
      </button>
      {children}
    </fieldset>
  );
}
