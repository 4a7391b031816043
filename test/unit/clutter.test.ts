import { describe, expect, test } from 'vitest';
import { parseHtml } from '../../scripts/dom';
import { findClutter, findClutterIn, updateClutter } from '../../utils/pipeline/clutter';
import type { Entry } from '../../utils/pipeline/types';
import { visibleText } from '../../utils/pipeline/text';

function page(body: string): Document {
  return parseHtml(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`);
}

/** Every element matching `selector` as an entry. */
function entries(doc: Document, selector = '.entry'): Entry[] {
  return Array.from(doc.querySelectorAll(selector)).map((element, i) => ({
    id: `e${i}`, time: null, title: null, text: visibleText(element), author: null, keyEvent: false, element,
  }));
}

const hiddenTexts = (doc: Document, es: Entry[]) => findClutter(doc, es).map((b) => visibleText(b.element));

describe('findClutter', () => {
  test('a prompt between entries is found whole, with kind and reason', () => {
    const doc = page(`<main><h1>Live: the marathon</h1>
      <article class="entry"><p>Kiptoo wins in a course record of 2:05:41.</p></article>
      <div class="x1"><p>Unlock every story</p><p>Start your digital subscription today.</p><a href="/subscribe">Start now</a></div>
      <article class="entry"><p>The medical tent is busy in the heat.</p></article></main>`);
    const found = findClutter(doc, entries(doc));
    expect(found).toHaveLength(1);
    expect(found[0].element.className).toBe('x1');
    expect(found[0].kind).toBe('subscription');
    expect(found[0].reason).toMatch(/^Subscription offer: .*Unlock every story/);
  });

  test('an entry full of clutter words stays whole, and so does all that holds it', () => {
    const doc = page(`<main><h1>Live</h1><div class="wrap">
      <article class="entry"><p>Organisers asked spectators to subscribe to the race’s SMS service.</p>
        <p>Sign in to save articles? No: donations can still be made through the runners’ pages.</p>
        <div class="newsletter-signup"><p>Sign up for our newsletter</p><input type="email"><button>Sign me up</button></div></article>
      <article class="entry"><p>Join our WhatsApp channel, said the police.</p></article></div></main>`);
    const es = entries(doc);
    for (const b of findClutter(doc, es)) {
      for (const e of es) {
        expect(b.element.contains(e.element) || e.element.contains(b.element)).toBe(false);
      }
    }
    expect(findClutter(doc, es)).toEqual([]);
  });

  test('a sibling that looks like the entries is treated as one (the extractor missed it)', () => {
    const doc = page(`<div class="live"><article class="entry p"><p>One.</p></article>
      <article class="entry p"><p>Subscribe to the council’s alerts, the mayor said. Sign up for the newsletter at the town hall.</p></article></div>`);
    const es = entries(doc).slice(0, 1);
    expect(hiddenTexts(doc, es)).toEqual([]);
  });

  test('a big container with a prompt inside is not clutter, only the prompt is', () => {
    const para = '<p>The minister spoke at length about the budget, the economy and the plans for the coming year.</p>'.repeat(12);
    const doc = page(`<div class="story">${para}<aside class="promo"><p>Sign up for our free morning newsletter</p><input type="email"></aside>${para}</div>`);
    const found = findClutter(doc, []);
    expect(found.map((b) => b.element.className)).toEqual(['promo']);
  });

  test('the headline and what holds it are never hidden', () => {
    const doc = page(`<div class="top"><h1>Subscribe to nothing: live</h1><p>Start your subscription today</p></div>`);
    expect(findClutter(doc, []).every((b) => !b.element.querySelector('h1') && b.element.localName !== 'h1')).toBe(true);
  });

  test('navigation links are site furniture, not prompts', () => {
    const doc = page(`<header><a href="/subscribe">Subscribe</a> <a href="/login">Log in</a></header><nav><a href="/newsletters">Newsletters</a></nav><p>Body text.</p>`);
    expect(findClutter(doc, [])).toEqual([]);
  });

  test('a fixed overlay with a prompt is found and marked as an overlay', () => {
    const doc = page(`<p>Body.</p><div style="position:fixed;bottom:0" class="bar"><p>Please refresh your browser to be logged in</p></div>`);
    const [b] = findClutter(doc, []);
    expect(b?.kind).toBe('login');
    expect(b?.overlay).toBe(true);
  });

  test('hostile attribute values and deeply nested markup do not throw', () => {
    const hostile = `<div class="${'"&lt;x&gt; paywall '.repeat(200)}" id="\u0000\uFFFF" data-component="${'a-'.repeat(5000)}"><p>Subscribe now</p></div>`;
    const deep = `${'<div>'.repeat(5000)}<p>Start your subscription today</p>${'</div>'.repeat(5000)}`;
    const doc = page(hostile + deep);
    expect(() => findClutter(doc, [])).not.toThrow();
    expect(findClutter(doc, []).length).toBeGreaterThan(0);
  });

  test('an empty document and one without a body', () => {
    expect(findClutter(page(''), [])).toEqual([]);
    const doc = parseHtml('<html><head></head></html>');
    doc.body?.remove();
    expect(findClutter(doc, [])).toEqual([]);
  });
});

