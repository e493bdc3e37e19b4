// pdf.js's worker (parsing, fonts, text extraction for the PDF preview), built by Vite as a module
// worker of the studio's own origin, so the policy's worker-src 'self' covers it. pdf.js's display
// side (pdf-paint.worker.ts, itself a worker) connects to it through GlobalWorkerOptions.workerPort.
import 'pdfjs-dist/build/pdf.worker.min.mjs';
