import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/States';
import './words';
import '../queue/queue.css';
import { CounterForm, type Recorded } from './CounterForm';
import { CounterMeQuery } from './queries';
import { SurveyForm } from './SurveyForm';

// Layanan loket: record a walk-in served at the counter, then the citizen's own survey answers for it.
export default function CounterScreen() {
  const { t } = useTranslation();
  const [me, refresh] = useQuery({ query: CounterMeQuery });
  const [recorded, setRecorded] = useState<Recorded | null>(null);
  const unit = me.data?.me?.unit;

  return (
    <div className="screen queue counter" data-testid="screen-counter">
      <h1>{t('counter.title')}</h1>
      {me.error ? <ErrorState detail={me.error.message} onRetry={() => refresh({ requestPolicy: 'network-only' })} />
        : !me.data ? <Loading />
          : !unit ? <Empty label={t('counter.noUnit')} />
            : recorded ? <SurveyForm recorded={recorded} onNext={() => setRecorded(null)} />
              : <CounterForm unit={unit} onRecorded={setRecorded} />}
    </div>
  );
}
