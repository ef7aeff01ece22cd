import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, type CombinedError } from 'urql';
import type { RequestReasonCode, RequestStatus } from '../../gql/graphql';
import { isConflict, type PayloadError } from '../campaigns/payloadErrors';
import { CompleteRequestMutation, RejectRequestMutation, ReturnRequestMutation, VerifyRequestMutation } from './queries';

const REASONS: RequestReasonCode[] = ['MISSING_DOCUMENT', 'INVALID_DOCUMENT', 'OUT_OF_JURISDICTION', 'OTHER'];
type ReasonMode = 'return' | 'reject';

export interface RequestActionsProps {
  requestId: string;
  status: RequestStatus;
  /** The version the page shows: every command names it as expectedVersion. */
  version: number;
  /** Reads the request again (its new state and version). */
  onReload: () => void;
}

interface Answer { error?: CombinedError; payload?: { request?: { status: RequestStatus } | null; errors: PayloadError[] } | null }

// The officer's commands at the version the page shows; a CONFLICT says someone else changed it and offers a reload,
// keeping the reason typed.
export function RequestActions({ requestId, status, version, onReload }: RequestActionsProps) {
  const { t } = useTranslation();
  const [, verify] = useMutation(VerifyRequestMutation);
  const [, complete] = useMutation(CompleteRequestMutation);
  const [, returnIt] = useMutation(ReturnRequestMutation);
  const [, reject] = useMutation(RejectRequestMutation);
  const [mode, setMode] = useState<ReasonMode | null>(null);
  const [reason, setReason] = useState('');
  const [reasonCode, setReasonCode] = useState<RequestReasonCode>('MISSING_DOCUMENT');
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState(false);
  const [missingReason, setMissingReason] = useState(false);

  const run = async (command: () => Promise<Answer>) => {
    setBusy(true);
    const result = await command();
    setBusy(false);
    setAnswer(result);
    if (result.payload?.request) {
      setMode(null); setReason('');
      onReload();
    }
  };
  const base = { requestId, expectedVersion: version };
  const doVerify = () => run(async () => { const r = await verify({ input: base }); return { error: r.error, payload: r.data?.verifyServiceRequest }; });
  const doComplete = () => run(async () => { const r = await complete({ input: base }); return { error: r.error, payload: r.data?.completeServiceRequest }; });
  const submitReason = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) { setMissingReason(true); return; }
    setMissingReason(false);
    const input = { ...base, reason, reasonCode };
    void run(async () => {
      if (mode === 'return') { const r = await returnIt({ input }); return { error: r.error, payload: r.data?.returnServiceRequest }; }
      const r = await reject({ input }); return { error: r.error, payload: r.data?.rejectServiceRequest };
    });
  };

  const conflict = isConflict(answer?.error);
  const payloadErrors = answer?.payload?.errors ?? [];
  const canVerify = status === 'SUBMITTED';
  const canComplete = status === 'VERIFIED';
  const canReturn = status === 'SUBMITTED';
  const canReject = status === 'SUBMITTED' || status === 'VERIFIED';
  const none = !canVerify && !canComplete && !canReturn && !canReject;

  return (
    <section className="panel" aria-labelledby="request-actions-heading" data-testid="request-actions">
      <h2 id="request-actions-heading">{t('queue.actions')}</h2>
      {conflict && (
        <div className="form-errors" role="alert" data-testid="request-conflict">
          <p>{t('queue.conflict')}</p>
          <button type="button" className="button" onClick={() => { setAnswer(null); onReload(); }} data-testid="request-reload">{t('queue.reload')}</button>
        </div>
      )}
      {answer?.error && !conflict && <p className="form-errors" role="alert" data-testid="request-error">{t('queue.networkError', { message: answer.error.message })}</p>}
      {payloadErrors.length > 0 && (
        <ul className="form-errors" role="alert" data-testid="request-payload-errors">
          {payloadErrors.map((error) => <li key={`${error.code}-${error.message}`}>{error.code}: {error.message}</li>)}
        </ul>
      )}
      {answer?.payload?.request && <p className="notice" role="status" data-testid="request-done">{t('queue.done', { status: t(`queue.status_${answer.payload.request.status}`) })}</p>}
      {none ? <p>{t('queue.noActions')}</p> : (
        <div className="actions">
          {canVerify && <button type="button" className="button button-primary" disabled={busy} onClick={() => void doVerify()} data-testid="action-verify">{t('queue.verify')}</button>}
          {canComplete && <button type="button" className="button button-primary" disabled={busy} onClick={() => void doComplete()} data-testid="action-complete">{t('queue.complete')}</button>}
          {canReturn && <button type="button" className="button" aria-expanded={mode === 'return'} onClick={() => setMode('return')} data-testid="action-return">{t('queue.returnTo')}</button>}
          {canReject && <button type="button" className="button" aria-expanded={mode === 'reject'} onClick={() => setMode('reject')} data-testid="action-reject">{t('queue.reject')}</button>}
        </div>
      )}
      {mode && (
        <form className="form reason-form" onSubmit={submitReason} noValidate data-testid="reason-form">
          <label className="field">
            <span>{t('queue.reasonCode')}</span>
            <select value={reasonCode} onChange={(event) => setReasonCode(event.target.value as RequestReasonCode)} data-testid="reason-code">
              {REASONS.map((code) => <option key={code} value={code}>{t(`queue.reason_${code}`)}</option>)}
            </select>
          </label>
          <label className="field">
            <span>{t('queue.reason')}</span>
            <textarea value={reason} onChange={(event) => setReason(event.target.value)} maxLength={2000} rows={3} data-testid="reason-text"
              aria-invalid={missingReason || undefined} aria-describedby={missingReason ? 'reason-error' : undefined} />
            {missingReason && <span id="reason-error" className="field-error" data-testid="reason-error">{t('queue.reasonRequired')}</span>}
          </label>
          <button type="submit" className="button button-primary" disabled={busy} data-testid="reason-submit">
            {busy ? t('queue.saving') : mode === 'return' ? t('queue.confirmReturn') : t('queue.confirmReject')}
          </button>
        </form>
      )}
    </section>
  );
}
