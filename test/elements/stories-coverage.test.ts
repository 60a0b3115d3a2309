import { assert, deepEqual } from '../browser-support/assert.js';
import { expectNoAxeViolations } from '../browser-support/axe.js';
import { loadAllStories } from '../browser-support/story-checks.js';

describe('stories', () => {
  it('exist for every element in the manifest, several per element', async () => {
    const { tags, stories } = await loadAllStories();
    assert(tags.includes('tx-order-tracker') && tags.includes('tx-provider'), `manifest tags: ${tags.join(', ')}`);
    deepEqual([...new Set(stories.map((story) => story.element))].sort(), tags, 'elements with stories');
    for (const tag of tags) {
      const count = stories.filter((story) => story.element === tag).length;
      assert(count >= 2, `${tag} has ${count} stories`);
    }
  });

  it('are checked by an axe that has colour contrast on (a low-contrast page fails)', async () => {
    const main = document.createElement('main');
    main.innerHTML = '<p style="color: #777; background: #888">Barely readable</p>';
    document.body.append(main);
    let failure: unknown;
    try {
      await expectNoAxeViolations(main);
    } catch (error) {
      failure = error;
    } finally {
      main.remove();
    }
    assert(failure instanceof Error && failure.message.includes('color-contrast'), 'axe reports color-contrast');
  });
});
