import type { Config } from '../config/config.js';
import type { Keyring } from '../crypto/keyring.js';
import type { Store } from '../store/store.js';
import type { Clock, Ids } from './ports.js';

/** What every platform use case receives: the store and the side-effect ports. */
export interface AppContext {
  readonly config: Config;
  readonly store: Store;
  readonly keyring: Keyring;
  readonly clock: Clock;
  readonly ids: Ids;
}
