// Progressive enhancement for the import status page (Features/Placements/ImportStatus.cshtml), loaded only while the
// import runs: update the progress in place every two seconds. When the import has finished, say so in the status
// message and offer the result, rather than reloading the page under the reader. A file, not inline script: the
// Content-Security-Policy allows none.
const progress = document.getElementById("import-progress");
const bar = document.getElementById("import-progress-bar");
const again = document.getElementById("import-check-again");
const url = progress?.dataset.statusUrl;

async function poll() {
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
    if (response.ok) {
      const job = await response.json();
      if (progress.textContent !== job.progress) progress.textContent = job.progress;
      if (bar) {
        bar.value = job.percent;
        bar.textContent = job.percent + "%";
      }
      if (job.finished) {
        if (bar) bar.hidden = true;
        if (again) again.textContent = job.status === "Succeeded" ? "Show the result" : "Show the problems found";
        return;
      }
    }
  } catch {
    // A missed poll is tried again.
  }
  setTimeout(poll, 2000);
}

if (progress && url) setTimeout(poll, 2000);
