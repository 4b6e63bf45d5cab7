import type { PatternSpec } from '../pattern.js';

/** Family and pets: the user's household (not the details of the people in it). */

const FAMILY_ROLES = new Set(['nana', 'nanna', 'gran', 'mama', 'papa', 'mummy', 'daddy', 'mum', 'mom', 'mother', 'dad', 'father', 'parent', 'grandad', 'granddad', 'grandpa', 'grandma', 'grandmother', 'grandfather', 'grandparent', 'nan', 'granny', 'eldest', 'youngest', 'oldest', 'twin', 'stepmum', 'stepmom', 'stepdad', 'carer', 'guardian', 'widow', 'widower', 'aunt', 'uncle', 'godparent', 'only', 'middle']);

const KIDS = new Set(['kid', 'kids', 'children', 'child', 'sons', 'son', 'daughters', 'daughter', 'boys', 'girls', 'grandkids', 'grandchildren', 'stepkids', 'teenagers', 'teens']);

export const FAMILY: readonly PatternSpec[] = [
  { id: 'family.status.be', match: 'be~ .. {x:word}', key: 'family', value: (v) => (/^(?:married|engaged|divorced|widowed|separated|single|partnered|remarried|pregnant|expecting)$/.test(v.text.toLowerCase()) ? v.text : undefined) },
  { id: 'family.status.fragment', match: '.. {x:word}', key: 'family', subjects: ['none'], value: (v) => (/^(?:married|engaged|divorced|widowed|separated|single|newlywed|newlyweds|pregnant|expecting)$/.test(v.text.toLowerCase()) ? v.text : undefined) },
  { id: 'family.status.got', match: 'got|get~|getting married|engaged|divorced', key: 'family', where: 'anywhere', past: 'ok', value: (v) => v.clause.map((t) => t.low).find((w) => /^(?:married|engaged|divorced)$/.test(w)) },
  { id: 'family.role.be', match: 'be~ a|an|the {x:np}', key: 'family', value: (v) => (v.tokens.some((t) => FAMILY_ROLES.has(t.low)) ? v.text : undefined) },
  { id: 'family.role.of', match: 'be~? a|an|the? {x:np} of|to {n:word}', key: 'family', where: 'anywhere', subjects: ['self', 'none'], value: (v) => (FAMILY_ROLES.has(v.tokens[v.tokens.length - 1]!.low) ? `${v.text} of ${v.slot('n')}` : undefined) },
  { id: 'family.role.as', match: 'as a|an|the {x:np}', key: 'family', where: 'anywhere', subjects: ['self', 'none'], value: (v) => (FAMILY_ROLES.has(v.tokens[v.tokens.length - 1]!.low) || /^only child$/i.test(v.text) ? v.text : undefined) },
  { id: 'family.kids-are', match: 'kids|children|boys|girls|twins|triplets be~|\'re {n:num}', key: 'family', subjects: ['other', 'none'], where: 'anywhere', value: (v) => (['kids', 'children', 'twins', 'triplets'].includes(v.clause[0]?.low ?? '') ? v.clause[0]!.text : undefined) },
  { id: 'family.multiples', match: '{x:word}', key: 'family', subjects: ['none'], value: (v) => (/^(?:twins|triplets|quadruplets|quads)$/i.test(v.text) && v.clause.filter((t) => t.pos !== 'PUNCT').length <= 2 ? v.text : undefined) },
  { id: 'family.kids.count', match: '{n:num} {x:word}', key: 'family', where: 'anywhere', subjects: ['self', 'none', 'we'], value: (v) => (KIDS.has(v.text.toLowerCase()) ? `${v.slot('n')} ${v.text}` : undefined) },
  { id: 'family.kids.no-kids', match: 'no kids|children', key: 'family', where: 'anywhere', subjects: ['self', 'none', 'we'], value: () => 'no kids' },
  { id: 'family.my-relation', match: 'my|our one|two|three|four|five|little|eldest|youngest|oldest? {x:$close_family} {n:name}?', negation: 'keep', key: 'family', where: 'anywhere', subjects: ['self', 'none', 'we', 'other', 'attr'], inQuestion: true, past: 'ok', value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.living-with', match: 'live~|living with my|our? {x:np}', key: 'living_situation', category: 'other', where: 'anywhere', value: (v) => `with ${v.text}` },
  { id: 'family.living-alone', match: 'live~|living alone|solo', key: 'living_situation', category: 'other', where: 'anywhere', value: () => 'alone' },
  { id: 'family.foster', match: 'foster carer|parent|mum|dad', key: 'family', where: 'anywhere', subjects: ['self', 'none'], value: () => 'foster carer' },

  { id: 'family.pets.mention', match: 'have~|got|own~|adopted|rescued|fostering|fostered|adopt~|bought|brought_home ... {x:$pet} called|named? {n:name}?', key: 'pets', where: 'anywhere', subjects: ['self', 'none', 'we'], past: 'ok', value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.pets.my', match: 'my|our .. {x:$pet} ,? {n:name}?', negation: 'keep', key: 'pets', where: 'anywhere', subjects: ['self', 'none', 'we', 'other', 'attr'], inQuestion: true, value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.pets.have', match: 'have~|got|own~|adopt~|adopted|rescue~|rescued|one|two|three a|an|two|three? .. {x:$pet} called|named? {n:name}?', key: 'pets', where: 'anywhere', subjects: ['self', 'none', 'we'], past: 'ok', value: (v) => [v.text, v.slot('n')].filter(Boolean).join(' ') },
  { id: 'family.pets.owner', match: '{x:$pet} owner|mum|mom|dad|parent|person', key: 'pets', where: 'anywhere', subjects: ['self', 'none'] },
];
