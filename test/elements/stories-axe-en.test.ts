import { describeAxeOnStories, loadAllStories } from '../browser-support/story-checks.js';

describeAxeOnStories('en', (await loadAllStories()).stories);
