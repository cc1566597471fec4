import type { Activity } from '../contract/activity.js';
import type { Language } from '../contract/enums.js';
import type { TextUnit } from '../detectors/types.js';
import { normalizeStyledText } from './compatibility.js';
import { foldText } from './fold.js';

function languageOf(tag: string | undefined): Language {
  const primary = tag?.slice(0, 2).toLowerCase();
  return primary === 'fr' || primary === 'cy' ? primary : 'en';
}

/** Adds one text, folded, to `units` (a module function, not a closure made per evaluation). */
function add(units: TextUnit[], field: TextUnit['field'], text: string | undefined, language: Language): void {
  if (text === undefined || text.length === 0) return;
  const styled = normalizeStyledText(text);
  if (styled === undefined) {
    units.push({ field, text, folded: foldText(text), language });
    return;
  }
  units.push({ field, text: styled.text, folded: foldText(styled.text), language, styled });
}

/** The texts of an activity that detectors read, each folded once. */
export function textUnits(activity: Activity): TextUnit[] {
  const language = languageOf(activity.language);
  const units: TextUnit[] = [];
  add(units, 'text', activity.text, language);
  add(units, 'targetText', activity.targetText, language);
  if (activity.media) {
    for (const media of activity.media) {
      add(units, 'caption', media.caption, language);
      add(units, 'caption', media.description, language);
    }
  }
  add(units, 'profileText', activity.author?.profileText, language);
  return units;
}
