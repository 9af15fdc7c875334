// Site script (a module: no inline script anywhere, so the CSP needs no 'unsafe-inline').
import { initAll } from '/nhsuk/nhsuk-frontend.min.js';

document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
initAll();
