// Clearing the history asks first, in the page (no blocking dialog), and keeps focus in place.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { clearHistory } from '../../history/client';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { formatCount } from './format';

export function ClearHistory({ t, lang, count, onCleared }: { t: Translate<ReviewKey>; lang: UiLang; count: number; onCleared: () => void }) {
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    // The safe choice gets focus first.
    if (asking) cancelRef.current?.focus();
  }, [asking]);

  const confirm = async () => {
    try {
      await clearHistory();
      setStatus(t('cleared'));
      onCleared();
    } catch (error) {
      setStatus(t('loadError', { error: String((error as Error)?.message ?? error) }));
    }
    setAsking(false);
  };
  const cancel = () => {
    setAsking(false);
    setTimeout(() => openRef.current?.focus());
  };

  return (
    <section class="clear" aria-labelledby="clear-title">
      <h2 id="clear-title">{t('clearTitle')}</h2>
      {asking ? (
        <div role="alertdialog" aria-labelledby="clear-question" onKeyDown={(e) => e.key === 'Escape' && cancel()}>
          <p id="clear-question">{t('clearConfirm', { count: formatCount(count, lang) })}</p>
          <button type="button" class="danger" onClick={() => void confirm()}>{t('clearYes')}</button>
          <button type="button" ref={cancelRef} onClick={cancel}>{t('clearNo')}</button>
        </div>
      ) : (
        <button type="button" ref={openRef} disabled={count === 0} onClick={() => setAsking(true)}>{t('clearButton')}</button>
      )}
      <p class="status" role="status">{status}</p>
    </section>
  );
}
