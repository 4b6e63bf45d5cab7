import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 19, dialectic retrieval round: by class — the dictionary's clipped "cert", medical devices worn
 * or carried.
 */

const { cited } = offlineCiter();

describe("offline dialectic: a 'cert' is a certificate", () => {
  const ola = factsOf({ name: 'Ola Nowak', occupation: 'cloud engineer', certifications: ['AWS Solutions Architect Associate', 'CKA'], hobbies: ['climbing'] });

  it('reads cert and certs as certifications', async () => {
    expect(await cited(ola, 'has she got an AWS cert?')).toEqual(['certifications']);
    expect(await cited(ola, 'which certs does she hold?')).toEqual(['certifications']);
    expect(await cited(ola, 'any cloud certs I should put on the bid?')).toEqual(['certifications']);
  });

  it('leaves questions about other things alone', async () => {
    expect(await cited(ola, 'what does she do for fun?')).toEqual(['hobbies']);
    expect(await cited(ola, 'which certs does her manager hold?')).toEqual([]);
  });
});

describe('offline dialectic: medical devices worn or carried', () => {
  const rui = factsOf({ name: 'Rui Costa', health: 'type 1 diabetes; Dexcom G7 sensor and an insulin pump', hobbies: ['surfing'] });
  const ama = factsOf({ name: 'Ama Boateng', medical: 'has a pacemaker since 2019', favourite_food: 'jollof rice' });

  it('finds the device a question names by its class or another member', async () => {
    expect(await cited(rui, 'does he use a continuous glucose monitor?')).toEqual(['health']);
    expect(await cited(rui, 'is he on an insulin pump?')).toEqual(['health']);
    expect(await cited(ama, 'any medical devices I should tell airport security about?')).toEqual(['medical']);
  });

  it('does not cite a device for someone else or an unrelated question', async () => {
    expect(await cited(rui, 'does his brother wear a CGM?')).toEqual([]);
    expect(await cited(ama, 'what food does she like?')).toEqual(['favourite_food']);
  });
});
