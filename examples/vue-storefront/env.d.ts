// The txassist tags' props and events for vue-tsc (GlobalComponents, generated from custom-elements.json).
import type {} from '@txassist/elements/vue';
