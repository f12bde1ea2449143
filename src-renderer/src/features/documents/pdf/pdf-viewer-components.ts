// pdf.js's viewer components. They read pdf.js from `globalThis.pdfjsLib` when their module is
// evaluated: the loader sets it, and is imported first for that reason.
import './pdf-loader';

export { EventBus, FindState, LinkTarget, PDFFindController, PDFLinkService, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';
