import type { PatternSpec, ValueContext } from '../pattern.js';

/**
 * The platform, when the clause says it of the user: not after a subject of its own ("a lad in my building has started
 * doing uber eats"), which a clause without "I" may still have.
 */
function ownWork(v: ValueContext): string | undefined {
  const at = v.clause.indexOf(v.tokens[0]!);
  const before = v.clause.slice(0, Math.max(0, at - 1));
  const subject = before.findIndex((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (subject >= 0 && !before.slice(0, subject).some((t) => t.low === 'i' || t.low === 'we')) return undefined;
  return v.text;
}

/**
 * The gig platforms the user works through: "I drive for Yango", "i drvie for bolt and little cab", "do doordash evenings
 * to top up", "Doing Menulog and DoorDash around Parramatta", "I'm a Just Eat courier", "on Uber Eats runs". A list, as
 * riders and drivers often work two or three apps at once.
 */
export const PLATFORM_PATTERNS: readonly PatternSpec[] = [
  {
    id: 'work.platform.for',
    match: 'drive~|drove|driving|ride~|riding|deliver~|delivering|courier~|work~|working for|with|on {x:$platform}',
    key: 'gig_platforms',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
    value: ownWork,
  },
  {
    // "now I'm on Uber Moto", "I'm on Bolt and Uber": the apps the user is signed up to work on.
    id: 'work.platform.on',
    match: "be~|'m on {x:$platform}",
    key: 'gig_platforms',
    subjects: ['self'],
    list: true,
  },
  {
    id: 'work.platform.do',
    match: 'do|doing {x:$platform}',
    key: 'gig_platforms',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
    value: ownWork,
  },
  {
    id: 'work.platform.worker',
    match: '{x:$platform} courier|couriers|driver|drivers|rider|riders|partner|runs|shifts|deliveries|orders|account|multidrop|multi-drop|parcels|rounds',
    key: 'gig_platforms',
    where: 'anywhere',
    subjects: ['self', 'none'],
    list: true,
  },
];
