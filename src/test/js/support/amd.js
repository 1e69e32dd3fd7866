'use strict';
// Loads the plugin's AMD files (define('name', [deps], factory)) in a fresh context, as Jira's loader would.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const WEB = path.join(__dirname, '..', '..', '..', 'main', 'resources', 'web', 'dashboard');

/**
 * Runs the files in this realm (so that objects compare with assert.deepEqual), each wrapped in a function whose
 * parameters stand in for the page's globals: define, and whatever the test passes (AJS, document, fetch ...).
 */
function load(files, globals) {
    const factories = {};
    const modules = {};
    const define = function (name, deps, factory) {
        factories[name] = { deps, factory };
    };
    define.amd = {};
    const names = ['define'].concat(Object.keys(globals || {}));
    const values = [define].concat(Object.values(globals || {}));
    for (const file of files) {
        const source = fs.readFileSync(path.join(WEB, file), 'utf8');
        const wrapped = vm.runInThisContext('(function (' + names.join(', ') + ') {\n' + source + '\n})',
            { filename: file, lineOffset: -1 });
        wrapped.apply(null, values);
    }
    function require(name) {
        if (!(name in modules)) {
            const entry = factories[name];
            if (!entry) {
                throw new Error('no module ' + name);
            }
            modules[name] = entry.factory.apply(null, entry.deps.map(require));
        }
        return modules[name];
    }
    return { require };
}

/** AJS.I18n.getText of the English bundle, as the jsI18n transformer would fill it in. */
function englishAjs() {
    const text = fs.readFileSync(path.join(WEB, '..', '..', 'i18n', 'support-contingent.properties'), 'latin1');
    const keys = {};
    for (const line of text.split('\n')) {
        const m = /^([\w.-]+)=(.*)$/.exec(line);
        if (m) {
            // \uXXXX escapes as Java reads them (the English bundle has no-break spaces in level names)
            keys[m[1]] = m[2].replace(/\\u([0-9a-fA-F]{4})/g, (all, hex) => String.fromCharCode(parseInt(hex, 16)));
        }
    }
    return { I18n: { getText: (key) => (key in keys ? keys[key] : key) }, contextPath: () => '/jira', keys };
}

module.exports = { load, englishAjs, WEB };
