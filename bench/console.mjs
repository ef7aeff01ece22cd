// The console's first load, cold cache: a signed-in manager's tab (token in session storage) clears the browser
// cache and opens the overview; the time is the page's performance.now() when all eight KPI cards show a value.
// Prints {"runsMs":[…],"medianMs":…}. Needs ALGORITMA_CONSOLE_API_URL (and optionally ALGORITMA_CONSOLE_URL).
import { consoleUrl, launch, manager, signIn } from '../tests/console/lib.mjs';

const runs = Number(process.env.RUNS ?? 5);
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
const page = await context.newPage();
await signIn(page, manager);
await page.waitForFunction(() => document.querySelectorAll('[data-testid=kpi-value]').length === 8, null, { timeout: 60_000 });
const cdp = await context.newCDPSession(page);

const runsMs = [];
for (let run = 0; run < runs; run += 1) {
  await cdp.send('Network.clearBrowserCache');
  await page.goto('about:blank');
  await page.goto(`${consoleUrl}overview`);
  const handle = await page.waitForFunction(
    () => document.querySelectorAll('[data-testid=kpi-value]').length === 8 && performance.now(), null, { timeout: 60_000, polling: 'raf' });
  runsMs.push(Math.round(await handle.jsonValue()));
}
await browser.close();

const sorted = [...runsMs].sort((a, b) => a - b);
console.log(JSON.stringify({ runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] }));