describe('findClutterIn: live updates judge only the added nodes', () => {
  test('a prompt injected after load is found; the rest of the page is not walked', () => {
    const doc = page(`<main><h1>Live</h1><div class="live"><article class="entry"><p>One.</p></article></div>
      <div class="old"><p>Start your subscription today</p></div><div id="slot"></div></main>`);
    const slot = doc.getElementById('slot')!;
    const added = doc.createElement('div');
    added.innerHTML = '<p>Get breaking news alerts from us?</p><button>Yes please</button>';
    slot.appendChild(added);
    const found = findClutterIn([added], entries(doc));
    expect(found.map((b) => b.kind)).toEqual(['notifications']);
    expect(found.some((b) => b.element.className === 'old')).toBe(false);
  });

  test('nodes added inside an entry are never judged', () => {
    const doc = page(`<div class="live"><article class="entry"><p>One.</p></article></div>`);
    const p = doc.createElement('p');
    p.textContent = 'Subscribe now for unlimited access';
    doc.querySelector('.entry')!.appendChild(p);
    expect(findClutterIn([p], entries(doc))).toEqual([]);
  });

  test('detached and text nodes are fine', () => {
    const doc = page('<p>x</p>');
    expect(findClutterIn([doc.createElement('div'), doc.createTextNode('Subscribe now')], [])).toEqual([]);
  });
});

describe('updateClutter: a live update keeps what still stands and judges only what was added', () => {
  test('previous blocks that left the page or now hold an entry are dropped; new ones are added', () => {
    const doc = page(`<main><h1>Live</h1><div class="live"><article class="entry"><p>One.</p></article></div>
      <div class="a"><p>Start your subscription today</p></div><div class="b"><p>Sign up for our free newsletter</p><input type="email"></div></main>`);
    const before = findClutter(doc, entries(doc));
    expect(before.map((b) => b.element.className)).toEqual(['a', 'b']);
    doc.querySelector('.a')!.remove();
    const added = doc.createElement('aside');
    added.innerHTML = '<p>Your donation allows us to keep reporting</p><a href="/donate">Donate</a>';
    doc.querySelector('main')!.appendChild(added);
    const after = updateClutter(before, [added], entries(doc));
    expect(after.map((b) => b.kind)).toEqual(['newsletter', 'donation']);
  });

  test('a block that became an entry’s container is never kept', () => {
    const doc = page(`<div class="live"><div class="box"><p>Start your subscription today</p></div></div>`);
    const before = findClutter(doc, []);
    expect(before).toHaveLength(1);
    const entry = doc.createElement('article');
    entry.className = 'entry';
    entry.textContent = 'A new post';
    doc.querySelector('.box')!.appendChild(entry);
    expect(updateClutter(before, [entry], entries(doc))).toEqual([]);
  });
});

test('the shade behind a hidden modal goes with it', () => {
  const doc = page(`<p>Body.</p><div class="shade" style="position:fixed;inset:0"></div>
    <div class="tp-modal" role="dialog"><p>Subscribe now for unlimited access</p><a href="/subscribe">Subscribe</a></div>`);
  const found = findClutter(doc, []);
  expect(found.map((b) => b.element.className).sort()).toEqual(['shade', 'tp-modal']);
});

test('runPipeline with the previous analysis and the changed nodes judges only those nodes', async () => {
  const { runPipeline } = await import('../../utils/pipeline/run');
  const doc = page(`<script type="application/ld+json">{"@type":"LiveBlogPosting"}</script><main><h1>Live: the flood defences</h1>
    <p>Good morning and welcome to our coverage of the flood defences being tested along the river today.</p>
    <div class="old"><p>Start your subscription today</p></div><div id="slot"></div></main>`);
  const url = 'https://x.example/live';
  const first = runPipeline(doc, { url, force: true });
  expect(first.clutter.map((b) => b.element.className)).toEqual(['old']);
  const pretend = { ...first, clutter: [] }; // as if the old box had not been judged clutter
  const added = doc.createElement('div');
  added.className = 'new';
  added.innerHTML = '<p>Sign up for our free newsletter</p><input type="email">';
  doc.getElementById('slot')!.appendChild(added);
  const next = runPipeline(doc, { url, force: true, previous: pretend, changed: [added] });
  expect(next.clutter.map((b) => b.element.id || b.element.className)).toEqual(['slot']); // the empty box it was filled into
  expect(runPipeline(doc, { url, force: true }).clutter.map((b) => b.element.id || b.element.className)).toEqual(['old', 'slot']);
});

describe('a prompt among like blocks of prose is prose', () => {
  const PROSE = 'The minister spoke at length about the budget and the economy, saying the plans would be announced in due course by the treasury, and that no decision had been taken yet on taxes.';
  const PROMPT = 'Become a member today and read everything.';
  test.each<[string, string, string[]]>([
    ['between paragraphs', `<p>${PROSE}</p><p>${PROMPT}</p><p>${PROSE}</p>`, []],
    ['a script between it and the like paragraph', `<p class="c">${PROSE}</p><script>var a = 1;</script><p class="c">${PROMPT}</p>`, []],
    ['an svg between it and the like paragraph after', `<p class="c">${PROMPT}</p><svg></svg><p class="c">${PROSE}</p>`, []],
    ['the like paragraph two siblings over', `<p class="c">${PROSE}</p><p class="d">short</p><p class="c">${PROMPT}</p>`, []],
    ['no like sibling: clutter', `<div class="a">${PROSE}</div><div class="c">${PROMPT}</div><div class="b">${PROSE}</div>`, [PROMPT]],
    ['the like paragraph before a script is short: clutter', `<div class="z">${PROSE}</div><p class="c">Short line.</p><script>var a = 1;</script><p class="c">${PROMPT}</p>`, [PROMPT]],
    ['the like paragraph after an svg is short: clutter', `<div class="z">${PROSE}</div><p class="c">${PROMPT}</p><svg></svg><p class="c">Short line.</p>`, [PROMPT]],
  ])('%s', (_name, body, hidden) => {
    const doc = page(`<div>${body}</div>`);
    expect(hiddenTexts(doc, [])).toEqual(hidden);
  });
});
