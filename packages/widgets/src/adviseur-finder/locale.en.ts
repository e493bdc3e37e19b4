// English text of `<maatwerk-adviseur-finder>` (a chunk of its own).
import type { AdviseurFinderText } from './locale.ts';

/** English, with the text of the result views, loaded on demand so Dutch pages do not download it. */
export const en: AdviseurFinderText = {
  fieldLabel: 'Your municipality',
  fieldHint: "Type your municipality's name or CBS code. A former municipality's name works too.",
  loading: 'Loading the advisers…',
  dataFallback: 'The current advisers data is not available right now. The built-in data is shown below.',
  municipalitiesUnavailable: 'The list of municipalities could not be loaded. Reload the page.',
  resultLoading: 'Loading the result…',
  resultFailed: 'The result could not be loaded.',
  retry: 'Try again',
  announceFound: (place, adviser) => `Found: ${place}. Your adviser is ${adviser}.`,
  result: {
    announceNotFound: (query, suggestions) =>
      `No municipality found for "${query}".${suggestions ? ` ${suggestions === 1 ? '1 suggestion' : `${suggestions} suggestions`} below the search field.` : ''}`,
    region: (name) => `Labour market region ${name}`,
    regionHeading: (name) => `Labour market region ${name}`,
    province: (name) => `Province of ${name}`,
    merged: (former, date, current) => (date ? `${former} merged into ${current} on ${date}.` : `${former} merged into ${current}.`),
    yourAdviser: 'Your adviser',
    contact: 'Contact',
    email: 'Email',
    phone: 'Phone',
    website: 'Website',
    example: 'Example data: this name and these contact details are made up.',
    noAdviser: 'There is no adviser for this region yet. Please contact:',
    cta: 'Sign up for the Maatwerktraject',
    ctaMail: (name) => `This opens an email to ${name}.`,
    mailSubject: (municipality) => (municipality ? `Sign-up Maatwerktraject: municipality of ${municipality}` : 'Sign-up Maatwerktraject'),
    mailBody: (adviser, municipality) =>
      `Dear ${adviser},\n\nI would like to sign up ${municipality ? `the municipality of ${municipality}` : 'our municipality'} for the Maatwerktraject (integrated approach to low literacy).\n\nName:\nPosition:\nPhone:\n\nKind regards,\n`,
    noMatchHeading: 'No municipality found',
    noMatch: (query) => `We cannot find a municipality matching "${query}". Check the spelling, or type just the start of the name.`,
    didYouMean: 'Did you mean one of these municipalities?',
    suggestion: (name, province) => `${name}, ${province}`,
    generalContact: (name) => `Still stuck? Contact ${name}.`,
    invalidMunicipalityHeading: 'Municipality not found',
    invalidMunicipality: (value) =>
      `This page shows the adviser for the municipality "${value}", but we do not know that municipality. For the website's administrator: put the CBS code (for example GM0363) or the exact name in municipality="${value}".`,
    invalidRegionHeading: 'Region not found',
    invalidRegion: (value) =>
      `This page shows the adviser for the labour market region "${value}", but we do not know that region. For the website's administrator: put a region code (for example AM18) or the region's name in region="${value}".`,
  },
};
