import i18n from '../i18n';

export interface ScreenWords { id: Record<string, unknown>; en: Record<string, unknown> }

// A screen brings its own words (screens/<screen>/words.ts) and adds them when its chunk loads; keys already present win.
export function addScreenWords(words: ScreenWords): void {
  i18n.addResourceBundle('id', 'translation', words.id, true, false);
  i18n.addResourceBundle('en', 'translation', words.en, true, false);
}
