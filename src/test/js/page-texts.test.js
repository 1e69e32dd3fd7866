'use strict';
// The texts the page scripts share: placeholders filled from data-msg-* patterns, messages of REST error bodies.
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const SOURCE = path.join(__dirname, '..', '..', 'main', 'resources', 'web', 'common', 'page-texts.js');

function texts() {
    const window = {};
    vm.runInThisContext('(function (window) {\n' + fs.readFileSync(SOURCE, 'utf8') + '\n})',
        { filename: 'page-texts.js', lineOffset: -1 })(window);
    return window.SupportContingentTexts;
}

test('placeholders are filled by position and missing ones stay', () => {
    const { format } = texts();
    assert.equal(format('Close {0} for {1}?', ['December 2026', 'ACME']), 'Close December 2026 for ACME?');
    assert.equal(format('{1} before {0}', ['a', 'b']), 'b before a');
    assert.equal(format('Left {0} and {2}', ['x']), 'Left x and {2}');
    assert.equal(format('<b>{0}</b>', ['<i>']), '<b><i></b>', 'text in, text out: callers write it as textContent');
});

test('the messages of an error body, and none for anything else', () => {
    const { errorMessages } = texts();
    assert.deepEqual(errorMessages({ errors: [{ field: 'category', message: 'Choose a category.' },
        { field: 'body', message: '' }, { message: 42 }, null] }), ['Choose a category.']);
    assert.deepEqual(errorMessages({ message: 'Not found' }), []);
    assert.deepEqual(errorMessages(null), []);
    assert.deepEqual(errorMessages('<html>'), []);
});
