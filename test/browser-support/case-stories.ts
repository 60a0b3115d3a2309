/**
 * What the story tests of the case forms (`tx-dispute-form`, `tx-refund-request`) share: the element's
 * stories by name, one story shown at a time, and every story checked with axe in one locale.
 */
import { expectNoAxeViolations } from './axe.js';
import { renderStory, settleStory, storiesOf, type Story } from './stories.js';

export interface CaseStories {
  readonly stories: readonly Story[];
  /** The container of the story shown last (removed by `clear`). */
  readonly container: HTMLElement | undefined;
  /** Shows one story (replacing the one shown) and returns its element, rendered and settled. */
  show(name: string, locale?: string): Promise<HTMLElement>;
  /** Removes the story shown. */
  clear(): void;
  /**
   * Shows every story in `locale` and fails on the first axe violation, naming the story; `ready` waits
   * for what a story must show before it is checked, `after` runs once a story passed.
   */
  checkAxe(
    locale: string,
    ready?: (story: Story, element: HTMLElement) => Promise<unknown>,
    after?: () => void,
  ): Promise<void>;
}

export async function caseStories(tag: string): Promise<CaseStories> {
  const stories = await storiesOf(tag);
  let container: HTMLElement | undefined;
  const byName = (name: string): Story => {
    const story = stories.find((candidate) => candidate.exportName === name);
    if (!story) throw new Error(`no story ${name}`);
    return story;
  };
  const harness: CaseStories = {
    stories,
    get container() {
      return container;
    },
    async show(name, locale = 'en') {
      container?.remove();
      container = await renderStory(byName(name), { locale, direction: 'auto', theme: 'auto' });
      await settleStory(container, 3);
      const element = container.querySelector<HTMLElement>(tag);
      if (!element) throw new Error(`story rendered no ${tag}`);
      return element;
    },
    clear() {
      container?.remove();
      container = undefined;
    },
    async checkAxe(locale, ready, after) {
      for (const story of stories) {
        const element = await harness.show(story.exportName, locale);
        await ready?.(story, element);
        await settleStory(container!, 2);
        try {
          await expectNoAxeViolations(container!);
        } catch (error) {
          throw new Error(`${story.exportName} (${locale}): ${(error as Error).message}`);
        }
        after?.();
      }
    },
  };
  return harness;
}
