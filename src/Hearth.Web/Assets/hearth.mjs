// Progressive enhancement only: every page works without this script.
// Loaded as an ES module (so only browsers that GOV.UK Frontend supports run it) from the layout.
import { initAll as initGovuk } from "/lib/govuk/govuk-frontend.min.js";
import { initAll as initMoj } from "/lib/moj/moj-frontend.min.js";
// The timeout warning before a session ends (ADR 0026); it does nothing on pages without the dialog.
import "./session-timeout.mjs";

initGovuk();
initMoj();
