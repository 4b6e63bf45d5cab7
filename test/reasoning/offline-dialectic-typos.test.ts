import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 22: accounting software is known by its names (Xero, QuickBooks, FreeAgent...), so "which accounting
 * software" finds the package a tools fact names.
 */

const { cited } = offlineCiter();

describe('offline dialectic: accounting software by name', () => {
  it('finds the package a profile names for "accounting software"', async () => {
    const dev = factsOf({ name: 'Dev Rao', business_name: 'Pawfect Grooming', tools: ['Square POS', 'Xero', 'Google Sheets'], hobbies: ['cricket'] });
    expect(await cited(dev, 'which accounting software does he use')).toEqual(['tools']);
    expect(await cited(dev, 'which CRM does he use?')).toEqual([]);
  });
});
