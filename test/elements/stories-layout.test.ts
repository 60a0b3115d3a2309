import { describeLayoutOfStories, loadAllStories } from '../browser-support/story-checks.js';

describeLayoutOfStories((await loadAllStories()).stories);
