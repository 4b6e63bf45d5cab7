import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JsonFileKeyStore } from '../../src/keys/file.js';
import { JsonDirStore } from '../../src/store/json-dir/store.js';
import { tempDir } from '../helpers/tmp.js';
import { storeContract } from './contract.js';
import { keyStoreContract } from './keys-contract.js';
import { serviceContract } from './service-contract.js';
import type { StoreHarness } from './harness.js';

const harness: StoreHarness = {
  kind: 'json',
  fresh: async () => tempDir('profile-mcp-contract-'),
  open: async (dir) => new JsonDirStore(dir),
  childArgs: (dir) => ['json', dir],
};

storeContract('JSON directory', harness);
serviceContract('JSON directory', harness);
keyStoreContract('JSON keys file', {
  fresh: async () => tempDir('profile-mcp-keys-'),
  open: async (dir, clock) => new JsonFileKeyStore(dir, clock ? { clock } : {}),
  dump: async (dir) =>
    readdirSync(dir)
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n'),
});
