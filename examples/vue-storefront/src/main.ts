import '@txassist/elements/provider';
import '@txassist/elements/order-tracker';
import { createApp } from 'vue';
import App from './App.vue';

const root = document.getElementById('app');
if (root) createApp(App, { ...root.dataset }).mount(root);
