import type { PatternSpec } from '../pattern.js';

/** Family and pets: the user's household (not the details of the people in it). */

const FAMILY_ROLES = new Set(['mum', 'mom', 'mother', 'dad', 'father', 'parent', 'grandad', 'granddad', 'grandpa', 'grandma', 'grandmother', 'grandfather', 'grandparent', 'nan', 'granny', 'eldest', 'youngest', 'oldest', 'twin', 'stepmum', 'stepmom', 'stepdad', 'carer', 'guardian', 'widow', 'widower', 'aunt', 'uncle', 'godparent', 'only', 'middle']);

const KIDS = new Set(['kid', 'kids', 'children', 'child', 'sons', 'son', 'daughters', 'daughter', 'boys', 'girls', 'grandkids', 'grandchildren', 'stepkids', 'teenagers', 'teens']);

export const FAMILY: readonly PatternSpec[] = [
  { id: 'family.status.be', match: 'be~ .. {x:word}', key: 'family', value: (v) => (/^(?:married|engaged|divorced|widowed|separated|single|partnered|remarried|pregnant|expecting)$/.test(v.text.toLowerCase()) ? v.text : undefined) },
  { id: 'family.status.fragment', match: '.. {x:word}', key: 'family', subjects: ['none'], value: (v) => (/^(?:married|engaged|divorced|widowed|separated|single|newlywed|newlyweds|pregnant|expecting)$/.test(v.text.toLowerCase()) ? v.text : undefined) },
  { id: 'family.status.got', match: 'got|get~|getting married|engaged|divorced', key: 'family', where: 'anywhere', past: 'ok', value: (v) => v.clause.map((t) => t.low).find((w) => /^(?:married|engaged|divorced)$/.test(w)) },
  { id: 'family.role.be', match: 'be~ a|an|the {x:np}', key: 'family', value: (v) => (v.tokens.some((t) => FAMILY_ROLES.has(t.low)) ? v.text : undefined) },
  { id: 'family.role.of', match: 'be~? a|an|the? {x:word} of|to {n:word} .. {k:word}?', key: 'family', where: 'anywhere', subjects: ['self', 'none'], value: (v) => (FAMILY_ROLES.has(v.text.toLowerCase()) ? `${v.text} of ${v.slot('n')}` : undefined) },
  { id: 'family.kids.count', match: '{n:num} {x:word}', key: 'family', where: 'anywhere', subjects: ['self', 'none', 'we'], value: (v) => (KIDS.has(v.text.toLowerCase()) ? `${v.slot('n')} ${v.text}` : undefined) },
  { id: 'family.kids.no-kids', match: 'no kids|children', key: 'family', where: 'anywhere', subjects: ['self', 'none', 'we'], value: () => 'no kids' },
  { id: 'family.my-relation', match: 'my|our {x:$close_family} {n:name}?', key: 'family', where: 'anywhere', subjects: ['self', 'none', 'we', 'other', 'attr'], inQuestion: true, value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.living-with', match: 'live~|living with my|our? {x:np}', key: 'living_situation', category: 'other', where: 'anywhere', value: (v) => `with ${v.text}` },
  { id: 'family.living-alone', match: 'live~|living alone|solo', key: 'living_situation', category: 'other', where: 'anywhere', value: () => 'alone' },
  { id: 'family.foster', match: 'foster carer|parent|mum|dad', key: 'family', where: 'anywhere', subjects: ['self', 'none'], value: () => 'foster carer' },

  { id: 'family.pets.mention', match: 'have~|got|own~|adopted|rescued|fostering|fostered|adopt~|bought|brought_home ... {x:$pet} called|named? {n:name}?', key: 'pets', where: 'anywhere', subjects: ['self', 'none', 'we'], past: 'ok', value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.pets.my', match: 'my|our .. {x:$pet} {n:name}?', key: 'pets', where: 'anywhere', subjects: ['self', 'none', 'we', 'other', 'attr'], inQuestion: true, value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.pets.have', match: 'have~|got|own~|adopt~|adopted|rescue~|rescued|one|two|three a|an|two|three? .. {x:$pet} called|named? {n:name}?', key: 'pets', where: 'anywhere', subjects: ['self', 'none', 'we'], past: 'ok', value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.pets.owner', match: '{x:$pet} owner|mum|mom|dad|parent|person', key: 'pets', where: 'anywhere', subjects: ['self', 'none'] },
];
