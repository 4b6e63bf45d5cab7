import type { PatternSpec, Family } from '../pattern.js';
import { DIET } from './diet.js';
import { EDUCATION } from './education.js';
import { EVENTS } from './events.js';
import { FAMILY } from './family.js';
import { GOALS } from './goals.js';
import { HEALTH } from './health.js';
import { IDENTITY } from './identity.js';
import { INTERESTS } from './interests.js';
import { LANGUAGE_PATTERNS } from './languages.js';
import { PLACES_PATTERNS } from './places.js';
import { PREFERENCES } from './preferences.js';
import { SKILLS } from './skills.js';
import { VALUES } from './values.js';
import { WORK } from './work.js';

/** Every extraction table, by family (the order is the order entries are tried in). */
export const TABLES: readonly (readonly [Family, readonly PatternSpec[]])[] = [
  ['identity', IDENTITY],
  ['work', WORK],
  ['places', PLACES_PATTERNS],
  ['languages', LANGUAGE_PATTERNS],
  ['health', HEALTH],
  ['diet', DIET],
  ['family', FAMILY],
  ['preferences', PREFERENCES],
  ['interests', INTERESTS],
  ['skills', SKILLS],
  ['goals', GOALS],
  ['education', EDUCATION],
  ['values', VALUES],
  ['events', EVENTS],
];
