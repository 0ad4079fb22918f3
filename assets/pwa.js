// Installs the service worker (offline use) and announces a new version: the page
// keeps running on the version it started with until the person chooses to reload.
(() => {
  if (!('serviceWorker' in navigator)) return;
  const hadController = Boolean(navigator.serviceWorker.controller);

  const announce = (worker) => {
    if (document.getElementById('update-banner')) return;
    const banner = document.createElement('div');
    banner.id = 'update-banner';
    banner.className = 'update-banner';
    banner.setAttribute('role', 'status');
    // The words in the page's language, set by the app on <html> (Dutch until it has run).
    const root = document.documentElement;
    const text = document.createElement('span');
    text.textContent = `${root.dataset.updateText || 'Er is een nieuwe versie met nieuwe cijfers.'} `;
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = root.dataset.updateButton || 'Herladen';
    button.addEventListener('click', () => worker.postMessage('activate-new-version'));
    banner.append(text, button);
    document.body.prepend(banner);
  };

  navigator.serviceWorker.register('./sw.js').then((registration) => {
    if (registration.waiting && hadController) announce(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && navigator.serviceWorker.controller) announce(worker);
      });
    });
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }).catch(() => { /* no offline support in this browser; the app works online */ });

  // The app fetches a language's messages when it is chosen and the service worker keeps
  // them, but only once it is in control: one fetched before is handed to it here, so that
  // the language works offline too. The app sets <html lang> once a language is in place.
  const languageFile = () => {
    const meta = document.querySelector('meta[name="studierekenaar-languages"]');
    const pair = (meta?.content ?? '').split(/\s+/).find((p) => p.startsWith(`${document.documentElement.lang}=`));
    return pair?.slice(pair.indexOf('=') + 1);
  };
  new MutationObserver(() => {
    const file = languageFile();
    if (file) navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage({ keepLanguage: file }));
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });

  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });
})();
