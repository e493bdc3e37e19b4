// On-demand chunk: the English domain names (only the `domains` list of the English content).
export { domains } from '@maatwerk/model/data/content.en.json';
