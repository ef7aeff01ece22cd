import { useTranslation } from 'react-i18next';

export interface KpiCardProps {
  name: string;
  label: string;
  value: string;
  previous: string;
  change: string;
  /** up, down or flat: shown as an arrow and a word, never by colour alone. */
  trend: 'up' | 'down' | 'flat' | 'none';
  detail?: string;
}

const arrows = { up: '▲', down: '▼', flat: '▶', none: '' } as const;

export function KpiCard({ name, label, value, previous, change, trend, detail }: KpiCardProps) {
  const { t } = useTranslation();
  return (
    <article className="kpi" data-testid={`kpi-${name}`} aria-labelledby={`kpi-${name}-label`}>
      <h3 id={`kpi-${name}-label`} className="kpi-label">{label}</h3>
      <p className="kpi-value" data-testid="kpi-value">{value}</p>
      {detail && <p className="kpi-detail" data-testid="kpi-detail">{detail}</p>}
      <dl className="kpi-compare">
        <div><dt>{t('kpi.previous')}</dt><dd data-testid="kpi-previous">{previous}</dd></div>
        <div>
          <dt>{t('kpi.change')}</dt>
          <dd data-testid="kpi-change" className={`trend-${trend}`}>
            {arrows[trend] && <span aria-hidden="true">{arrows[trend]} </span>}{change}
          </dd>
        </div>
      </dl>
    </article>
  );
}
