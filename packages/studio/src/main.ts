// The studio page's entry: one element, everything else loads from it. The renderer (react-pdf,
// fonts) loads in the Web Worker, never on the page.
import './studio-app.ts';
