// Records what a webmaster would see in the console, and every CSP violation,
// so a test can read them from the page. Loaded first, as a classic script.
window.__report = { violations: [], errors: [], warnings: [], failedScripts: [] };
document.addEventListener('securitypolicyviolation', (event) => {
  window.__report.violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
});
window.addEventListener('error', (event) => window.__report.errors.push(String(event.message)));
// A script that failed to load (or was refused) reports only to a capturing listener.
window.addEventListener(
  'error',
  (event) => {
    if (event.target instanceof HTMLScriptElement) window.__report.failedScripts.push(event.target.src);
  },
  true,
);
window.addEventListener('unhandledrejection', (event) => window.__report.errors.push(String(event.reason)));
for (const level of ['warn', 'error']) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    (level === 'warn' ? window.__report.warnings : window.__report.errors).push(
      args.map((arg) => (typeof arg === 'object' ? JSON.stringify(arg) : String(arg))).join(' '),
    );
    original(...args);
  };
}
