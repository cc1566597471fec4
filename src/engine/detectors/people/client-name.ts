import { compileLexicon, hasLexicon, matchLexicon } from '../../lexicon/compile.js';
import { CLINICAL_SITUATION } from '../../lexicon/terms/clinical.js';
import { CARE_SETTING, CLIENT_REFERENCE } from '../../lexicon/terms/people.js';
import type { TextUnit } from '../types.js';

const clientReference = compileLexicon('client-reference', CLIENT_REFERENCE);
const careSetting = compileLexicon('care-setting', CARE_SETTING);

/** A reference that ends on one person ("my client", "ma cliente", "the lady I support" does not end on the noun). */
const ENDS_ON_ONE_PERSON = /(?:client|cliente|patient|patiente|usager|usagere|service user|resident|residente|beneficiaire|youth|kiddo|lady|gentleman|man|woman|girl|boy|kid|mum|mom|dad|teen|lad|dame|monsieur|jeune)$/u;

/** A courtesy title and a name or an initial: "Mrs Protheroe", "Mme G.", "M. Gagnon". */
const TITLED_NAME = /(?<![\p{L}])(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M\.)\.?\s+\p{Lu}(?:[\p{Ll}'’-]+|\.)/u;

/** A given name written right after the reference ("my client Hodan", "mon usager Réjean"), maybe behind a title. */
const NAME_AFTER = /^,?\s+(?:(?:Mrs|Mr|Ms|Miss|Mme|Mlle|M\.)\.?\s+)?(\p{Lu}[\p{Ll}'’-]+)/u;

/**
 * A given name set before the reference as an apposition: "Tyler, one of the teens I mentor". Not
 * the first word of a sentence, which is capitalized anyway ("Honestly, one of my clients").
 */
const NAME_BEFORE = /(?<=\p{Ll}\s+)(\p{Lu}[\p{Ll}'’-]+),\s+((?:one|two|some) of\s+(?:the\s+)?|(?:un|une|deux) (?:de|d')\s*)?$/u;
const STARTS_WITH_ONE_OF = /^(?:one|two|some|un|une|deux) (?:of|de)\b/u;

/**
 * A given name opening its sentence, set before a reference built as "the boy I visit", "a woman
 * I've been supporting": that shape describes one person, so the word before it names them.
 * Adverbs ("Honestly, the lady I support…") end in -ly or are listed in NOT_NAMES.
 */
const NAME_OPENING = /(?:^|[.!?]\s+)(\p{Lu}[\p{Ll}'’-]+),\s+(?:[Tt]he|[Aa]n?|[Tt]his)\s+$/u;
const DESCRIBED_ONE_PERSON = /^[a-z-]+ (?:that |who |whom )?(?:i|we)\b/u;
/** Verbs of a chance meeting ("Maya, the woman I met at yoga"): they describe a person, not one's client. */
const MET_ONLY = /\b(?:met|met with|saw|see|seeing|spoke (?:to|with)|talked (?:to|with)|sat with)$/u;

/** A given name placed in one's group or programme, not first in its sentence: "to Zainab from my Tuesday English circle". */
const SERVICE_NOUNS = ['group', 'program', 'programme', 'class', 'course', 'caseload', 'circle', 'drop-in', 'groupe', 'cours', 'atelier', 'suivi'];
const NAME_IN_SERVICE = new RegExp(`(?<=\\p{Ll}\\s+)(\\p{Lu}[\\p{Ll}'’-]+)\\s+(?:from|in|of|de|du)\\s+(?:my|our|mon|ma|notre)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${SERVICE_NOUNS.join('|')})\\b`, 'u');

/**
 * What every NAME_IN_SERVICE match holds ("… in my …"): the pattern looks behind at every place of
 * the text, this finds in one quick pass the texts where it cannot match.
 */
const IN_ONES_SERVICE = /\s(?:from|in|of|de|du)\s+(?:my|our|mon|ma|notre)\s/u;

/**
 * The nouns NAME_IN_SERVICE ends on, with any ending: a text without one cannot match it, and this
 * look-up is cheap where the pattern, which looks behind at every place, is not.
 */
const serviceNoun = compileLexicon('service-noun', [`(${SERVICE_NOUNS.join('|')})[\\p{L}\\p{N}_]*`]);

/** A given name placed at a service for the people served, not first in its sentence: "to Eileen at the Thursday club". */
const NAME_AT_CARE_SERVICE = /(?<=\p{L}\s+)(\p{Lu}[\p{Ll}'’-]+)\s+(?:at|from)\s+the\s+(?:[\p{L}-]+\s+){0,2}?(?:drop-in|lunch club|luncheon club|day centre|day center|coffee morning|memory caf[eé]|dementia caf[eé]|(?:Monday|Tuesday|Wednesday|Thursday|Friday) club)\b/u;

const THANKS = /thank|thanx|cheers|merci|diolch|shout ?out|kudos/iu;

/** The services NAME_AT_CARE_SERVICE ends on: the cheap look-up that lets the pattern run. */
const careService = compileLexicon('care-service', ['drop-in', 'lunch club', 'luncheon club', 'day (centre|center)', 'coffee morning', '(memory|dementia) cafe', '(monday|tuesday|wednesday|thursday|friday) club']);

/** An age in years: with a health situation, it makes a titled name someone's private case ("Mme Roy, 88 ans, vient d'apprendre…"). */
const AGE = /(?<![\p{L}\p{N}])\d{1,3}\s*(?:ans|years? old|yrs? old|y\/o|mlwydd oed)(?![\p{L}])/u;
const clinical = compileLexicon('clinical-situation', CLINICAL_SITUATION);

/** Capitalized words that follow a reference without being a name. */
const NOT_NAMES = new Set([
  'i', 'the', 'this', 'that', 'and', 'but', 'so', 'today', 'tonight', 'yesterday', 'who', 'et', 'qui', 'aujourd', 'hier', 'ce', 'cette',
  'well', 'oh', 'ok', 'okay', 'yes', 'no', 'update', 'reminder', 'sometimes', 'again', 'also', 'anyway', 'btw', 'tbh', 'lol', 'omg', 'wow', 'bless', 'guys', 'folks', 'friends', 'update', 'ps',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
]);

/**
 * Where a text names a client who is not on the roster: a reference to one client with a given name
 * beside it, or a courtesy title with a name in a text that speaks of a client or of a care setting. Policies forbid
 * clients' names whether or not the organization listed them (A-601 §1, 6.9, 5.4.1, the CISSS fiche).
 */
export function unlistedClientNames(unit: TextUnit): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const careSettingNamed = hasLexicon(careSetting, unit.folded);
  const placed = hasLexicon(serviceNoun, unit.folded) && IN_ONES_SERVICE.test(unit.text) ? NAME_IN_SERVICE.exec(unit.text) : null;
  if (placed?.[1] !== undefined && !NOT_NAMES.has(placed[1].toLowerCase())) spans.push([placed.index, placed.index + placed[0].length]);
  // Someone thanked at a drop-in is as likely its volunteer as one of the people it serves.
  const atService = hasLexicon(careService, unit.folded) ? NAME_AT_CARE_SERVICE.exec(unit.text) : null;
  if (atService?.[1] !== undefined && !NOT_NAMES.has(atService[1].toLowerCase()) && !THANKS.test(unit.text.slice(Math.max(0, atService.index - 30), atService.index)))
    spans.push([atService.index, atService.index + atService[0].length]);
  const references = matchLexicon(clientReference, unit.folded);
  for (const [start, end] of references) {
    const reference = unit.folded.slice(start, end);
    const before = NAME_BEFORE.exec(unit.text.slice(Math.max(0, start - 60), start));
    const name = before?.[1];
    const apposed = before !== null && name !== undefined && (before[2] !== undefined || STARTS_WITH_ONE_OF.test(reference));
    if (apposed && !NOT_NAMES.has(name.toLowerCase())) spans.push([start - before[0].length, end]);
    const opening = DESCRIBED_ONE_PERSON.test(reference) && !MET_ONLY.test(reference) ? NAME_OPENING.exec(unit.text.slice(Math.max(0, start - 40), start)) : null;
    const opener = opening?.[1];
    if (opening !== null && opener !== undefined && !opener.endsWith('ly') && !NOT_NAMES.has(opener.toLowerCase())) spans.push([start - opening[0].length + opening[0].indexOf(opener), end]);
    if (!ENDS_ON_ONE_PERSON.test(reference)) continue;
    const after = NAME_AFTER.exec(unit.text.slice(end));
    if (after?.[1] !== undefined && !NOT_NAMES.has(after[1].toLowerCase())) spans.push([start, end + after[0].length]);
  }
  // A titled name counts beside a client reference, or placed where people live in care.
  const titled = references.length > 0 || careSettingNamed || (AGE.test(unit.folded) && hasLexicon(clinical, unit.folded)) ? TITLED_NAME.exec(unit.text) : null;
  if (titled !== null) spans.push([titled.index, titled.index + titled[0].length]);
  return spans;
}
