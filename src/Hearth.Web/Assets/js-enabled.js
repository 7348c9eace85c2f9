// Loaded at the start of <body> by the layout (a file, not inline script: the Content-Security-Policy allows none).
// GOV.UK Frontend styles its components for script from these classes before the page is first drawn.
document.body.className += " js-enabled" + ("noModule" in HTMLScriptElement.prototype ? " govuk-frontend-supported" : "");
