// On-demand chunk: the sign-up validator that ajv generated at build time from the model's schema
// (standalone code, no `new Function`: works under a strict Content Security Policy).
export { checkSignUp } from '@maatwerk/model/browser-validate';
