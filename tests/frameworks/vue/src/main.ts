// A Vue 3 app as a bundler user writes it: the library import registers the elements.
import '@maatwerk/widgets';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
