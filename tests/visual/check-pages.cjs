// Opens each HTML report in headless Chromium as a reader would, and checks it:
// axe-core with the WCAG 2.0 A/AA and 2.1 AA rules (0 violations), no script ran, no request left the file,
// a screenshot that is not blank, and an A4 PDF whose page count lies in the expected range.
//
//   node check-pages.cjs OUT_DIR NAME=FILE.html:MINPAGES-MAXPAGES ...
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');
const { PNG } = require('./png-stats.cjs');

const chromium = process.env.CHROMIUM || '/usr/bin/chromium';
const [outDir, ...specs] = process.argv.slice(2);
if (!outDir || specs.length === 0) {
  console.error('usage: node check-pages.cjs OUT_DIR NAME=FILE.html:MIN-MAX ...');
  process.exit(2);
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

function countPdfPages(buffer) {
  // Each page object of the PDF carries "/Type /Page" (not "/Pages").
  const text = buffer.toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-z])/g) || []).length;
}

(async () => {
  const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--disable-gpu'] });
  let failures = 0;
  try {
    for (const spec of specs) {
      const match = /^([^=]+)=(.+):(\d+)-(\d+)$/.exec(spec);
      if (!match) throw new Error(`bad spec ${spec}`);
      const [, name, file, minPages, maxPages] = match;
      const page = await browser.newPage();
      const requests = [];
      page.on('request', r => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
      await page.setViewport({ width: 1200, height: 1600 });
      await page.goto('file://' + path.resolve(file), { waitUntil: 'load' });

      // The report forbids scripts (CSP): injecting axe must go through the DevTools protocol, not a <script> tag.
      const cdp = await page.createCDPSession();
      await cdp.send('Page.setBypassCSP', { enabled: true });
      await page.reload({ waitUntil: 'load' });
      await page.evaluate(axeSource);
      const result = await page.evaluate(() => axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      const violations = result.violations;
      console.log(`${name}: axe-core ${axe_version(result)} — ${violations.length} violations, ${result.passes.length} rules passed, ${result.incomplete.length} to review by hand`);
      for (const v of violations) {
        failures++;
        console.log(`  VIOLATION ${v.id} (${v.impact}): ${v.help}`);
        for (const node of v.nodes.slice(0, 5)) console.log(`    ${node.target.join(' ')} — ${node.failureSummary.replace(/\n/g, ' ')}`);
      }

      // Without the bypass the page must not be able to run a script at all.
      await cdp.send('Page.setBypassCSP', { enabled: false });
      const fresh = await browser.newPage();
      await fresh.goto('file://' + path.resolve(file), { waitUntil: 'load' });
      const injected = await fresh.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.head.appendChild(s);
        return window.__ran === true;
      });
      if (injected) { failures++; console.log(`  FAIL ${name}: an injected inline script ran; the Content-Security-Policy does not forbid scripts`); }
      const counts = await fresh.evaluate(() => ({
        scripts: document.querySelectorAll('script').length - 1,
        h1: document.querySelectorAll('h1').length,
        tables: document.querySelectorAll('table').length,
        svgs: document.querySelectorAll('svg').length,
        text: document.body.innerText.length,
      }));
      console.log(`  ${counts.h1} h1, ${counts.tables} tables, ${counts.svgs} SVG charts, ${counts.text} characters of text`);
      if (counts.scripts !== 0) { failures++; console.log(`  FAIL ${name}: the page has ${counts.scripts} script elements`); }
      if (requests.length > 0) { failures++; console.log(`  FAIL ${name}: requests left the file: ${requests.join(', ')}`); }

      const png = path.join(outDir, `${name}.png`);
      await fresh.setViewport({ width: 1200, height: 1600 });
      await fresh.screenshot({ path: png });
      const stats = PNG.stats(fs.readFileSync(png));
      console.log(`  screenshot ${png}: ${stats.width}x${stats.height}, ${(stats.inkShare * 100).toFixed(1)} % non-white pixels, ${stats.colours} colours`);
      if (stats.inkShare < 0.02 || stats.colours < 8) { failures++; console.log(`  FAIL ${name}: the screenshot is (nearly) blank`); }

      const pdfPath = path.join(outDir, `${name}.pdf`);
      const pdf = await fresh.pdf({ path: pdfPath, format: 'A4', printBackground: true, preferCSSPageSize: true });
      const pages = countPdfPages(Buffer.from(pdf));
      console.log(`  PDF ${pdfPath}: ${pages} A4 pages (expected ${minPages}–${maxPages})`);
      if (pages < +minPages || pages > +maxPages) { failures++; console.log(`  FAIL ${name}: ${pages} pages is outside ${minPages}–${maxPages}`); }
      await fresh.close();
      await page.close();
    }
  } finally {
    await browser.close();
  }

  if (failures > 0) {
    console.log(`check-pages: ${failures} failure(s)`);
    process.exit(1);
  }
  console.log('check-pages: all pages passed');
})().catch(e => { console.error(e); process.exit(1); });

function axe_version(result) { return result.testEngine ? result.testEngine.version : '?'; }
