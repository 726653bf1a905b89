/// The review page's script (inline: the page loads nothing). It builds the boxes and the list
/// from the embedded data, keeps the reviewer's decisions in memory only (no storage, no
/// network), and exports them as a decisions file through a download.
enum ReviewPageScript {
    static let source = #"""
        (() => {
        'use strict';
        const started = performance.now();
        const data = JSON.parse(document.getElementById('review-data').textContent);
        const isPDF = data.format === 'pdf';
        const palette = {
          'person-name': '#d62728', 'national-id': '#ff7f0e', 'passport-number': '#b8860b', 'phone': '#1f77b4',
          'email': '#17becf', 'street-address': '#9467bd', 'date-of-birth': '#8c564b', 'age': '#e377c2',
          'bank-account': '#2ca02c', 'vehicle-plate': '#6b6b6b', 'social-handle': '#393b79'
        };
        const spare = ['#637939', '#843c39', '#7b4173', '#3182bd', '#e6550d', '#31a354', '#756bb1', '#636363'];
        const categories = [...new Set(data.findings.map(f => f.category))].sort();
        const colors = {};
        let spareIndex = 0;
        for (const c of categories) colors[c] = palette[c] || spare[spareIndex++ % spare.length];

        const findings = data.findings;
        findings.forEach((f, i) => { f.index = i; f.boxEls = []; f.markEls = []; });
        const byId = new Map(findings.map(f => [f.id, f]));
        const pages = new Map([...document.querySelectorAll('section.page, section.text-page')].map(s => [Number(s.dataset.page), s]));
        const pageInfo = new Map(data.pages.map(p => [p.number, p]));
        let areas = data.areas.map(a => Object.assign({}, a, { source: 'manifest' }));
        let selected = -1;
        let dirty = false;

        function el(tag, attrs, ...children) {
          const node = document.createElement(tag);
          for (const [key, value] of Object.entries(attrs || {})) {
            if (key === 'class') node.className = value;
            else if (key === 'text') node.textContent = value;
            else if (key === 'style') node.style.cssText = value;
            else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
            else node.setAttribute(key, value);
          }
          for (const child of children) if (child !== null && child !== undefined) node.append(child);
          return node;
        }
        const pct = (value, total) => (100 * value / total) + '%';
        const round2 = v => Math.round(v * 100) / 100;
        const actionText = a => a.kind === 'mask' ? 'mask, keep last ' + (a.keepLast || 0) : a.kind === 'label' && a.label ? 'label ' + a.label : a.kind;
        function status(text) { document.getElementById('status').textContent = text; }
        function markDirty() { dirty = true; status('Unsaved decisions'); }

        // Boxes on the pages (PDF) or marks in the text.
        function placeBox(node, page, x, y, w, h) {
          const info = pageInfo.get(page);
          node.style.left = pct(x, info.width);
          node.style.top = pct(y, info.height);
          node.style.width = pct(w, info.width);
          node.style.height = pct(h, info.height);
        }
        for (const f of findings) {
          if (isPDF) {
            for (const [page, x, y, w, h] of f.boxes) {
              const section = pages.get(page);
              if (!section) continue;
              const box = el('div', { class: 'box', 'data-id': f.id, title: f.category + ' — ' + f.rule, style: '--c:' + colors[f.category] });
              placeBox(box, page, x, y, w, h);
              section.querySelector('.overlay').append(box);
              f.boxEls.push(box);
            }
          } else {
            const mark = document.querySelector('mark.span[data-id="' + CSS.escape(f.id) + '"]');
            if (mark) { mark.style.setProperty('--c', colors[f.category]); f.markEls.push(mark); }
          }
        }
        document.getElementById('pages').addEventListener('click', event => {
          const target = event.target.closest('.box, mark.span');
          if (target && byId.has(target.dataset.id)) select(byId.get(target.dataset.id).index, 'list');
        });
        document.getElementById('pages').addEventListener('dblclick', event => {
          const target = event.target.closest('.box, mark.span');
          if (target && byId.has(target.dataset.id)) toggle(byId.get(target.dataset.id));
        });

        // The list of findings with their explanations.
        const list = document.getElementById('findings');
        for (const f of findings) {
          const box = el('input', { type: 'checkbox', 'aria-label': 'Redact ' + f.category + ' on page ' + f.page });
          box.checked = f.decision === 'redact';
          box.addEventListener('change', () => setDecision(f, box.checked ? 'redact' : 'keep'));
          const meta = ['p.' + f.page, f.category, f.party, 'score ' + f.score.toFixed(2), actionText(f.action) + (f.replacement ? ' → ' + f.replacement : '')]
            .filter(Boolean).join(' · ');
          // The explanation is built when first opened: 1,500 findings stay quick to load.
          const details = el('details', {}, el('summary', { text: 'why' }));
          details.addEventListener('toggle', () => {
            if (!details.open || details.childElementCount > 1) return;
            const dl = el('dl');
            const add = (term, value) => { if (value !== null && value !== undefined && value !== '') dl.append(el('dt', { text: term }), el('dd', { text: value })); };
            add('rule', f.rule);
            add('detector', f.detector);
            const e = f.explanation;
            if (e) {
              add('matched', e.matched);
              add('score', 'base ' + e.baseScore.toFixed(2) + ' → final ' + e.finalScore.toFixed(2));
              add('context', e.context.map(c => c.word + ' ' + (c.delta >= 0 ? '+' : '') + c.delta.toFixed(2)).join(', '));
              add('notes', e.notes.join('; '));
            } else {
              add('score', f.score.toFixed(2));
            }
            add('exemptions', f.exemptions.join(', '));
            add('justification', f.justification);
            add('action', actionText(f.action));
            add('output', f.replacement);
            add('offsets', f.start + '–' + f.end);
            const ctx = el('div', { class: 'ctx' }, '…' + f.before, el('mark', { text: f.text }), f.after + '…');
            details.append(dl, ctx);
          });
          const item = el('li', { class: 'finding', 'data-id': f.id, style: '--c:' + colors[f.category], tabindex: '-1' },
            el('label', {}, box, el('span', { class: 'ftext', text: f.text.replace(/\s+/g, ' ') })),
            el('div', { class: 'meta', text: meta }), details);
          item.addEventListener('click', event => { if (event.target.tagName !== 'INPUT' && event.target.tagName !== 'SUMMARY') select(f.index, 'page'); });
          f.checkbox = box;
          f.itemEl = item;
          list.append(item);
        }

        if (findings.length === 0) list.append(el('li', { class: 'hint', text: 'No proposed redactions.' }));

        // Bulk decisions per category and per party.
        function bulkRow(container, label, color, members) {
          const accept = el('button', { type: 'button', class: 'small', text: 'accept all' });
          const reject = el('button', { type: 'button', class: 'small', text: 'reject all' });
          accept.addEventListener('click', () => { members.forEach(f => setDecision(f, 'redact')); });
          reject.addEventListener('click', () => { members.forEach(f => setDecision(f, 'keep')); });
          container.append(el('div', { class: 'row', 'data-group': label },
            color ? el('span', { class: 'swatch', style: '--c:' + color }) : null,
            el('span', { class: 'name', text: label }), el('span', { class: 'count', text: String(members.length) }), accept, reject));
        }
        for (const c of categories) bulkRow(document.getElementById('categories'), c, colors[c], findings.filter(f => f.category === c));
        const parties = [...new Set(findings.map(f => f.party).filter(Boolean))].sort();
        for (const p of parties) bulkRow(document.getElementById('parties'), p, null, findings.filter(f => f.party === p));
        if (parties.length === 0) document.getElementById('parties-section').hidden = true;
        if (!isPDF) document.getElementById('areas-section').hidden = true;

        // Decisions.
        function render(f) {
          const rejected = f.decision !== 'redact';
          f.checkbox.checked = !rejected;
          f.itemEl.classList.toggle('rejected', rejected);
          for (const node of f.boxEls.concat(f.markEls)) node.classList.toggle('rejected', rejected);
        }
        function setDecision(f, decision) {
          if (f.decision === decision) return;
          f.decision = decision;
          render(f);
          markDirty();
          summarize();
        }
        function toggle(f) { setDecision(f, f.decision === 'redact' ? 'keep' : 'redact'); }
        function summarize() {
          const accepted = findings.filter(f => f.decision === 'redact').length;
          const liveAreas = areas.filter(a => a.decision === 'redact').length;
          document.getElementById('summary').textContent = accepted + ' of ' + findings.length + ' redactions accepted · ' +
            (findings.length - accepted) + ' rejected · ' + liveAreas + ' area' + (liveAreas === 1 ? '' : 's');
        }
        findings.forEach(render);

        // Selection and navigation.
        function select(index, scroll) {
          if (selected >= 0) {
            const old = findings[selected];
            old.itemEl.classList.remove('selected');
            old.boxEls.concat(old.markEls).forEach(n => n.classList.remove('selected'));
          }
          selected = index;
          if (index < 0) return;
          const f = findings[index];
          f.itemEl.classList.add('selected');
          f.boxEls.concat(f.markEls).forEach(n => n.classList.add('selected'));
          if (scroll === 'list' || scroll === 'both') f.itemEl.scrollIntoView({ block: 'nearest' });
          if (scroll === 'page' || scroll === 'both') {
            const target = f.boxEls[0] || f.markEls[0] || pages.get(f.page);
            if (target) target.scrollIntoView({ block: 'center' });
          }
        }
        function currentPage() {
          let best = 1;
          for (const [number, section] of pages) if (section.getBoundingClientRect().top < window.innerHeight / 3) best = number;
          return best;
        }
        function goToPage(number) {
          const section = pages.get(Math.max(1, Math.min(pages.size, number)));
          if (section) section.scrollIntoView({ block: 'start' });
        }
        document.addEventListener('keydown', event => {
          if (event.ctrlKey || event.metaKey || event.altKey) return;
          const target = event.target;
          if (target.tagName === 'INPUT' && target.type === 'text') return;
          const f = selected >= 0 ? findings[selected] : null;
          switch (event.key) {
            case 'j': case 'ArrowDown': select(Math.min(findings.length - 1, selected + 1), 'both'); break;
            case 'k': case 'ArrowUp': select(Math.max(0, selected - 1), 'both'); break;
            case ' ': case 'x':
              if (target.tagName === 'INPUT' && event.key === ' ') return;
              if (f) toggle(f); break;
            case 'a': if (f) setDecision(f, 'redact'); break;
            case 'r': if (f) setDecision(f, 'keep'); break;
            case 'n': goToPage(currentPage() + 1); break;
            case 'p': goToPage(currentPage() - 1); break;
            case 'e': exportDecisions(); break;
            case '?': toggleHelp(); break;
            case 'Escape': document.getElementById('help').hidden = true; select(-1); break;
            default: return;
          }
          event.preventDefault();
        });
        function toggleHelp() { const help = document.getElementById('help'); help.hidden = !help.hidden; }
        document.getElementById('help-button').addEventListener('click', toggleHelp);

        // Areas: drag a rectangle on a page.
        let areaCounter = 0;
        function newAreaId() {
          const taken = new Set(areas.map(a => a.id));
          let id;
          do { id = 'area-' + (++areaCounter); } while (taken.has(id));
          return id;
        }
        function renderAreas() {
          document.querySelectorAll('.area-box:not(.drawing)').forEach(n => n.remove());
          const listNode = document.getElementById('areas');
          listNode.textContent = '';
          for (const a of areas) {
            const section = pages.get(a.page);
            if (section) {
              const node = el('div', { class: 'area-box' + (a.decision === 'redact' ? '' : ' rejected'), 'data-area': a.id, title: 'area ' + a.id });
              placeBox(node, a.page, a.x, a.y, a.width, a.height);
              section.querySelector('.overlay').append(node);
            }
            const keep = el('input', { type: 'checkbox', 'aria-label': 'Black out area ' + a.id });
            keep.checked = a.decision === 'redact';
            keep.addEventListener('change', () => { a.decision = keep.checked ? 'redact' : 'keep'; markDirty(); renderAreas(); summarize(); });
            const reason = el('input', { type: 'text', value: a.reason || '', placeholder: 'reason (signature, photo…)', 'aria-label': 'Reason' });
            reason.addEventListener('input', () => { a.reason = reason.value; markDirty(); });
            const codes = el('input', { type: 'text', value: (a.exemptions || []).join(', '), placeholder: 'exemptions, e.g. (b)(6)', 'aria-label': 'Exemptions' });
            codes.addEventListener('input', () => { a.exemptions = codes.value.split(',').map(s => s.trim()).filter(Boolean); markDirty(); });
            const remove = el('button', { type: 'button', class: 'small', text: 'remove' });
            remove.addEventListener('click', () => { areas = areas.filter(x => x !== a); markDirty(); renderAreas(); summarize(); });
            listNode.append(el('li', { class: 'area-item', 'data-area': a.id },
              el('div', { class: 'row' }, keep, el('span', { class: 'name', text: a.id + ' · page ' + a.page + ' · ' +
                Math.round(a.width) + '×' + Math.round(a.height) + ' pt' }), remove), reason, codes));
          }
        }
        function addArea(page, x, y, width, height, reason) {
          const area = { id: newAreaId(), page, x: round2(x), y: round2(y), width: round2(width), height: round2(height),
            exemptions: [], reason: reason || 'reviewer', decision: 'redact', source: 'reviewer' };
          areas.push(area);
          markDirty();
          renderAreas();
          summarize();
          return area.id;
        }
        let drawing = null;
        function pointInPage(section, event) {
          const rect = section.getBoundingClientRect();
          const info = pageInfo.get(Number(section.dataset.page));
          const x = Math.max(0, Math.min(rect.width, event.clientX - rect.left)) * info.width / rect.width;
          const y = Math.max(0, Math.min(rect.height, event.clientY - rect.top)) * info.height / rect.height;
          return [x, y];
        }
        if (isPDF) {
          for (const section of pages.values()) {
            section.addEventListener('pointerdown', event => {
              if (event.button !== 0 || event.target.closest('.box, .area-box')) return;
              const [x, y] = pointInPage(section, event);
              const node = el('div', { class: 'area-box drawing' });
              section.querySelector('.overlay').append(node);
              drawing = { section, x, y, node, pointer: event.pointerId };
              section.setPointerCapture(event.pointerId);
              event.preventDefault();
            });
            section.addEventListener('pointermove', event => {
              if (!drawing || drawing.section !== section) return;
              const [x, y] = pointInPage(section, event);
              placeBox(drawing.node, Number(section.dataset.page), Math.min(x, drawing.x), Math.min(y, drawing.y), Math.abs(x - drawing.x), Math.abs(y - drawing.y));
            });
            const finish = event => {
              if (!drawing || drawing.section !== section) return;
              const [x, y] = pointInPage(section, event);
              drawing.node.remove();
              const start = drawing;
              drawing = null;
              const w = Math.abs(x - start.x), h = Math.abs(y - start.y);
              if (event.type === 'pointerup' && w >= 3 && h >= 3) {
                addArea(Number(section.dataset.page), Math.min(x, start.x), Math.min(y, start.y), w, h);
              }
            };
            section.addEventListener('pointerup', finish);
            section.addEventListener('pointercancel', finish);
          }
        }

        // Export: the template manifest with the reviewer's decisions and areas, as a download.
        function buildDecisions() {
          const out = JSON.parse(JSON.stringify(data.template));
          const decided = new Map(findings.map(f => [f.id, f.decision]));
          for (const r of out.redactions) {
            const id = r.id || ('r' + r.start + '-' + r.end);
            if (decided.has(id)) r.decision = decided.get(id);
          }
          const generated = (out.areas || []).filter(a => a.generated === true);
          out.areas = generated.concat(areas.map(a => ({
            id: a.id, page: a.page, x: round2(a.x), y: round2(a.y), width: round2(a.width), height: round2(a.height),
            exemptions: a.exemptions || [], reason: a.reason || '', decision: a.decision
          })));
          return JSON.stringify(out, null, 2) + '\n';
        }
        function exportDecisions() {
          const text = buildDecisions();
          const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
          const link = el('a', { href: url, download: data.exportName });
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(url), 60000);
          dirty = false;
          status('Exported ' + data.exportName + ' — apply it with: blackline redact ' + data.source + ' --decisions ' + data.exportName + ' -o OUT');
        }
        document.getElementById('export').addEventListener('click', exportDecisions);
        window.addEventListener('beforeunload', event => { if (dirty) { event.preventDefault(); event.returnValue = ''; } });

        // Page images are decoded only near the viewport, and dropped again far from it.
        const timings = { setup: 0, firstImage: null, imagesLoaded: 0 };
        if (isPDF && 'IntersectionObserver' in window) {
          const load = new IntersectionObserver(entries => {
            for (const entry of entries) {
              const img = entry.target.querySelector('img');
              if (entry.isIntersecting && !img.getAttribute('src')) img.src = img.dataset.src;
            }
          }, { rootMargin: '1500px 0px' });
          const unload = new IntersectionObserver(entries => {
            for (const entry of entries) {
              const img = entry.target.querySelector('img');
              if (!entry.isIntersecting && img.getAttribute('src')) img.removeAttribute('src');
            }
          }, { rootMargin: '8000px 0px' });
          for (const section of pages.values()) {
            const img = section.querySelector('img');
            img.addEventListener('load', () => {
              timings.imagesLoaded++;
              if (timings.firstImage === null) { timings.firstImage = performance.now(); document.body.dataset.firstImage = '1'; }
            });
            load.observe(section);
            unload.observe(section);
          }
        } else if (isPDF) {
          for (const section of pages.values()) { const img = section.querySelector('img'); img.src = img.dataset.src; }
        }

        renderAreas();
        summarize();
        status('');
        timings.setup = performance.now();
        timings.scriptStart = started;
        // A small API for scripts and tests; the page itself needs none of it.
        window.blacklineReview = {
          timings,
          decisions: () => JSON.parse(buildDecisions()),
          setDecision: (id, decision) => setDecision(byId.get(id), decision),
          addArea: (page, x, y, width, height, reason) => addArea(page, x, y, width, height, reason),
          exportDecisions
        };
        document.body.dataset.ready = '1';
        })();
        """#
}
