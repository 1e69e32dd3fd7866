'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { load, englishAjs } = require('./support/amd');
const { Document, byClass } = require('./support/dom');
const { acme, nordlicht } = require('./support/fixtures');

/** A fetch that answers from a table of URL -> [status, body] and records what was asked. */
function fakeFetch(routes) {
    const calls = [];
    const fetch = (url, init) => {
        calls.push({ url, init });
        const [status, body] = routes[url] || [404, { errors: [{ field: null, message: 'There is no such resource.' }] }];
        return Promise.resolve({ ok: status >= 200 && status < 300, status,
            text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body)) });
    };
    return { fetch, calls };
}

function fakeApi() {
    const api = { saved: [], closed: 0, titles: [], loading: [], getGadgetId: () => '42' };
    api.savePreferences = (p) => api.saved.push(p);
    api.closeEdit = () => { api.closed += 1; };
    api.setTitle = (t) => api.titles.push(t);
    api.showLoadingBar = () => api.loading.push('show');
    api.hideLoadingBar = () => api.loading.push('hide');
    api.resize = () => {};
    return api;
}

function item(routes, now) {
    const http = fakeFetch(routes);
    const amd = load(['contingent-model.js', 'contingent-view.js', 'contingent-messages.js',
        'contingent-dashboard-item.js'], { AJS: englishAjs(), fetch: http.fetch, document: undefined });
    const DashboardItem = amd.require('support-contingent/dashboard-item');
    const api = fakeApi();
    const doc = new Document('en');
    const element = doc.createElement('div');
    const instance = new DashboardItem(api, { document: doc, now: () => now || new Date(2026, 3, 15) });
    return { instance, api, doc, element, calls: http.calls, jquery: { jquery: '3', 0: element, length: 1 } };
}

const STATUSES = '/jira/rest/support-contingent/1.0/statuses?month=2026-04';

test('is an AMD module with the dashboard item contract: constructor(API), render, renderEdit', () => {
    const { instance } = item({});
    assert.equal(typeof instance.render, 'function');
    assert.equal(typeof instance.renderEdit, 'function');
});

test('render: all contracts of the current month, riskiest first, report links made exact with project ids', async () => {
    const nord = Object.assign(nordlicht(), { moneyVisible: true });
    const t = item({
        [STATUSES]: [200, [nord, acme(true)]],
        '/jira/rest/api/2/project/ACME': [200, { id: '10000', key: 'ACME' }],
        '/jira/rest/api/2/project/NORD': [403, { errorMessages: ['no'] }]
    });
    await t.instance.render(t.jquery, {});
    assert.equal(t.calls[0].url, STATUSES);
    assert.equal(t.calls[0].init.credentials, 'same-origin');
    assert.deepEqual(byClass(t.element, 'sc-contract').map((c) => c.getAttribute('data-project')), ['ACME', 'NORD']);
    const links = byClass(t.element, 'sc-report-link');
    assert.equal(links[0].getAttribute('data-project-id'), '10000');
    assert.ok(links[0].getAttribute('href').startsWith('/jira/secure/ConfigureReport.jspa?selectedProjectId=10000&'));
    assert.equal(links[1].getAttribute('href'),
        '/jira/projects/NORD?selectedItem=com.atlassian.jira.jira-projects-plugin%3Areport-page',
        'without an id the project report list');
    assert.deepEqual(t.api.loading, ['show', 'hide']);
    assert.equal(byClass(t.element, 'sc-contract')[0].id, 'sc-42-ACME');
});

test('render for an agent: no links and no project lookups for them', async () => {
    const t = item({ [STATUSES]: [200, [nordlicht(), acme(false)]] });
    await t.instance.render(t.jquery, {});
    assert.deepEqual(t.calls.map((c) => c.url), [STATUSES]);
    assert.equal(byClass(t.element, 'sc-contract').length, 2);
    assert.equal(byClass(t.element, 'sc-links').length, 0);
});

