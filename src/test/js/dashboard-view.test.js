'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { load, englishAjs, WEB } = require('./support/amd');
const { Document, byClass } = require('./support/dom');
const { acme, nordlicht, mueller } = require('./support/fixtures');

function modules(ajs) {
    const amd = load(['contingent-model.js', 'contingent-view.js', 'contingent-messages.js'], { AJS: ajs });
    return { model: amd.require('support-contingent/dashboard-model'),
        view: amd.require('support-contingent/dashboard-view'),
        messages: amd.require('support-contingent/dashboard-messages') };
}

function germanAjs() {
    const text = fs.readFileSync(path.join(WEB, '..', '..', 'i18n', 'support-contingent_de.properties'), 'latin1');
    const keys = {};
    for (const line of text.split('\n')) {
        const m = /^([\w.-]+)=(.*)$/.exec(line);
        if (m) {
            keys[m[1]] = JSON.parse('"' + m[2].replace(/"/g, '\\"') + '"');
        }
    }
    return { I18n: { getText: (key) => (key in keys ? keys[key] : key) } };
}

const en = modules(englishAjs());
/** Mid-April 2026 in Berlin: forecasts are shown (they start on 4 April). */
const MID_APRIL = new Date('2026-04-15T10:00:00Z');

function render(list, options, mods, now) {
    const m = mods || en;
    const doc = new Document('en');
    const container = doc.createElement('div');
    const contracts = m.model.overview(list, now || MID_APRIL);
    m.view.renderContracts(doc, container, contracts, '2026-04', m.messages,
        Object.assign({ contextPath: '/jira', locale: 'en', idPrefix: 'sc-1' }, options || {}));
    return container;
}

test('every message of the table is a key of the bundle (no key shows up as text)', () => {
    const keys = englishAjs().keys;
    const source = fs.readFileSync(path.join(WEB, 'contingent-messages.js'), 'utf8');
    const used = [...source.matchAll(/I18n\.getText\('([\w.-]+)'\)/g)].map((m) => m[1]);
    assert.ok(used.length > 30);
    used.forEach((key) => assert.ok(key in keys, key));
    Object.values(en.messages).forEach((text) => assert.ok(!/^support-contingent\./.test(text), text));
});

test('contracts in risk order, each with its levels, data hooks and states in words', () => {
    const root = render([mueller(), nordlicht(), acme(false)]);
    const contracts = byClass(root, 'sc-contract');
    assert.deepEqual(contracts.map((c) => c.getAttribute('data-project')), ['ACME', 'NORD', 'MUELLER']);
    assert.deepEqual(contracts.map((c) => c.getAttribute('data-state')), ['exhausted', 'suspended', 'threshold']);
    assert.equal(contracts[0].id, 'sc-1-ACME');

    const levels = byClass(contracts[0], 'sc-level');
    assert.deepEqual(levels.map((l) => l.getAttribute('data-level')), ['L1', 'L2', 'L3']);
    assert.deepEqual(levels.map((l) => l.getAttribute('data-state')), ['exhausted', 'ok', 'ok']);
    const state = byClass(levels[0], 'sc-state')[0];
    assert.equal(state.getAttribute('data-state'), 'exhausted');
    assert.equal(state.textContent, '\u2715 Contingent exhausted', 'glyph and words, not colour alone');
    assert.equal(byClass(state, 'sc-state-icon')[0].getAttribute('aria-hidden'), 'true');
    assert.equal(byClass(contracts[1], 'sc-state')[0].textContent, '\u2016 Support suspended');
    assert.equal(byClass(contracts[2], 'sc-state')[0].textContent, '! Threshold reached');
});

test('numbers in hours: used of available, over, forecast', () => {
    const root = render([acme(false)]);
    const l1 = byClass(root, 'sc-level')[0];
    assert.equal(byClass(l1, 'sc-level-usage')[0].textContent, '10h of 9h used (111 %)');
    assert.equal(byClass(l1, 'sc-level-over')[0].textContent, '1h over the contingent');
    assert.equal(byClass(l1, 'sc-level-remaining').length, 0);
    assert.equal(byClass(l1, 'sc-level-forecast').length, 0, 'no forecast for an exhausted contingent');
    const l2 = byClass(root, 'sc-level')[1];
    assert.equal(byClass(l2, 'sc-level-remaining')[0].textContent, '10h 30m remaining');
    assert.equal(byClass(l2, 'sc-level-forecast')[0].textContent, 'Forecast at month end: 3h (25 %)');
    const warning = byClass(render([mueller()]), 'sc-level')[0];
    assert.equal(byClass(warning, 'sc-level-forecast')[0].textContent,
        'Forecast at month end: 10h 20m (129 %) Used up around Apr 24, 2026.');
});

test('the bar is an accessible progress bar; its parts are hidden from screen readers', () => {
    const levels = byClass(render([acme(false)]), 'sc-level');
    const bar = byClass(levels[0], 'sc-bar')[0];
    assert.equal(bar.getAttribute('role'), 'progressbar');
    assert.equal(bar.getAttribute('aria-valuemin'), '0');
    assert.equal(bar.getAttribute('aria-valuemax'), '540');
    assert.equal(bar.getAttribute('aria-valuenow'), '540');
    assert.equal(bar.getAttribute('aria-valuetext'),
        '10h of 9h used (111 %). 1h over the contingent. Contingent exhausted');
    assert.equal(bar.getAttribute('aria-labelledby'), 'sc-1-ACME-L1');
    assert.equal(byClass(levels[0], 'sc-level-name')[0].id, 'sc-1-ACME-L1');
    bar.childNodes.forEach((part) => assert.equal(part.getAttribute('aria-hidden'), 'true'));
    assert.equal(byClass(levels[1], 'sc-bar')[0].getAttribute('aria-valuetext'),
        '1h 30m of 12h used (12 %). Forecast at month end: 3h (25 %). OK');
});

test('the bar is the contingent: used within it, the over part after its end, the forecast a marker', () => {
    const levels = byClass(render([acme(false)]), 'sc-level');
    // L1: 600 used of 540: full, 60 over = 11.1 % of the contingent after its end; exhausted: no forecast marker
    assert.equal(byClass(levels[0], 'sc-bar-used')[0].style.width, '100%');
    assert.equal(byClass(levels[0], 'sc-bar-limit')[0].style.left, '100%');
    const over = byClass(levels[0], 'sc-bar-over')[0];
    assert.equal(over.style.left, '100%');
    assert.equal(over.style.width, '11.1%');
    assert.equal(over.getAttribute('data-cut'), 'false');
    assert.equal(over.getAttribute('title'), '1h over the contingent');
    assert.equal(byClass(levels[0], 'sc-bar-forecast').length, 0);
    // L2: 90 of 720, forecast 180: 12.5 % used, the marker at 25 %
    assert.equal(byClass(levels[1], 'sc-bar-used')[0].style.width, '12.5%');
    const marker = byClass(levels[1], 'sc-bar-forecast')[0];
    assert.equal(marker.style.left, '25%');
    assert.equal(marker.getAttribute('data-forecast-percent'), '25');
    assert.equal(marker.getAttribute('data-beyond'), 'false');
    assert.equal(byClass(levels[1], 'sc-bar-over').length, 0);
    // far beyond: the over part is cut at the end of the room
    const far = acme(false);
    far.levels[1] = Object.assign(far.levels[1], { usedMinutes: 2075, availableMinutes: 480, overageMinutes: 1595,
        percentUsed: 432, state: 'OVER' });
    const cut = byClass(byClass(render([far]), 'sc-level')[0], 'sc-bar-over')[0];
    assert.equal(cut.style.width, '20%');
    assert.equal(cut.getAttribute('data-cut'), 'true');
});

test('before the forecasts start: no forecast anywhere, the item says from when', () => {
    const root = render([acme(true), mueller()], {}, en, new Date('2026-04-02T10:00:00Z'));
    const note = byClass(root, 'sc-forecast-note')[0];
    assert.equal(note.getAttribute('data-forecast-from'), '2026-04-04');
    assert.equal(note.textContent,
        'Forecast from Saturday, April 4, once the first 3 working days of the month have passed.');
    assert.equal(byClass(root, 'sc-level-forecast').length, 0);
    assert.equal(byClass(root, 'sc-bar-forecast').length, 0);
    const warning = byClass(root, 'sc-contract')[1].findAll((e) => e.getAttribute('role') === 'progressbar')[0];
    assert.equal(warning.getAttribute('aria-valuetext'), '6h 40m of 8h used (83 %). '
        + 'Forecast from Saturday, April 4, once the first 3 working days of the month have passed. Threshold reached');
    assert.equal(byClass(render([acme(true)]), 'sc-forecast-note').length, 0, 'none once they have started');
    assert.equal(byClass(render([acme(true)], {}, en, new Date('2026-05-04T10:00:00Z')), 'sc-forecast-note').length,
        0, 'none for a month that has ended');
    assert.equal(byClass(render([acme(true)], {}, en, new Date('2026-05-04T10:00:00Z')), 'sc-bar-forecast').length,
        0);
});

test('suspended levels get no forecast', () => {
    const root = render([nordlicht()]);
    assert.equal(byClass(root, 'sc-level-forecast').length, 0);
    assert.equal(byClass(root, 'sc-bar-forecast').length, 0);
});

test('hours only without money: no rate anywhere; with money the rate per level', () => {
    const hidden = render([acme(false)]);
    assert.equal(byClass(hidden, 'sc-level-rate').length, 0);
    assert.ok(!/EUR|\u20ac|70/.test(byClass(hidden, 'sc-contract')[0].textContent.replace(/\d+h( \d+m)?|\d+m/g, '')));
    const shown = render([acme(true)]);
    assert.deepEqual(byClass(shown, 'sc-level-rate').map((r) => r.textContent),
        ['Rate: \u20ac70.00 per hour', 'Rate: \u20ac80.00 per hour', 'Rate: \u20ac90.00 per hour']);
});

test('top-ups and suspensions are listed with level, hours, date and reason', () => {
    const root = render([acme(false), nordlicht()]);
    const topUps = byClass(root, 'sc-topup');
    assert.equal(topUps.length, 1);
    assert.equal(topUps[0].textContent, '1st\u00a0level: +1h. Reason: Approved by customer');
    assert.equal(topUps[0].getAttribute('data-level'), 'L1');
    assert.equal(topUps[0].getAttribute('data-minutes'), '60');
    const suspensions = byClass(root, 'sc-suspension');
    assert.equal(suspensions.length, 1);
    assert.equal(suspensions[0].getAttribute('data-level'), 'ALL');
    assert.equal(suspensions[0].textContent, 'All levels suspended since Apr 8, 2026, 10:00 AM. Reason: Budget frozen');
});

test('links to the billing report and the contract page for billing managers (money visible)', () => {
    const root = render([acme(true)], { projectIds: { ACME: '10000' } });
    const report = byClass(root, 'sc-report-link')[0];
    assert.equal(report.tagName, 'A');
    assert.equal(report.getAttribute('href'), '/jira/secure/ConfigureReport.jspa?selectedProjectId=10000'
        + '&reportKey=de.tieredsupport.support-contingent%3Abilling-report&month=2026-04');
    assert.equal(report.getAttribute('data-project'), 'ACME');
    assert.equal(report.textContent, 'Billing report');
    const contract = byClass(root, 'sc-contract-link')[0];
    assert.equal(contract.getAttribute('href'), '/jira/plugins/servlet/support-contingent/contract?projectKey=ACME');
    assert.equal(byClass(root, 'sc-links')[0].textContent, 'Billing report \u00b7 Contract');
});

test('no links for readers who would be refused (agents: hours only)', () => {
    const root = render([acme(false), nordlicht()], { projectIds: { ACME: '10000' } });
    assert.equal(byClass(root, 'sc-links').length, 0);
    assert.equal(root.findAll((e) => e.tagName === 'A').length, 0);
});

test('user text is only ever text: markup in names and reasons creates no elements', () => {
    const evil = acme(false);
    evil.projectName = '<img src=x onerror=alert(1)>';
    evil.topUps[0].reason = '</li><script>alert(1)</script>';
    const other = nordlicht();
    other.activeSuspensions[0].reason = '"><b>bold</b>';
    const root = render([evil, other]);
    assert.equal(byClass(root, 'sc-contract-name')[0].textContent, '<img src=x onerror=alert(1)>');
    assert.ok(byClass(root, 'sc-topup')[0].textContent.endsWith('</li><script>alert(1)</script>'));
    assert.ok(byClass(root, 'sc-suspension')[0].textContent.endsWith('"><b>bold</b>'));
    const tags = new Set(root.findAll(() => true).map((e) => e.tagName));
    ['IMG', 'SCRIPT', 'B'].forEach((tag) => assert.ok(!tags.has(tag), tag));
});

test('the view never parses HTML (the DOM stand-in throws on innerHTML)', () => {
    const doc = new Document();
    assert.throws(() => { doc.createElement('div').innerHTML = '<b>x</b>'; }, /not allowed/);
    render([acme(true), nordlicht(), mueller()]);
});

test('empty list and messages', () => {
    const root = render([]);
    const message = byClass(root, 'sc-message')[0];
    assert.equal(message.getAttribute('data-kind'), 'empty');
    assert.equal(message.textContent, 'There is no contract you may see with terms in force in 2026-04.');
    assert.equal(byClass(root, 'sc-dashboard')[0].getAttribute('data-month'), '2026-04');
    assert.equal(byClass(root, 'sc-dashboard')[0].getAttribute('data-scope'), 'all');
});

test('the month is shown by name in the reader\'s language', () => {
    const de = modules(germanAjs());
    for (const [mods, locale, expected] of [[en, 'en', 'March 2026'], [de, 'de', 'M\u00e4rz 2026']]) {
        const doc = new Document(locale);
        const container = doc.createElement('div');
        mods.view.renderContracts(doc, container, mods.model.overview([], MID_APRIL), '2026-03', mods.messages,
            { contextPath: '/jira', locale: locale, idPrefix: 'sc-1' });
        assert.equal(byClass(container, 'sc-dashboard-month')[0].textContent, expected);
    }
});

test('German: states, hours and labels from the German bundle', () => {
    const de = modules(germanAjs());
    const root = render([acme(false)], { locale: 'de' }, de);
    const l1 = byClass(root, 'sc-level')[0];
    assert.equal(byClass(l1, 'sc-state')[0].textContent, '\u2715 Kontingent aufgebraucht');
    assert.equal(byClass(l1, 'sc-level-usage')[0].textContent, '10h von 9h verbraucht (111 %)');
    assert.equal(byClass(l1, 'sc-level-over')[0].textContent, '1h \u00fcber dem Kontingent');
    // the level name cannot wrap at its hyphen
    assert.equal(byClass(root, 'sc-topup')[0].textContent, '1st\u2011Level: +1h. Grund: Approved by customer');
    assert.equal(byClass(render([acme(true)], { locale: 'de' }, de), 'sc-report-link')[0].textContent,
        'Abrechnungsbericht');
    const early = render([acme(true)], { locale: 'de' }, de, new Date('2026-04-02T10:00:00Z'));
    assert.equal(byClass(early, 'sc-forecast-note')[0].textContent,
        'Prognose ab Samstag, 4. April, sobald die ersten 3 Arbeitstage des Monats vergangen sind.');
});

test('edit view: labelled controls, current values, AUI form classes', () => {
    const doc = new Document();
    const container = doc.createElement('div');
    const controls = en.view.renderEdit(doc, container, { projectKey: 'NORD', month: '2026-03' },
        en.model.overview([acme(false), nordlicht()]), en.messages, 'sc-7-edit');
    assert.equal(controls.form.className, 'aui sc-dashboard-edit');
    assert.equal(controls.project.id, 'sc-7-edit-project');
    assert.equal(controls.project.value, 'NORD');
    assert.deepEqual(controls.project.childNodes.map((o) => o.getAttribute('value')), ['', 'ACME', 'NORD']);
    assert.equal(controls.project.childNodes[0].textContent, 'All contracts I may see');
    assert.equal(controls.month.value, '2026-03');
    const labels = container.findAll((e) => e.tagName === 'LABEL');
    assert.deepEqual(labels.map((l) => l.getAttribute('for')), ['sc-7-edit-project', 'sc-7-edit-month']);
    assert.equal(controls.save.getAttribute('type'), 'submit');
    assert.equal(controls.cancel.getAttribute('type'), 'button');

    en.view.showEditErrors(doc, controls, [{ field: 'month', message: 'edit.month.invalid' }], en.messages);
    assert.equal(controls.errors.month.textContent, 'Enter the month as yyyy-MM, e.g. 2026-04.');
    assert.equal(controls.month.getAttribute('aria-invalid'), 'true');
    en.view.showEditErrors(doc, controls, [], en.messages);
    assert.equal(controls.errors.month.textContent, '');
    assert.equal(controls.month.getAttribute('aria-invalid'), null);
});

test('a top-up or suspension the customer chose through a decision link says so, by name where the viewer may see it', () => {
    const named = acme(true);
    named.topUps[0].grantedBy = 'Petra Schneider';
    named.topUps[0].decidedViaLink = true;
    assert.equal(byClass(render([named]), 'sc-topup')[0].textContent,
        '1st\u00a0level: +1h. Reason: Approved by customer Decided by the customer (Petra Schneider).');

    // a viewer without the contract's details gets neither name nor reason, but still who decided
    const anonymous = acme(false);
    delete anonymous.topUps[0].grantedBy;
    delete anonymous.topUps[0].reason;
    anonymous.topUps[0].decidedViaLink = true;
    const suspended = nordlicht();
    suspended.activeSuspensions[0].decidedViaLink = true;
    delete suspended.activeSuspensions[0].suspendedBy;
    const root = render([anonymous, suspended]);
    assert.equal(byClass(root, 'sc-topup')[0].textContent, '1st\u00a0level: +1h. Decided by the customer.');
    assert.ok(byClass(root, 'sc-suspension')[0].textContent.endsWith('Reason: Budget frozen Decided by the customer.'));

    const de = modules(germanAjs());
    assert.equal(byClass(render([anonymous], { locale: 'de' }, de), 'sc-topup')[0].textContent,
        '1st\u2011Level: +1h. Vom Kunden entschieden.');
    // a manager's own decision adds nothing
    assert.equal(byClass(render([acme(false)]), 'sc-topup')[0].textContent,
        '1st\u00a0level: +1h. Reason: Approved by customer');
});

test('the 1st-level service hours and the holiday calendar are shown under the contract name', () => {
    const withHours = Object.assign(acme(false), {
        serviceHours: { MONDAY: '08:00-18:00', TUESDAY: '08:00-18:00', WEDNESDAY: '08:00-18:00',
            THURSDAY: '08:00-18:00', FRIDAY: '08:00-14:00', SATURDAY: '09:00-12:00', SUNDAY: null },
        holidays: 'DE-NW'
    });
    const line = byClass(render([withHours]), 'sc-service-hours');
    assert.equal(line.length, 1);
    assert.equal(line[0].textContent, '1st-level service hours: Mon\u2013Thu 08:00\u201318:00, Fri 08:00\u201314:00,'
        + ' Sat 09:00\u201312:00 (Europe/Berlin), public holidays DE-NW');

    const de = modules(germanAjs());
    const defaults = Object.assign(acme(false), { serviceHours: { MONDAY: '10:00-16:00', TUESDAY: '10:00-16:00',
        WEDNESDAY: '10:00-16:00', THURSDAY: '10:00-16:00', FRIDAY: '10:00-16:00', SATURDAY: null, SUNDAY: null } });
    assert.equal(byClass(render([defaults], { locale: 'de' }, de), 'sc-service-hours')[0].textContent,
        'Servicezeiten 1st-Level: Mo\u2013Fr 10:00\u201316:00 (Europe/Berlin)');
});

test('no service hours in the JSON (an older server): no line', () => {
    assert.equal(byClass(render([acme(false)]), 'sc-service-hours').length, 0);
});
