import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FieldErrors } from '../../components/FieldErrors';
import { isConflict, type PayloadError } from '../campaigns/payloadErrors';
import type { Recorded } from './CounterForm';
import { CounterRateMutation } from './queries';

const ELEMENTS = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'];

// The citizen's own answers to the nine IKM elements, recorded by the officer for the service just served.
export function SurveyForm({ recorded, onNext }: { recorded: Recorded; onNext: () => void }) {
  const { t } = useTranslation();
  const [scores, setScores] = useState<number[]>(() => ELEMENTS.map(() => 4));
  const [errors, setErrors] = useState<PayloadError[]>([]);
  const [rated, setRated] = useState(false);
  const [result, rate] = useMutation(CounterRateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await rate({ input: { requestId: recorded.id, expectedVersion: recorded.version, scores } });
    const payload = answer.data?.rateService;
    setErrors(payload?.errors ?? []);
    if (payload?.request) setRated(true);
  };

  return (
    <>
      <p className="notice" role="status" data-testid="counter-recorded">{t('counter.recorded', { code: recorded.trackingCode })}</p>
      <section className="panel" aria-labelledby="survey-heading" data-testid="counter-survey">
        <h2 id="survey-heading">{t('counter.survey')}</h2>
        <p>{t('counter.surveyHint')}</p>
        {rated ? <p className="notice" role="status" data-testid="counter-rated">{t('counter.rated')}</p> : (
          <form className="form" onSubmit={submit} noValidate>
            {isConflict(result.error) && <p className="form-errors" role="alert">{t('counter.conflict')}</p>}
            {result.error && !isConflict(result.error) && <p className="form-errors" role="alert">{t('counter.networkError', { message: result.error.message })}</p>}
            <FieldErrors id="counter-survey-error" errors={errors} prefix="campaigns" />
            <div className="survey-grid">
              {ELEMENTS.map((element, index) => (
                <label key={element} className="field">
                  <span>{element} · {t(`counter.${element}`)}</span>
                  <select value={scores[index]} data-testid={`survey-${element}`}
                    onChange={(event) => setScores((current) => current.map((score, at) => (at === index ? Number(event.target.value) : score)))}>
                    {[1, 2, 3, 4].map((score) => <option key={score} value={score}>{t(`counter.score_${score}`)}</option>)}
                  </select>
                </label>
              ))}
            </div>
            <button type="submit" className="button button-primary" disabled={result.fetching} data-testid="survey-submit">{t('counter.surveySubmit')}</button>
          </form>
        )}
        <button type="button" className="button" onClick={onNext} data-testid="counter-next">{t('counter.another')}</button>
      </section>
    </>
  );
}
