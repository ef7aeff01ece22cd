import { useTranslation } from 'react-i18next';
import type { KecamatanGroup } from './useRegions';

export interface UnitPickerProps {
  id: string;
  legend: string;
  hint?: string;
  groups: KecamatanGroup[];
  selected: ReadonlySet<string>;
  onChange: (selected: Set<string>) => void;
  describedBy?: string;
  /** Only these codes can be picked (a wave's units come from the campaign's); every unit when omitted. */
  only?: ReadonlySet<string>;
}

// Units grouped by kecamatan: the whole kecamatan (its code) or single kelurahan/desa, all plain checkboxes.
export function UnitPicker({ id, legend, hint, groups, selected, onChange, describedBy, only }: UnitPickerProps) {
  const { t } = useTranslation();
  const toggle = (code: string, checked: boolean) => {
    const next = new Set(selected);
    if (checked) next.add(code); else next.delete(code);
    onChange(next);
  };
  const visible = only
    ? groups.map((group) => ({ ...group, villages: group.villages.filter((village) => only.has(village.code)) }))
      .filter((group) => only.has(group.code) || group.villages.length > 0)
    : groups;

  return (
    <fieldset className="unit-picker" id={id} aria-describedby={[hint ? `${id}-hint` : '', describedBy ?? ''].join(' ').trim() || undefined}>
      <legend>{legend} <span className="muted">({t('campaigns.selectedCount', { count: selected.size })})</span></legend>
      {hint && <p className="hint" id={`${id}-hint`}>{hint}</p>}
      <div className="unit-groups">
        {visible.map((group) => (
          <div key={group.code} className="unit-group" data-testid={`${id}-group`}>
            {(!only || only.has(group.code)) && (
              <label className="check">
                <input type="checkbox" checked={selected.has(group.code)} data-testid={`${id}-${group.code}`}
                  onChange={(event) => toggle(group.code, event.target.checked)} />
                <strong>{t('campaigns.wholeKecamatan', { name: group.name })}</strong>
              </label>
            )}
            {group.villages.length > 0 && (
              <fieldset className="unit-villages">
                <legend className="visually-hidden">{t('campaigns.villagesOf', { name: group.name })}</legend>
                {group.villages.map((village) => (
                  <label key={village.code} className="check">
                    <input type="checkbox" checked={selected.has(village.code)} data-testid={`${id}-${village.code}`}
                      onChange={(event) => toggle(village.code, event.target.checked)} />
                    {village.name}
                  </label>
                ))}
              </fieldset>
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
}
