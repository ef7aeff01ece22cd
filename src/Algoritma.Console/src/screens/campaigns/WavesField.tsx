import { useTranslation } from 'react-i18next';
import { UnitPicker } from './UnitPicker';
import type { KecamatanGroup } from './useRegions';

export interface WaveDraft { key: number; name: string; startsOn: string; units: Set<string> }

export interface WavesFieldProps {
  waves: WaveDraft[];
  onChange: (waves: WaveDraft[]) => void;
  groups: KecamatanGroup[];
  campaignUnits: ReadonlySet<string>;
  errorId?: string;
}

export function WavesField({ waves, onChange, groups, campaignUnits, errorId }: WavesFieldProps) {
  const { t } = useTranslation();
  const update = (key: number, change: Partial<WaveDraft>) => onChange(waves.map((wave) => (wave.key === key ? { ...wave, ...change } : wave)));
  const add = () => onChange([...waves, { key: Math.max(0, ...waves.map((wave) => wave.key)) + 1, name: '', startsOn: '', units: new Set() }]);

  return (
    <fieldset className="waves-field" id="campaign-waves" aria-describedby={['campaign-waves-hint', errorId ?? ''].join(' ').trim()}>
      <legend>{t('campaigns.waves')}</legend>
      <p className="hint" id="campaign-waves-hint">{t('campaigns.wavesHint')}</p>
      {waves.map((wave, index) => (
        <fieldset key={wave.key} className="wave" data-testid="campaign-wave">
          <legend>{t('campaigns.waveLegend', { number: index + 1 })}</legend>
          <div className="form-row">
            <label>
              <span>{t('campaigns.waveName')}</span>
              <input value={wave.name} onChange={(event) => update(wave.key, { name: event.target.value })} data-testid="campaign-wave-name" />
            </label>
            <label>
              <span>{t('campaigns.startsOn')}</span>
              <input type="date" value={wave.startsOn} onChange={(event) => update(wave.key, { startsOn: event.target.value })} data-testid="campaign-wave-starts" />
            </label>
            <button type="button" className="button" onClick={() => onChange(waves.filter((other) => other.key !== wave.key))}>
              {t('campaigns.removeWave', { number: index + 1 })}
            </button>
          </div>
          {campaignUnits.size === 0 ? <p className="hint">{t('campaigns.pickUnitsFirst')}</p> : (
            <UnitPicker id={`campaign-wave-${wave.key}-units`} legend={t('campaigns.waveUnits')} groups={groups} only={campaignUnits}
              selected={wave.units} onChange={(units) => update(wave.key, { units })} />
          )}
        </fieldset>
      ))}
      <button type="button" className="button" onClick={add} data-testid="campaign-add-wave">{t('campaigns.addWave')}</button>
    </fieldset>
  );
}
