// Wires the crash message's button (see src/crash.rs). Plain JavaScript on purpose: it
// must work when the WebAssembly module has stopped. Reloading restores the last valid
// input from the address and this browser's storage.
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('crash-restore')?.addEventListener('click', () => {
    const url = new URL(window.location.href);
    url.searchParams.delete('selftest');
    if (url.href === window.location.href) window.location.reload();
    else window.location.replace(url.href);
  });
});
