import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { OfficialRegenciesQuery as OfficialRegenciesResult } from '../../gql/graphql';
import { formatNumber } from '../../lib/format';
import { OfficialRegenciesQuery } from './queries';

export type Regency = OfficialRegenciesResult['officialRegencies'][number];

interface Props {
  province: string;
  chosen: Regency | null;
  /** null when the text no longer names the regency picked: the form must not onboard a pick the field no longer shows. */
  onChoose: (regency: Regency | null) => void;
  invalid?: boolean;
  describedBy?: string;
}

// The WAI-ARIA combobox with a list popup: typing asks `officialRegencies` (after a short pause), the arrow keys move
// through the options (aria-activedescendant), Enter picks, Escape closes. A regency another tenant holds is shown
// but cannot be picked (aria-disabled).
export function RegencyCombobox({ province, chosen, onChoose, invalid, describedBy }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const [text, setText] = useState(chosen?.name ?? '');
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const timer = setTimeout(() => setSearch(text.trim()), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const paused = search.length === 0 && province === '';
  const [{ data, fetching }] = useQuery({
    query: OfficialRegenciesQuery, variables: { search: search || null, province: province || null, first: 50 }, pause: paused,
  });
  const options = paused ? [] : data?.officialRegencies ?? [];
  useEffect(() => setActive(-1), [search, province]);

  const pick = (regency: Regency | undefined) => {
    if (!regency || regency.heldBy) return;
    onChoose(regency);
    setText(regency.name);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((current) => Math.min(current + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      pick(options[active]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };
  const expanded = open && !paused;
  const count = (value: number) => formatNumber(value, i18n.language);

  return (
    <div className="field combobox">
      <label htmlFor={id}>{t('onboard.regency')}</label>
      <input id={id} type="text" role="combobox" aria-expanded={expanded} aria-controls={listId} aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${id}-option-${active}` : undefined}
        aria-invalid={invalid || undefined} aria-describedby={describedBy} autoComplete="off" data-testid="onboard-regency"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          if (chosen && event.target.value !== chosen.name) onChoose(null);
        }}
        onFocus={() => setOpen(true)} onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setOpen(false), 150)} />
      <ul id={listId} role="listbox" aria-label={t('onboard.regency')} className="combobox-list" hidden={!expanded}
        data-testid="onboard-regency-options">
        {options.map((regency, index) => (
          <li key={regency.code} id={`${id}-option-${index}`} role="option" aria-selected={index === active}
            aria-disabled={regency.heldBy ? true : undefined} className={index === active ? 'combobox-option active' : 'combobox-option'}
            data-testid="onboard-regency-option" data-code={regency.code}
            onMouseDown={(event) => event.preventDefault()} onClick={() => pick(regency)}>
            <span className="combobox-name">{regency.name} <span className="muted">{regency.code} · {regency.provinceName}</span></span>
            <span className="combobox-counts">
              {t('onboard.counts', { kecamatan: count(regency.kecamatanCount), kelurahan: count(regency.kelurahanCount), desa: count(regency.desaCount) })}
              {regency.heldBy && <> — <strong>{t('onboard.heldBy', { slug: regency.heldBy })}</strong></>}
            </span>
          </li>
        ))}
      </ul>
      <p className="visually-hidden" role="status" aria-live="polite">
        {expanded ? (fetching ? t('onboard.searching') : options.length === 0 ? t('onboard.noOptions') : t('onboard.options', { count: options.length })) : ''}
      </p>
      {expanded && !fetching && options.length === 0 && <p className="hint" data-testid="onboard-no-options">{t('onboard.noOptions')}</p>}
    </div>
  );
}
