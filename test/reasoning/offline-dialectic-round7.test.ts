import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/profiles/model.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { citedKeys, factsOf } from '../helpers/facts.js';

/**
 * Session 18, dialectic retrieval round: by class — the household's accounts, creative writing, chat
 * spellings of question words and everyday short forms.
 */

const reasoner = new OfflineReasoner({ worker: false });
const cited = (facts: readonly Fact[], question: string): Promise<string[]> => citedKeys(reasoner, facts, question);

describe("offline dialectic: the household's accounts, each on its own", () => {
  const aoife = factsOf({
    name: 'Aoife Kavanagh',
    energy_supplier: 'Electric Ireland, dual fuel',
    broadband: 'Eir fibre, contract ends March 2026',
    bank: 'AIB current account',
    payday: '25th of the month',
    budget_goal: 'weekly shop down to 180 euro',
    work_days: 'Tuesday to Thursday',
  });

  it('reads electricity, gas and energy as the energy supplier, not the other accounts', async () => {
    expect(await cited(aoife, 'who is her electricity with?')).toEqual(['energy_supplier']);
    expect(await cited(aoife, 'which energy company is she on?')).toEqual(['energy_supplier']);
  });

  it('reads getting paid as payday, not as a budget', async () => {
    expect(await cited(aoife, 'when does she get paid')).toEqual(['payday']);
  });

  it('still reads the broadband and the budget by their own words', async () => {
    expect(await cited(aoife, 'when does the broadband contract end?')).toEqual(['broadband']);
    expect(await cited(aoife, "what's her budget goal?")).toEqual(['budget_goal']);
  });
});
