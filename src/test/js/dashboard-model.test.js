'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load } = require('./support/amd');
const { level, acme, nordlicht, mueller } = require('./support/fixtures');

const model = load(['contingent-model.js']).require('support-contingent/dashboard-model');

test('the state is the server\'s: suspended, over or used up, a threshold with its percent, ok', () => {
    assert.equal(model.levelView(level('L2', 90, 720, 180), false).state, 'ok');
    const warning = model.levelView(level('L1', 400, 480, 500, { state: 'WARNING', stateThreshold: 80 }), false);
    assert.equal(warning.state, 'threshold');
    assert.equal(warning.stateThreshold, 80);
    assert.equal(model.levelView(level('L1', 480, 480, 480, { state: 'REACHED' }), false).state, 'exhausted');
    assert.equal(model.levelView(level('L1', 600, 540, 900, { state: 'OVER' }), false).state, 'exhausted');
    assert.equal(model.levelView(level('L1', 600, 540, 900, { suspended: true, state: 'SUSPENDED' }), false).state,
        'suspended');
});

test('the item does not second-guess the server: usage over a threshold with state OK stays ok', () => {
    // e.g. after a deletion the recorded 80 % alert stays, the state follows usage (the issue panel says the same)
    const view = model.levelView(level('L1', 300, 480, 400, { state: 'OK' }), false);
    assert.equal(view.state, 'ok');
    assert.equal(view.stateThreshold, null);
});

test('an unknown or missing state shows as ok rather than failing the item', () => {
    assert.equal(model.levelView(level('L1', 10, 480, 20, { state: 'SIDEWAYS' }), false).state, 'ok');
    assert.equal(model.levelView(level('L1', 10, 480, 20, { state: undefined }), false).state, 'ok');
});

test('zero contingent: percentages are unknown once anything is used', () => {
    const unused = model.levelView(level('L3', 0, 0, 0), false);
    assert.equal(unused.projectedPercent, 0);
    const used = model.levelView(level('L3', 30, 0, 60, { state: 'OVER' }), false);
    assert.equal(used.state, 'exhausted');
    assert.equal(used.projectedPercent, null);
});

test('forecast marker: percent of the bar, whose scale is the largest of contingent, used and forecast', () => {
    const within = model.levelView(level('L2', 90, 720, 180), false);
    assert.deepEqual(within.bar, { used: 12.5, over: 0, limit: 100, forecast: 25 });
    assert.equal(within.projectedPercent, 25);

    const beyond = model.levelView(level('L1', 400, 480, 960), false);
    assert.equal(beyond.projectedPercent, 200);
    assert.deepEqual(beyond.bar, { used: 41.7, over: 0, limit: 50, forecast: 100 });

    const over = model.levelView(level('L1', 600, 540, 900), false);
    assert.equal(over.overageMinutes, 60);
    assert.deepEqual(over.bar, { used: 60, over: 6.7, limit: 60, forecast: 100 });
});

test('the forecast is never below what is already used', () => {
    const view = model.levelView(level('L1', 300, 480, 0), false);
    assert.equal(view.projectedMinutes, 300);
    assert.equal(view.bar.forecast, view.bar.used);
});

test('percentages are whole and rounded down, as the server rounds them', () => {
    assert.equal(model.levelView(level('L1', 479, 480, 479), false).projectedPercent, 99);
});

test('hours-only: no rate, no currency when the caller may not see money', () => {
    const hidden = model.contractView(acme(false));
    assert.equal(hidden.moneyVisible, false);
    assert.equal(hidden.currency, null);
    hidden.levels.forEach((l) => assert.equal(l.hourlyRate, null));

    const leaked = acme(false);
    leaked.levels[0].hourlyRate = 99;
    model.contractView(leaked).levels.forEach((l) => assert.equal(l.hourlyRate, null,
        'a rate without moneyVisible is ignored'));

    const shown = model.contractView(acme(true));
    assert.equal(shown.currency, 'EUR');
    assert.deepEqual(shown.levels.map((l) => l.hourlyRate), [70, 80, 90]);
});

test('levels come in L1, L2, L3 order whatever the JSON order', () => {
    assert.deepEqual(model.contractView(acme(false)).levels.map((l) => l.level), ['L1', 'L2', 'L3']);
});

test('contract state is its worst level; top-ups and suspensions are carried', () => {
    const a = model.contractView(acme(false));
    assert.equal(a.state, 'exhausted');
    assert.deepEqual(a.topUps.map((t) => [t.level, t.minutes, t.reason]), [['L1', 60, 'Approved by customer']]);
    const n = model.contractView(nordlicht());
    assert.equal(n.state, 'suspended');
    assert.equal(n.suspensions.length, 1);
    assert.equal(n.suspensions[0].level, null, 'all levels');
    assert.equal(model.contractView(mueller()).state, 'threshold');
});

