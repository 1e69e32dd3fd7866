'use strict';
// A minimal DOM for the view tests: elements, text nodes, attributes, style, events and a few queries.
// innerHTML / outerHTML / insertAdjacentHTML throw, so a test fails if the code ever parses HTML.

class Node {
    constructor(doc) {
        this.ownerDocument = doc;
        this.parentNode = null;
        this.childNodes = [];
    }
    get firstChild() {
        return this.childNodes[0] || null;
    }
    appendChild(child) {
        if (child.parentNode) {
            child.parentNode.removeChild(child);
        }
        child.parentNode = this;
        this.childNodes.push(child);
        return child;
    }
    removeChild(child) {
        const i = this.childNodes.indexOf(child);
        if (i < 0) {
            throw new Error('not a child');
        }
        this.childNodes.splice(i, 1);
        child.parentNode = null;
        return child;
    }
    get textContent() {
        return this.childNodes.map((c) => c.textContent).join('');
    }
    set textContent(value) {
        this.childNodes.slice().forEach((c) => this.removeChild(c));
        this.appendChild(this.ownerDocument.createTextNode(value));
    }
}

class Text extends Node {
    constructor(doc, data) {
        super(doc);
        this.data = String(data);
        this.nodeType = 3;
    }
    get textContent() {
        return this.data;
    }
}

function forbidden() {
    throw new Error('HTML parsing is not allowed');
}

class Element extends Node {
    constructor(doc, tag) {
        super(doc);
        this.tagName = tag.toUpperCase();
        this.nodeType = 1;
        this.attributes = {};
        this.style = {};
        this.listeners = {};
        this.value = '';
    }
    get id() {
        return this.getAttribute('id') || '';
    }
    set id(value) {
        this.setAttribute('id', value);
    }
    get className() {
        return this.getAttribute('class') || '';
    }
    set className(value) {
        this.setAttribute('class', value);
    }
    setAttribute(name, value) {
        this.attributes[name] = String(value);
    }
    getAttribute(name) {
        return Object.prototype.hasOwnProperty.call(this.attributes, name) ? this.attributes[name] : null;
    }
    removeAttribute(name) {
        delete this.attributes[name];
    }
    hasClass(name) {
        return this.className.split(/\s+/).includes(name);
    }
    addEventListener(type, listener) {
        (this.listeners[type] = this.listeners[type] || []).push(listener);
    }
    dispatch(type) {
        const event = { type, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
        (this.listeners[type] || []).forEach((l) => l(event));
        return event;
    }
    focus() {
        this.ownerDocument.activeElement = this;
    }
    /** Every element below this one (depth first) that matches the predicate. */
    findAll(predicate) {
        const found = [];
        const walk = (node) => node.childNodes.forEach((c) => {
            if (c instanceof Element) {
                if (predicate(c)) {
                    found.push(c);
                }
                walk(c);
            }
        });
        walk(this);
        return found;
    }
    /** Only "a.class", ".class" and "[attr=value]" forms: enough for the item's own lookups. */
    querySelectorAll(selector) {
        const m = /^(\w+)?(?:\.([\w-]+))?$/.exec(selector);
        if (!m) {
            throw new Error('selector not supported by the stub: ' + selector);
        }
        return this.findAll((e) => (!m[1] || e.tagName === m[1].toUpperCase()) && (!m[2] || e.hasClass(m[2])));
    }
    set innerHTML(value) {
        forbidden();
    }
    get innerHTML() {
        return forbidden();
    }
    set outerHTML(value) {
        forbidden();
    }
    insertAdjacentHTML() {
        forbidden();
    }
}

class Document {
    constructor(lang) {
        this.documentElement = new Element(this, 'html');
        if (lang) {
            this.documentElement.setAttribute('lang', lang);
        }
        this.activeElement = null;
    }
    createElement(tag) {
        return new Element(this, tag);
    }
    createTextNode(text) {
        return new Text(this, text);
    }
}

/** By class, below root. */
function byClass(root, name) {
    return root.findAll((e) => e.hasClass(name));
}

module.exports = { Document, Element, Text, byClass };
