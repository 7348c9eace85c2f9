// The GOV.UK timeout warning (ADR 0026). The server ends a session after the idle timeout whatever happens here; this
// only warns first. The layout renders the dialog with the seconds the session has left and when to warn. Before
// warning, and again at the end, it asks the server (GET /account/session, which does not extend the session), because
// another tab may have kept the session going. "Stay signed in" posts the dialog's form; Escape does the same.
const dialog = document.querySelector("dialog[data-hearth-timeout]");
if (dialog && typeof dialog.showModal === "function") watch(dialog);

function watch(dialog) {
  const warnMs = Number(dialog.dataset.warningSeconds) * 1000;
  const countdown = dialog.querySelector("[data-hearth-timeout-countdown]");
  const announce = dialog.querySelector("[data-hearth-timeout-announce]");
  const form = dialog.querySelector("form");
  let endsAt = Date.now() + Number(dialog.dataset.secondsLeft) * 1000;
  let timer;
  let announced;

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(check, Math.max(0, endsAt - warnMs - Date.now()));
  };

  // null: signed out; undefined: the server could not be reached (try again shortly); else seconds left.
  const ask = async (method, body) => {
    try {
      const response = await fetch("/account/session", {
        method, body, headers: { Accept: "application/json" }, redirect: "manual", credentials: "same-origin",
      });
      if (!response.ok) return null;
      const status = await response.json();
      return status.secondsLeft > 0 ? status.secondsLeft : null;
    } catch {
      return undefined;
    }
  };

  const signedOut = () => {
    const here = window.location.pathname + window.location.search;
    window.location.href = "/account/sign-in?timedOut=true&ReturnUrl=" + encodeURIComponent(here);
  };

  const words = (ms) => {
    const seconds = Math.ceil(ms / 1000);
    if (seconds >= 60) {
      const minutes = Math.ceil(seconds / 60);
      return minutes === 1 ? "1 minute" : `${minutes} minutes`;
    }
    return seconds === 1 ? "1 second" : `${seconds} seconds`;
  };

  const tick = () => {
    const left = endsAt - Date.now();
    if (left <= 0) {
      check();
      return;
    }
    countdown.textContent = words(left);
    // Screen readers hear the time when the warning opens, at a minute and at 20 seconds, not every second.
    const say = left > 60000 ? "open" : left > 20000 ? "minute" : "end";
    if (say !== announced) {
      announced = say;
      announce.textContent = `For your security, we will sign you out in ${words(left)}.`;
    }
    timer = setTimeout(tick, 1000);
  };

  async function check() {
    const left = await ask("GET");
    if (left === undefined) {
      timer = setTimeout(check, 15000);
      return;
    }
    if (left === null) {
      signedOut();
      return;
    }
    endsAt = Date.now() + left * 1000;
    if (left * 1000 > warnMs) {
      if (dialog.open) dialog.close();
      schedule();
      return;
    }
    if (!dialog.open) {
      announced = undefined;
      dialog.showModal();
    }
    tick();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const left = await ask("POST", new FormData(form));
    if (left === null) {
      signedOut();
      return;
    }
    if (left !== undefined) endsAt = Date.now() + left * 1000;
    dialog.close();
    schedule();
  });

  // Escape closes a modal dialog: treat it as "Stay signed in", as the GOV.UK pattern does.
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    form.requestSubmit();
  });

  schedule();
}