test('risk order: suspended and over first, then the highest projected percent', () => {
    const quiet = { projectKey: 'QUIET', projectName: 'Quiet', month: '2026-04', moneyVisible: false,
        levels: [level('L1', 10, 480, 20)], alerts: [], activeSuspensions: [], topUps: [] };
    const hot = { projectKey: 'HOT', projectName: 'Hot', month: '2026-04', moneyVisible: false,
        levels: [level('L1', 200, 480, 700)], alerts: [], activeSuspensions: [], topUps: [] };
    const order = model.overview([quiet, mueller(), hot, nordlicht(), acme(false)]).map((c) => c.projectKey);
    // ACME: over (projected 166 %), NORD: suspended (projected 41 %); then HOT 145 % > MUELLER 129 % > QUIET
    assert.deepEqual(order, ['ACME', 'NORD', 'HOT', 'MUELLER', 'QUIET']);
});

test('risk order: ties fall back to the project key; infinite percentages compare equal', () => {
    const zeroA = { projectKey: 'B', projectName: 'B', month: '2026-04',
        levels: [level('L1', 30, 0, 30, { state: 'OVER' })] };
    const zeroB = { projectKey: 'A', projectName: 'A', month: '2026-04',
        levels: [level('L1', 30, 0, 30, { state: 'OVER' })] };
    assert.deepEqual(model.overview([zeroA, zeroB]).map((c) => c.projectKey), ['A', 'B']);
});

test('overview accepts one status object as well as a list', () => {
    assert.deepEqual(model.overview(acme(false)).map((c) => c.projectKey), ['ACME']);
    assert.deepEqual(model.overview(null), []);
});

test('hours are exact H:MM', () => {
    assert.equal(model.hours(0), '0:00');
    assert.equal(model.hours(5), '0:05');
    assert.equal(model.hours(425), '7:05');
    assert.equal(model.hours(720), '12:00');
});

test('format fills placeholders with text and leaves unknown ones', () => {
    assert.equal(model.format('{0} of {1} ({2} %)', ['1:00', '8:00', 12]), '1:00 of 8:00 (12 %)');
    assert.equal(model.format('{0} {3}', ['<b>']), '<b> {3}');
});

test('preferences: all contracts and the current month by default; junk falls back to the defaults', () => {
    const now = new Date(2026, 3, 15);
    assert.deepEqual(model.preferences(undefined, now), { projectKey: '', month: '', effectiveMonth: '2026-04' });
    assert.deepEqual(model.preferences({ projectKey: 'ACME', month: '2026-02' }, now),
        { projectKey: 'ACME', month: '2026-02', effectiveMonth: '2026-02' });
    assert.deepEqual(model.preferences({ projectKey: '../x', month: '2026-13' }, now),
        { projectKey: '', month: '', effectiveMonth: '2026-04' });
});

test('edit validation: month as yyyy-MM or empty, key in Jira form', () => {
    assert.deepEqual(model.validateEdit({ projectKey: 'ACME', month: '2026-04' }),
        { preferences: { projectKey: 'ACME', month: '2026-04', isConfigured: 'true' } });
    assert.deepEqual(model.validateEdit({ projectKey: '', month: ' ' }),
        { preferences: { projectKey: '', month: '', isConfigured: 'true' } });
    assert.deepEqual(model.validateEdit({ projectKey: 'acme x', month: '2026-4' }).errors.map((e) => e.field),
        ['projectKey', 'month']);
});

test('REST URLs: the list for all contracts, one status for one, values encoded', () => {
    assert.equal(model.statusUrl('/jira', { projectKey: '', effectiveMonth: '2026-04' }),
        '/jira/rest/support-contingent/1.0/statuses?month=2026-04');
    assert.equal(model.statusUrl('', { projectKey: 'ACME', effectiveMonth: '2026-04' }),
        '/rest/support-contingent/1.0/projects/ACME/months/2026-04/status');
});

test('report link: Jira report page with the project id, else the project report list by key', () => {
    const contract = model.contractView(acme(false));
    assert.equal(model.reportUrl('/jira', contract, '10000'),
        '/jira/secure/ConfigureReport.jspa?selectedProjectId=10000'
        + '&reportKey=de.tieredsupport.support-contingent%3Abilling-report&month=2026-04');
    assert.equal(model.reportUrl('/jira', contract, null),
        '/jira/projects/ACME?selectedItem=com.atlassian.jira.jira-projects-plugin%3Areport-page');
    assert.equal(model.reportUrl('', contract, '1 OR 1'),
        '/projects/ACME?selectedItem=com.atlassian.jira.jira-projects-plugin%3Areport-page', 'ids are digits only');
    assert.equal(model.contractUrl('/jira', contract),
        '/jira/plugins/servlet/support-contingent/contract?projectKey=ACME');
});
