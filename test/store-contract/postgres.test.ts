import { PostgresKeyStore } from '../../src/keys/postgres.js';
import { PostgresStore } from '../../src/store/postgres/store.js';
import { storeContract } from './contract.js';
import { keyStoreContract } from './keys-contract.js';
import { PG_AVAILABLE, usePostgres } from './pg.js';
import { serviceContract } from './service-contract.js';
import type { StoreHarness } from './harness.js';

const pg = usePostgres();

const harness: StoreHarness = {
  kind: 'postgres',
  fresh: () => pg.freshUrl(),
  open: (url) => PostgresStore.open(url),
  childArgs: (url) => ['postgres', url],
};

storeContract('PostgreSQL', harness, PG_AVAILABLE);
serviceContract('PostgreSQL', harness, PG_AVAILABLE);
keyStoreContract(
  'PostgreSQL api_keys',
  {
    fresh: () => pg.freshUrl(),
    open: (url, clock) => PostgresKeyStore.open(url, clock ? { clock } : {}),
    dump: async (url) => {
      const c = await pg.client(url);
      const { rows } = await c.query('SELECT * FROM api_keys');
      return JSON.stringify(rows);
    },
  },
  PG_AVAILABLE,
);
