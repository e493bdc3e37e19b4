// The shipped Vue typings declare the elements as global components with their attributes.
import type {} from '@maatwerk/widgets/vue';
import type { GlobalComponents } from 'vue';

type FinderProps = InstanceType<GlobalComponents['maatwerk-adviseur-finder']>['$props'];
export const finder: FinderProps = { 'advisers-src': '/adviseurs.json', 'heading-level': 3 };
