import { compileContext, evaluate, type Activity } from '../../engine/index.js';
import { BUILT_IN_IDS, loadPack } from '../../packs/load.js';

/** Posts that reach every detector of every built-in pack, in the packs' languages. */
const SAMPLES: readonly Activity[] = [
  { action: 'post', channel: 'personal', language: 'en', text: 'My client Jo Warm (613-555-0199) was upset at the clinic in May; vote for change! Use code CALM15 #ad' },
  { action: 'comment', channel: 'official', language: 'fr', text: 'Ma cliente est à l’urgence depuis mars, appelez-moi au 418 555-0142. C’est une honte!' },
  { action: 'post', channel: 'official', language: 'cy', text: 'Diolch i bawb yn y cyfarfod heno. Thank you all for coming tonight.' },
];

/**
 * Screens a few posts with every built-in pack before the server takes requests: lexicons are
 * compiled on first use and the JIT needs a few rounds, so otherwise the first people to check a
 * post after a start would wait for that.
 */
export function warmEngine(rounds = 20): void {
  const context = compileContext({ now: new Date().toISOString(), roster: [{ id: 'warm', name: 'Jo Warm', kind: 'client' }] });
  for (const id of BUILT_IN_IDS) {
    const pack = loadPack(id);
    for (let round = 0; round < rounds; round++) for (const activity of SAMPLES) evaluate(pack, activity, context);
  }
}
