import type { Activity } from '../contract/activity.js';
import type { Language } from '../contract/enums.js';
import type { TextUnit } from '../detectors/types.js';
import { normalizeStyledText } from './compatibility.js';
import { foldText } from './fold.js';

function languageOf(tag: string | undefined): Language {
  const primary = tag?.slice(0, 2).toLowerCase();
  return primary === 'fr' || primary === 'cy' ? primary : 'en';
}

/** The texts of an activity that detectors read, each folded once. */
export function textUnits(activity: Activity): TextUnit[] {
  const language = languageOf(activity.language);
  const units: TextUnit[] = [];
  const add = (field: TextUnit['field'], text: string | undefined): void => {
    if (text === undefined || text.length === 0) return;
    const styled = normalizeStyledText(text);
    const plain = styled?.text ?? text;
    units.push({ field, text: plain, folded: foldText(plain), language, ...(styled ? { styled } : {}) });
  };
  add('text', activity.text);
  add('targetText', activity.targetText);
  for (const media of activity.media ?? []) {
    add('caption', media.caption);
    add('caption', media.description);
  }
  add('profileText', activity.author?.profileText);
  return units;
}
