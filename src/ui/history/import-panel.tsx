// Import of several exports at once. Each file is checked on its own (a bad file is named and
// skipped); the events are combined without doubles and handed to the background.
import { FileChoose } from '../shared/file-choose';
import { useState } from 'preact/hooks';
import { importEvents } from '../../history/client';
import { mergeEvents, parseExport } from '../../history/formats';
import type { HistoryEvent } from '../../history/events';
import type { Translate, UiLang } from '../i18n/index';
import type { ReviewKey } from '../i18n/review';
import { formatCount } from './format';

export function ImportPanel({ t, lang, onImported }: { t: Translate<ReviewKey>; lang: UiLang; onImported: () => void }) {
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const n = (x: number) => formatCount(x, lang);

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    if (!files.length) return;
    setBusy(true);
    const out: string[] = [];
    const lists: HistoryEvent[][] = [];
    let rejected = 0;
    const rejectErrors: string[] = [];
    for (const file of files) {
      try {
        const parsed = parseExport(await file.text());
        lists.push(parsed.events);
        rejected += parsed.rejected;
        rejectErrors.push(...parsed.errors);
      } catch (error) {
        out.push(t('importFileError', { file: file.name, error: String((error as Error)?.message ?? error) }));
      }
    }
    const { events, duplicates } = mergeEvents(lists);
    try {
      if (events.length) {
        setMessages([...out, t('importing', { done: 0, total: n(events.length) })]);
        const result = await importEvents(events, (done) => setMessages([...out, t('importing', { done: n(done), total: n(events.length) })]));
        out.push(t('importDone', { added: n(result.added), files: lists.length, duplicates: n(result.duplicates + duplicates) }));
        rejected += result.rejected;
        rejectErrors.push(...result.errors);
      } else out.push(t('importNothing'));
      if (rejected) out.push(t('importRejected', { count: n(rejected), errors: rejectErrors.slice(0, 3).join('; ') }));
    } catch (error) {
      out.push(t('loadError', { error: String((error as Error)?.message ?? error) }));
    }
    setMessages(out);
    setBusy(false);
    input.value = '';
    onImported();
  };

  return (
    <section class="import" aria-labelledby="import-title">
      <h2 id="import-title">{t('importTitle')}</h2>
      <p class="hint">{t('importHint')}</p>
      <FileChoose
        id="import-files"
        label={t('importChoose')}
        choose={t('importButton')}
        none={t('importNone')}
        accept=".json,.csv,application/json,text/csv"
        multiple
        disabled={busy}
        onChange={(input) => void onFiles(input)}
      />
      <ul class="status" role="status">
        {messages.map((m, i) => <li key={i}>{m}</li>)}
      </ul>
    </section>
  );
}
