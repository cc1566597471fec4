/**
 * A given name standing alone that the writer introduces as their own family: "my son Jordan",
 * "ma fille Chloé", or "Ma Chloé … maman est pas prête" (the writer speaking of herself as the
 * mother). A client who shares the first name is not the person named. A foster child ("my foster
 * son Jordan") is not the writer's own family here, and neither is "mon p'tit Olivier" said of a
 * child the writer is proud of without calling themselves the parent.
 */

/** How far back from the name the kin words are looked for. */
const LOOK_BACK = 60;

const KIN = [
  'son', 'daughter', 'boy', 'girl', 'baby', 'babe', 'kid', 'grandson', 'granddaughter', 'nephew', 'niece', 'husband', 'wife', 'partner',
  'fiance', 'fiancee', 'brother', 'sister', 'cousin', 'fils', 'fille', 'bebe', 'garcon', 'petit-fils', 'petite-fille', 'neveu', 'mari', 'femme',
  'conjoint', 'conjointe', 'chum', 'blonde', 'frere', 'soeur', 'cousine',
].join('|');
const KIN_ADJECTIVES = ['little', 'wee', 'baby', 'youngest', 'eldest', 'oldest', 'middle', 'petit', 'petite', 'grand', 'grande', 'cadet', 'cadette', 'aine', 'ainee'].join('|');

/** "my (little) son", "ma fille", "notre bébé" ending right before the name (folded text). */
const KIN_BEFORE = new RegExp(`(?:^|[^\\p{L}'])(?:my|our|mon|ma|notre)\\s+(?:(?:${KIN_ADJECTIVES})\\s+)?(?:${KIN})\\s*,?\\s*$`, 'u');

/** "my", "ma", "mon p'tit" right before the name. */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}'])(?:my|mon|ma)\s+(?:(?:little|wee|petit|petite|p'tit|p'tite|ti)\s+)?$/u;

/** The writer as the parent: "maman est pas prête", "proud mama", "#momlife"; not "sa maman", "her mommy", "Chloé's daddy". */
const WRITER_AS_PARENT = /(?<!(?:^|[^\p{L}'])(?:sa|son|ta|ton|la|le|les|ses|his|her|their|its|your)\s{1,3}|'s\s{1,3})(?<![\p{L}'])(?:maman|papa|mommy|mummy|mama|daddy|momlife|mumlife|dadlife)(?![\p{L}])/u;

/** Whether the name at `start` of the folded text is introduced as the writer's own family. */
export function namesOwnFamily(folded: string, start: number): boolean {
  const before = folded.slice(Math.max(0, start - LOOK_BACK), start);
  if (KIN_BEFORE.test(before)) return true;
  return POSSESSIVE_BEFORE.test(before) && WRITER_AS_PARENT.test(folded);
}
