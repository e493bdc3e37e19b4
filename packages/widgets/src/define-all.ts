// The all-in-one embed: registers every Maatwerk element. Loading it twice, or next to a single
// widget's script, is harmless: each registration is guarded.
import './quick-scan/define.ts';
import './adviseur-finder/define.ts';
import './sign-up/define.ts';
