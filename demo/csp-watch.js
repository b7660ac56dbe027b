// Counts what the page's Content-Security-Policy blocked, on screen (and for the CSP test).
window.__civicViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__civicViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
  const output = document.getElementById('violations');
  if (output) output.textContent = String(window.__civicViolations.length);
});
