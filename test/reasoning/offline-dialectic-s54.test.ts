import { describe, expect, it } from 'vitest';
import { factsOf, offlineCiter } from '../helpers/facts.js';

/**
 * Session 54: question shapes found on round 55's development thirds (zookeepers and aquarists; clergy, chaplains and faith
 * workers; roofers, scaffolders and crane operators). Each beside a near miss that must stay as it was.
 */

const { cited } = offlineCiter();

const chi = factsOf({
  name: 'Chiamaka Eze',
  role: 'tower crane operator',
  hometown: 'Enugu',
  location: 'Croydon, London',
  allergies: ['bee stings'],
  interests: ['netball', 'DJing Afrobeats', 'crochet'],
  communication_style: ['direct, no fluff', 'WhatsApp over email'],
  editor: 'Neovim',
  camera_gear: 'Canon R5 with a 24-70',
  current_status: "on leave until Friday for a mate's wedding in Melbourne",
});

describe('offline dialectic: the thing a side of it is asked about', () => {
  it('reads "which editor config" and "what camera body" as the editor and the camera', async () => {
    expect(await cited(chi, 'setting up her laptop — which editor config should the script install?')).toEqual(['editor']);
    expect(await cited(chi, 'What camera body does she shoot on?')).toEqual(['camera_gear']);
  });

  it('still abstains on a side of a thing she holds nothing of', async () => {
    expect(await cited(chi, 'which router config does she run at home?')).toEqual([]);
  });
});

describe('offline dialectic: what to talk to the user about', () => {
  it('reads "what could I chat to her about on her break?" as a question on interests', async () => {
    expect(await cited(chi, 'what could I chat to her about on her break?')).toEqual(['interests']);
  });

  it('still reads how to reach her as a question on how she likes to be contacted', async () => {
    expect(await cited(chi, 'how should I message her?')).toContain('communication_style');
  });
});

describe('offline dialectic: bee hives near the user', () => {
  it('reads "we\'ve got hives by the shed — should she be careful?" as a question on stings', async () => {
    expect(await cited(chi, "we've got hives by the shed — should she be careful?")).toContain('allergies');
  });

  it('still abstains on a shed with nothing in it that stings', async () => {
    expect(await cited(chi, "we've got a new shed by the fence — should she be careful?")).not.toContain('allergies');
  });
});

describe("offline dialectic: someone else's thing in a value", () => {
  it('abstains on "when is her own wedding?" beside leave for a mate\'s wedding', async () => {
    expect(await cited(chi, 'when is her own wedding?')).toEqual([]);
    expect(await cited(chi, 'when is her wedding?')).toEqual([]);
  });

  it('still answers whether she is off, and whose wedding it is', async () => {
    expect(await cited(chi, 'is she off this week?')).toEqual(['current_status']);
    expect(await cited(chi, 'whose wedding is she going to?')).toEqual(['current_status']);
  });
});

describe('offline dialectic: a rural home', () => {
  it('reads "where\'s her rural home?" as where she is from', async () => {
    expect(await cited(chi, "where's her rural home?")).toEqual(['hometown']);
  });

  it('still reads "where is she living now?" as where she lives', async () => {
    expect(await cited(chi, 'where is she living now?')).toEqual(['location']);
  });
});

describe('offline dialectic: a measure asked before the thing', () => {
  const kwame = factsOf({ name: 'Kwame', clothing_size: "men's large; jeans 34x32", colour_preferences: ['navy', 'forest green'], pets: ['a tabby cat'] });

  it('reads "what size hoodie" and "what colour suitcase" as the size and the colour', async () => {
    expect(await cited(kwame, 'what size hoodie should I order for him?')).toEqual(['clothing_size']);
    expect(await cited(kwame, 'what colour suitcase would he go for?')).toEqual(['colour_preferences']);
  });

  it('still abstains on a measure of a thing he holds nothing of', async () => {
    expect(await cited(kwame, 'what size is his cat?')).toEqual([]);
  });
});

describe('offline dialectic: "little ones" are the children', () => {
  it('answers "does she have little ones?" from the children held, and abstains when none are', async () => {
    expect(await cited(factsOf({ name: 'Ama', family: ['husband Kofi', 'two daughters (4 and 7)'] }), 'does she have little ones?')).toEqual(['family']);
    expect(await cited(factsOf({ name: 'Ama', family: ['husband Kofi'] }), 'does she have little ones?')).toEqual([]);
  });

  it('still reads "a little one-off job" as no question on children', async () => {
    expect(
      await cited(factsOf({ name: 'Ama', family: ['two daughters (4 and 7)'], role: 'electrician' }), 'could she do a little one-off job for us?'),
    ).not.toContain('family');
  });
});
