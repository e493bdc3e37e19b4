// What the publishing API says, in English.
import type { PublishText } from './text.nl.ts';

export const en: PublishText = {
  loginNeeded: 'Log in as a coordinator to publish the kennisblad.',
  coordinatorsOnly: 'Only a coordinator can publish or roll back the kennisblad. With your account you can view and download it.',
  csrf: 'This request does not come from the studio on this site, or your session has expired. Reload the studio and try again.',
  notJson: 'Send the version as JSON, with the header "Content-Type: application/json".',
  invalidJson: 'The version is not valid JSON.',
  tooLarge: (limit: number) => `This version is too large to publish: at most ${Math.round(limit / 1024)} kB.`,
  basedOnMissing: 'Say which published version these changes build on ("basedOn").',
  stale: (version: number) => `Version ${version} has been published in the meantime. Reload the studio to see it; your draft stays in this browser.`,
  noSuchVersion: (version: string) => `Version ${version} does not exist.`,
  restored: (version: number) => `Rolled back to version ${version}.`,
  shipped: 'The data shipped with @maatwerk/model (packages/model/data).',
  notFound: 'This address does not exist.',
  methodNotAllowed: (allow: string) => `This method is not allowed here. Use: ${allow}.`,
  renderFailed: 'The kennisblad could not be made. Try again later.',
};
