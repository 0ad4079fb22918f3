// Example of the JavaScript API: load the module, then call evaluate() as often as needed.
import init, { evaluate } from './api/studierekenaar.js';

await init();
const run = () => {
  const output = document.getElementById('outcome');
  const total = document.getElementById('total');
  try {
    const outcome = evaluate(JSON.parse(document.getElementById('scenario').value));
    const cents = outcome.fee?.total_cents;
    total.textContent = cents == null ? 'Studiegeld: niet berekend' : `Studiegeld: € ${(cents / 100).toLocaleString('nl-BE', { minimumFractionDigits: 2 })}`;
    output.textContent = JSON.stringify(outcome, null, 2);
  } catch (error) {
    total.textContent = `Fout in ${error.field ?? 'het scenario'}: ${error.message}`;
    output.textContent = JSON.stringify({ code: error.code, field: error.field, problems: error.problems }, null, 2);
  }
};
document.getElementById('run').addEventListener('click', run);
run();
