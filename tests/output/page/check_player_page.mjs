// Opens a briefcast listening page in headless chromium and checks what a listener would:
// clicking the third chapter seeks the player there, and while it plays the highlighted
// transcript sentence moves on. Prints one JSON line of findings; exits 0 when all hold.
//   node check_player_page.mjs PAGE.html [CHROMIUM]
import { chromium } from 'playwright-core';
import path from 'node:path';

const [pagePath, executable = '/usr/bin/chromium'] = process.argv.slice(2);
const failures = [];
const expect = (ok, what) => { if (!ok) failures.push(what); };

const browser = await chromium.launch({
  executablePath: executable,
  args: ['--autoplay-policy=no-user-gesture-required', '--no-sandbox', '--mute-audio'],
});
const findings = {};
try {
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto('file://' + path.resolve(pagePath));
  await page.waitForFunction(() => document.getElementById('player').readyState >= 1, null, { timeout: 15000 });

  const buttons = page.locator('nav button[data-start]');
  findings.chapters = await buttons.count();
  expect(findings.chapters >= 3, 'at least three chapter buttons');
  const third = parseFloat(await buttons.nth(2).getAttribute('data-start'));
  await buttons.nth(2).click();
  await page.waitForFunction(() => document.querySelector('nav button.current') !== null, null, { timeout: 5000 });
  findings.seekedTo = await page.evaluate(() => document.getElementById('player').currentTime);
  findings.thirdStart = third;
  expect(Math.abs(findings.seekedTo - third) < 1.0, 'player seeks to the third chapter');
  findings.currentChapter = await page.evaluate(() => document.querySelector('nav button.current')?.dataset.start);
  expect(Math.abs(parseFloat(findings.currentChapter) - third) < 0.001, 'third chapter button is marked current');

  const lit = () => page.evaluate(() => document.querySelector('.transcript .speaking')?.textContent ?? null);
  findings.firstLit = await lit();
  expect(findings.firstLit !== null, 'a sentence is highlighted after seeking');
  // The chapter starts with its headline; playing must move the highlight to the next sentence.
  await page.evaluate(() => document.getElementById('player').play());
  // Polled from here: the page's own CSP forbids the eval that waitForFunction(arg) needs.
  const deadline = Date.now() + 20000;
  do {
    await page.waitForTimeout(100);
    findings.laterLit = await lit();
  } while ((findings.laterLit === null || findings.laterLit === findings.firstLit) && Date.now() < deadline);
  expect(findings.laterLit !== null && findings.laterLit !== findings.firstLit, 'highlight moves on while playing');
  findings.playedTo = await page.evaluate(() => document.getElementById('player').currentTime);
  expect(findings.playedTo > third, 'playback advanced');
  findings.offline = requests.every((url) => url.startsWith('file://'));
  expect(findings.offline, 'no network requests');
} catch (error) {
  failures.push(String(error));
} finally {
  await browser.close();
}
findings.failures = failures;
console.log(JSON.stringify(findings));
process.exit(failures.length === 0 ? 0 : 1);
