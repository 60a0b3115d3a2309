import { describeAxeOnStories, loadAllStories } from '../browser-support/story-checks.js';

describeAxeOnStories('ar', (await loadAllStories()).stories);
