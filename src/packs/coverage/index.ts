/**
 * Coverage of a policy by its pack: the policy's prescriptive sentences (English and French), and
 * for each the rules, workflows or explicit exclusions that answer for it. Pure functions.
 */
export { checkCoverage, coverersOf, sameSection, type Clause, type Coverer, type CoverageReport, type SentenceCoverage } from './coverage.js';
export { extractPrescriptiveSentences, extractSentences, type PolicySentence, type Section } from './extract.js';
export type { Cue } from './cues.js';
