// Keeps <html lang> in step with the UI language, for screen readers and hyphenation.
import { useEffect } from 'preact/hooks';

export function useDocumentLang(lang: string, title?: string): void {
  useEffect(() => {
    document.documentElement.lang = lang;
    if (title) document.title = title;
  }, [lang, title]);
}
