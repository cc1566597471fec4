import { describe, expect, it } from 'vitest';
import { namesOwnFamily } from '../../../../src/engine/detectors/people/own-family.js';
import { foldText } from '../../../../src/engine/text/fold.js';

/** Whether `name` in `text` reads as the writer's own family. */
function ownFamily(text: string, name: string): boolean {
  return namesOwnFamily(foldText(text), text.indexOf(name));
}

describe('namesOwnFamily', () => {
  it('reads a kin word before the name as the writer\'s family', () => {
    expect(ownFamily('So proud of my son Jordan, first goal!', 'Jordan')).toBe(true);
    expect(ownFamily('Ma fille Chloé a gagné sa course', 'Chloé')).toBe(true);
    expect(ownFamily('my little girl, Chloe, turned 3', 'Chloe')).toBe(true);
  });

  it('reads "my" + name as family when the writer calls themselves the parent', () => {
    expect(ownFamily('Ma Chloé a fait ses premiers pas, maman est pas prête', 'Chloé')).toBe(true);
    expect(ownFamily('My Noah lost his first tooth! #momlife', 'Noah')).toBe(true);
  });

  it('leaves a child the writer does not call their own', () => {
    const notOwn = [
      ["c'est-tu pas mon p'tit Olivier en avant?! chu fière de lui", 'Olivier'],
      ['my foster son Jordan moved in last week', 'Jordan'],
      ['Visited Chloé and her maman today', 'Chloé'],
      ['My Chloé is back with her maman after a long placement', 'Chloé'],
      ["Chloé's daddy called the office", 'Chloé'],
    ] as const;
    for (const [text, name] of notOwn) expect(ownFamily(text, name), text).toBe(false);
  });
});
