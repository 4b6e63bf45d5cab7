import { describe, expect, it } from 'vitest';
import { learnFrom } from '../../src/profiles/learn.js';
import { ProfileService } from '../../src/profiles/service.js';
import { OfflineReasoner } from '../../src/reasoners/offline/index.js';
import { MemoryStore } from '../../src/store/memory.js';

/** Conversations with the offline reasoner: a withdrawn topic inside a hyphenated item; a short answer naming an editor. */

const reasoner = new OfflineReasoner({ worker: false });
const freshService = () => new ProfileService({ store: new MemoryStore() });
const live = async (service: ProfileService) => JSON.stringify((await service.listFacts('local', {})).facts.map((f) => [f.key, f.value]));
const learn = (service: ProfileService, messages: { role: 'user' | 'assistant'; content: string }[]) => learnFrom(service, reasoner, 'local', { messages });

describe('offline conversations: withdrawn topics and short answers', () => {
  it('"forget what I said about the dairy thing" withdraws "dairy-free", and leaves the rest', async () => {
    const service = freshService();
    await learn(service, [{ role: 'user', content: "dairy-free for me please, and I don't drink" }]);
    expect(await live(service)).toMatch(/dairy-free/);
    await learn(service, [{ role: 'user', content: "actually forget what I said about the dairy thing, that was my flatmate. I'll eat anything" }]);
    const after = await live(service);
    expect(after).not.toMatch(/dairy/);
    expect(after).toMatch(/no alcohol/);
  });

  it('reads a short answer to "is there an editor you want set up?" as the tool', async () => {
    const service = freshService();
    await learn(service, [
      { role: 'assistant', content: 'Done. Is there an editor you want set up too?' },
      { role: 'user', content: 'kakoune. and keep the theme dark' },
    ]);
    expect(await live(service)).toMatch(/kakoune/i);
  });
});
