// pdf.js's worker (parsing, fonts, text extraction for the PDF preview), built by Vite as a module
// worker of the studio's own origin, so the policy's worker-src 'self' covers it. pdf.js connects
// to the page through GlobalWorkerOptions.workerPort (pdf-view.ts).
import 'pdfjs-dist/build/pdf.worker.min.mjs';
