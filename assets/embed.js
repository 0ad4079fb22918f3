/*! Studierekenaar embedding script — https://github.com/ (see docs/embedding.md). EUPL-1.2.
 *
 * Two ways to place the calculator on a page:
 *   <script src="https://APP/embed.js" data-calculator="fees" data-credits="60" async></script>
 *   <studierekenaar-calculator calculator="leave" lang="nl"></studierekenaar-calculator>
 * Both build an accessible iframe of the app and keep its height equal to its content.
 * Protocol: the app posts {type: "studierekenaar:height", height} to this page's origin
 * only; this script accepts it only from the app's origin and only from its own iframe.
 */
(() => {
  const script = document.currentScript;
  const appUrl = new URL('./', script ? script.src : window.location.href);
  const appOrigin = appUrl.origin;
  const frames = new Set();

  // The iframe's accessible name, in the language the calculator will speak. (It must exist
  // before the app has loaded, so it cannot come from the app's message files.)
  const TITLES = {
    nl: {
      fees: 'Studierekenaar: wat kost je inschrijving in het hoger onderwijs?',
      leave: 'Studierekenaar: dekken opleidingsverlof en tijdskrediet je studielast?',
      dual: 'Studierekenaar: duaal leren, de overeenkomsten vergeleken',
      all: 'Studierekenaar: studiegeld, studielast en verlof, duaal leren',
    },
    fr: {
      fees: 'Studierekenaar : que coûte votre inscription dans l’enseignement supérieur ?',
      leave: 'Studierekenaar : le congé-éducation et le crédit-temps couvrent-ils votre charge d’études ?',
      dual: 'Studierekenaar : apprentissage dual, les contrats comparés',
      all: 'Studierekenaar : droits d’inscription, charge d’études et congés, apprentissage dual',
    },
    en: {
      fees: 'Studierekenaar: what does your enrolment in higher education cost?',
      leave: 'Studierekenaar: do training leave and time credit cover your study load?',
      dual: 'Studierekenaar: dual learning, the agreements compared',
      all: 'Studierekenaar: tuition fee, study load and leave, dual learning',
    },
  };
  const INSTITUTION = { nl: 'Deze instelling', fr: 'Cet établissement', en: 'This institution' };

  /** The calculator's language as the app will choose it: the attribute, else the browser's. */
  function languageOf(options) {
    const tags = [options.lang, ...(navigator.languages || [navigator.language])].filter(Boolean);
    for (const tag of tags) {
      const primary = String(tag).toLowerCase().split(/[-_]/)[0];
      if (primary in TITLES) return primary;
    }
    return 'nl';
  }

  const ATTRIBUTES = ['calculator', 'lang', 'year', 'status', 'institution', 'contract', 'programme', 'credits', 'scenario', 'primary', 'accent', 'title'];

  /** The scenario to pre-fill, from a full `scenario` JSON or from the simple attributes. */
  function scenarioFrom(options) {
    if (options.scenario) {
      try { return JSON.parse(options.scenario); } catch { /* fall through to the simple attributes */ }
    }
    const scenario = {};
    if (options.year) scenario.academic_year = options.year;
    if (options.status) scenario.student = { status: options.status };
    if (options.credits || options.contract || options.programme || options.institution) {
      scenario.enrolments = [{
        institution: options.institution || INSTITUTION[languageOf(options)],
        contract: options.contract || 'diploma',
        programme: options.programme || 'initial',
        credits: Number.parseInt(options.credits || '60', 10),
      }];
    }
    return scenario;
  }

  function frameFor(options) {
    const titles = TITLES[languageOf(options)];
    const calculator = titles[options.calculator] ? options.calculator : 'fees';
    const query = new URLSearchParams({ embed: '1', calc: calculator, parent: window.location.origin });
    if (options.lang) query.set('lang', options.lang);
    if (options.primary) query.set('primary', options.primary);
    if (options.accent) query.set('accent', options.accent);
    const section = { fees: 'fee', leave: 'leave', dual: 'dual', all: 'fee' }[calculator];
    const scenario = scenarioFrom(options);
    const fragment = Object.keys(scenario).length
      ? `#v=1&p=${section}&s=${encodeURIComponent(JSON.stringify(scenario))}`
      : '';
    const frame = document.createElement('iframe');
    frame.src = `${appUrl.href}?${query}${fragment}`;
    frame.title = options.title || titles[calculator];
    frame.loading = 'lazy';
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-forms allow-popups allow-popups-to-escape-sandbox allow-modals');
    frame.style.cssText = 'display:block;width:100%;min-height:480px;border:0;';
    frames.add(frame);
    return frame;
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== appOrigin) return;
    const data = event.data;
    if (!data || data.type !== 'studierekenaar:height' || !Number.isFinite(data.height)) return;
    for (const frame of frames) {
      if (frame.contentWindow === event.source) frame.style.height = `${Math.min(Math.max(data.height, 200), 20000)}px`;
    }
  });

  const read = (get) => Object.fromEntries(ATTRIBUTES.map((name) => [name, get(name)]).filter(([, value]) => value));

  // 1. The script tag itself, with data-* attributes: the iframe goes right after it
  //    (or into the element named by data-target).
  if (script && script.dataset.calculator) {
    const options = read((name) => script.dataset[name]);
    const target = script.dataset.target ? document.querySelector(script.dataset.target) : null;
    const frame = frameFor(options);
    if (target) target.append(frame); else script.after(frame);
  }

  // 2. The custom element, with the same attributes without data-.
  if (!customElements.get('studierekenaar-calculator')) {
    customElements.define('studierekenaar-calculator', class extends HTMLElement {
      connectedCallback() {
        if (this.frame) return;
        this.frame = frameFor(read((name) => this.getAttribute(name)));
        this.style.display = 'block';
        this.append(this.frame);
      }
      disconnectedCallback() {
        if (this.frame) frames.delete(this.frame);
        this.frame?.remove();
        this.frame = null;
      }
    });
  }
})();
