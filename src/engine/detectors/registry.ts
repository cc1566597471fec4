import { always, anonymousContent, organizationEmail, workplaceMedia } from './account/facts.js';
import { approvalOnFile } from './account/approval-on-file.js';
import { repetition } from './account/repetition.js';
import { disparagement } from './content/disparagement.js';
import { harassment } from './content/harassment.js';
import { lexiconDetector } from './content/lexicon.js';
import { obscenity } from './content/obscenity.js';
import { partisan } from './content/partisan.js';
import { personalData } from './content/personal-data.js';
import { welshMissing } from './content/welsh-missing.js';
import { clinicalReference } from './people/clinical-reference.js';
import { indirectIdentification } from './people/indirect-identification.js';
import { mediaPeople } from './people/media-people.js';
import { rosterMention } from './people/roster-mention.js';
import { targetPerson } from './people/target-person.js';
import type { Detector } from './types.js';
import { affiliationShown } from './voice/affiliation-shown.js';
import { mediaRequest } from './voice/media-request.js';
import { organizationMention } from './voice/organization-mention.js';
import { organizationPostPassedOn } from './voice/organization-post-passed-on.js';
import { speaksForOrganization } from './voice/speaks-for-organization.js';
import { weVoice } from './voice/we-voice.js';

const ALL = [
  always, approvalOnFile, anonymousContent, organizationEmail, workplaceMedia, repetition,
  disparagement, harassment, lexiconDetector, obscenity, partisan, personalData, welshMissing,
  clinicalReference, indirectIdentification, mediaPeople, rosterMention, targetPerson,
  affiliationShown, mediaRequest, organizationMention, organizationPostPassedOn, speaksForOrganization, weVoice,
] as Detector<unknown>[];

/** Every detector a pack can name, by id. */
export const DETECTORS: ReadonlyMap<string, Detector<unknown>> = new Map(ALL.map((d) => [d.id, d]));
