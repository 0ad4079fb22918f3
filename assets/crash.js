// Wires the crash message's button (see src/crash.rs). Plain JavaScript on purpose: it
// must work when the WebAssembly module has stopped. Reloading restores the last valid
// input from this browser's storage and the address.
document.addEventListener('DOMContentLoaded', () => {
  document.getElementById('crash-restore')?.addEventListener('click', () => window.location.reload());
});
