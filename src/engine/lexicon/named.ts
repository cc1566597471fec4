import { compileLexicon, type Lexicon } from './compile.js';
import { CASEWORK, CLIENT_ARRANGEMENT, CREDENTIALS, PERSONAL_PURPOSE } from './terms/accounts.js';
import { ADVERTISING, PAID_CONTENT, RECOMMENDATION } from './terms/commerce.js';
import { VIOLENT_MATERIAL } from './terms/conduct.js';
import { FAMILY_TIE } from './terms/people.js';
import { NON_ESSENTIAL_LOCATION } from './terms/places.js';
import { VALUES_CONFLICT } from './terms/politics.js';
import { DISCLAIMER, HEALTH_SERVICES, MEDIA_REQUEST, OWN_SITE, PROFESSIONAL_CAPACITY, SPEAKS_FOR_ORGANIZATION } from './terms/voice.js';
import { ANONYMOUS_MARKER, CONFIDENTIAL, WORK_TOPIC } from './terms/work.js';

/** The built-in lexicons a pack may name in a `lexicon` detector. */
const TERMS = {
  advertising: ADVERTISING,
  'anonymous-marker': ANONYMOUS_MARKER,
  casework: CASEWORK,
  'client-arrangement': CLIENT_ARRANGEMENT,
  confidential: CONFIDENTIAL,
  credentials: CREDENTIALS,
  disclaimer: DISCLAIMER,
  'family-tie': FAMILY_TIE,
  'health-services': HEALTH_SERVICES,
  'media-request': MEDIA_REQUEST,
  'non-essential-location': NON_ESSENTIAL_LOCATION,
  'own-site': OWN_SITE,
  'paid-content': PAID_CONTENT,
  'personal-purpose': PERSONAL_PURPOSE,
  'professional-capacity': PROFESSIONAL_CAPACITY,
  recommendation: RECOMMENDATION,
  'speaks-for-organization': SPEAKS_FOR_ORGANIZATION,
  'values-conflict': VALUES_CONFLICT,
  'violent-material': VIOLENT_MATERIAL,
  'work-topic': WORK_TOPIC,
} as const satisfies Record<string, readonly string[]>;

export type LexiconName = keyof typeof TERMS;
export const LEXICON_NAMES = Object.keys(TERMS) as [LexiconName, ...LexiconName[]];

const named = new Map<LexiconName, Lexicon>();

export function namedLexicon(name: LexiconName): Lexicon {
  let lexicon = named.get(name);
  if (lexicon === undefined) named.set(name, lexicon = compileLexicon(name, TERMS[name]));
  return lexicon;
}