test('render: the forecast follows the item\'s clock in the contract\'s zone', async () => {
    const early = item({ [STATUSES]: [200, [acme(true)]] }, new Date('2026-04-02T10:00:00Z'));
    await early.instance.render(early.element, {});
    assert.equal(byClass(early.element, 'sc-forecast-note')[0].getAttribute('data-forecast-from'), '2026-04-04');
    assert.equal(byClass(early.element, 'sc-bar-forecast').length, 0);
    const later = item({ [STATUSES]: [200, [acme(true)]] });
    await later.instance.render(later.element, {});
    assert.equal(byClass(later.element, 'sc-forecast-note').length, 0);
    assert.equal(byClass(later.element, 'sc-bar-forecast').length, 2, 'L2 and L3; L1 is exhausted');
});

test('render: one contract and a chosen month', async () => {
    const url = '/jira/rest/support-contingent/1.0/projects/ACME/months/2026-03/status';
    const status = Object.assign(acme(true), { month: '2026-03' });
    const t = item({ [url]: [200, status], '/jira/rest/api/2/project/ACME': [200, { id: 10000 }] });
    await t.instance.render(t.jquery, { projectKey: 'ACME', month: '2026-03', isConfigured: 'true' });
    assert.equal(t.calls[0].url, url);
    assert.equal(byClass(t.element, 'sc-dashboard')[0].getAttribute('data-scope'), 'one');
    assert.equal(byClass(t.element, 'sc-dashboard')[0].getAttribute('data-month'), '2026-03');
    assert.deepEqual(t.api.titles, ['Support contingents: ACME']);
});

test('render: refusals become messages in words', async () => {
    for (const [status, text] of [[401, 'Log in to see the contingents.'], [403, 'You may not see this contract.'],
        [500, 'The contingents could not be loaded (HTTP 500).']]) {
        const t = item({ [STATUSES]: [status, { errors: [] }] });
        await t.instance.render(t.element, {});
        const message = byClass(t.element, 'sc-message')[0];
        assert.equal(message.getAttribute('data-kind'), 'error');
        assert.equal(message.getAttribute('role'), 'alert');
        assert.equal(message.textContent, text);
    }
    const t = item({ [STATUSES]: [400, { errors: [{ field: 'month', message: '<b>Bad</b> month' }] }] });
    await t.instance.render(t.element, {});
    assert.equal(byClass(t.element, 'sc-message')[0].textContent, '<b>Bad</b> month', 'server text as text');
});

test('edit: lists the visible contracts, validates, saves through the API, cancels', async () => {
    const t = item({ [STATUSES]: [200, [nordlicht(), acme(false)]] });
    const controls = await t.instance.renderEdit(t.jquery, { projectKey: '', month: '' });
    assert.deepEqual(controls.project.childNodes.map((o) => o.getAttribute('value')), ['', 'ACME', 'NORD']);
    assert.equal(controls.form.id, 'sc-42-edit');

    controls.month.value = '04/2026';
    const refused = controls.form.dispatch('submit');
    assert.ok(refused.defaultPrevented);
    assert.deepEqual(t.api.saved, []);
    assert.equal(controls.errors.month.textContent, 'Enter the month as yyyy-MM, e.g. 2026-04.');
    assert.equal(t.doc.activeElement, controls.month);

    controls.month.value = '2026-03';
    controls.project.value = 'NORD';
    controls.form.dispatch('submit');
    assert.deepEqual(t.api.saved, [{ projectKey: 'NORD', month: '2026-03', isConfigured: 'true' }]);

    controls.cancel.dispatch('click');
    assert.equal(t.api.closed, 1);
});

test('edit: still usable when the list of contracts cannot be loaded', async () => {
    const t = item({ [STATUSES]: [500, {}] });
    const controls = await t.instance.renderEdit(t.element, { projectKey: 'ACME', month: '2026-02' });
    assert.deepEqual(controls.project.childNodes.map((o) => o.getAttribute('value')), ['', 'ACME']);
    controls.form.dispatch('submit');
    assert.deepEqual(t.api.saved, [{ projectKey: 'ACME', month: '2026-02', isConfigured: 'true' }]);
});
