// A React 19 app as a bundler user writes it: the library import registers the elements, the typings
// make the JSX type-check (attributes in kebab-case, an event prop).
import '@maatwerk/widgets';
import type {} from '@maatwerk/widgets/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [found, setFound] = useState('');
  return (
    <main>
      <h1>Gemeente Voorbeeld</h1>
      <h2>Uw adviseur</h2>
      <maatwerk-adviseur-finder heading-level={3} onmaatwerk-adviser-found={(event) => setFound(event.detail.region.name)} />
      <maatwerk-sign-up no-storage privacy-href="/privacy" />
      <p id="found">{found}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
