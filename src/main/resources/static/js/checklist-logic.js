/*
 * Checklist conditions on the phone: the subset of JSON Logic that the server evaluates with json-logic-java (var,
 * ==, !=, <, <=, >, >=, and, or, !, in), with that library's answers where JSON Logic's own script differs (a missing
 * answer compared as a number is false, not 0). src/test/resources/audit/condition-vectors.json holds both to the
 * same answers: ChecklistLogicTests on the server, ChecklistLogicBrowserTests here.
 */
(function () {
    'use strict';

    function truthy(value) {
        if (value === null || value === undefined) return false;
        if (typeof value === 'boolean') return value;
        if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
        if (typeof value === 'string') return value.length > 0;
        if (Array.isArray(value)) return value.length > 0;
        return true;
    }

    /* A number from text as Java's Double.parseDouble reads it, or null when it is none. */
    function parsed(text) {
        var trimmed = text.trim();
        if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return null;
        return Number(trimmed);
    }

    function equal(a, b) {
        if (a === null && b === null) return true;
        if (a === null || b === null) return false;
        var ta = typeof a, tb = typeof b;
        if (ta === 'number' && tb === 'number') return a === b;
        if (ta === 'number' && tb === 'string') return numberEqualsText(a, b);
        if (ta === 'string' && tb === 'number') return numberEqualsText(b, a);
        if (ta === 'number' && tb === 'boolean') return b ? a === 1 : a === 0;
        if (ta === 'boolean' && tb === 'number') return a ? b === 1 : b === 0;
        if (ta === 'string' && tb === 'string') return a === b;
        if (ta === 'string' && tb === 'boolean') return truthy(a) === b;
        if (ta === 'boolean' && tb === 'string') return truthy(b) === a;
        if (ta === 'boolean' && tb === 'boolean') return a === b;
        return !truthy(a) && !truthy(b);
    }

    function numberEqualsText(number, text) {
        var value = text.trim() === '' ? 0 : parsed(text);
        return value !== null && value === number;
    }

    function compare(operator, a, b) {
        var x = typeof a === 'string' ? parsed(a) : (typeof a === 'number' ? a : null);
        var y = typeof b === 'string' ? parsed(b) : (typeof b === 'number' ? b : null);
        if (x === null || y === null) return false;
        switch (operator) {
            case '<': return x < y;
            case '<=': return x <= y;
            case '>': return x > y;
            default: return x >= y;
        }
    }

    function contains(needle, haystack) {
        if (typeof haystack === 'string') return needle !== null && haystack.indexOf(String(needle)) >= 0;
        if (Array.isArray(haystack)) return haystack.some(function (item) { return item === needle; });
        return false;
    }

    function variable(argument, data) {
        var name = Array.isArray(argument) ? argument[0] : argument;
        var value = data && Object.prototype.hasOwnProperty.call(data, name) ? data[name] : null;
        if ((value === null || value === undefined) && Array.isArray(argument) && argument.length > 1) {
            return argument[1];
        }
        return value === undefined ? null : value;
    }

    function apply(rule, data) {
        if (Array.isArray(rule)) return rule.map(function (item) { return apply(item, data); });
        if (rule === null || typeof rule !== 'object') return rule;
        var operator = Object.keys(rule)[0];
        var args = rule[operator];
        if (operator === 'var') return variable(args, data);
        if (!Array.isArray(args)) args = [args];
        var i, value;
        if (operator === 'and') {
            for (i = 0; i < args.length; i++) {
                value = apply(args[i], data);
                if (!truthy(value)) return value;
            }
            return value;
        }
        if (operator === 'or') {
            for (i = 0; i < args.length; i++) {
                value = apply(args[i], data);
                if (truthy(value)) return value;
            }
            return value;
        }
        var values = args.map(function (arg) { return apply(arg, data); });
        switch (operator) {
            case '==': return equal(values[0], values[1]);
            case '!=': return !equal(values[0], values[1]);
            case '<': case '<=': case '>': case '>=': return compare(operator, values[0], values[1]);
            case '!': return !truthy(values[0]);
            case 'in': return values.length >= 2 && contains(values[0], values[1]);
            default: throw new Error('Unknown operator ' + operator);
        }
    }

    window.TandemChecklistLogic = {
        apply: apply,
        truthy: truthy,
        /* Whether a condition holds for the answers by question name; no condition always holds. */
        holds: function (rule, answers) {
            if (rule === null || rule === undefined) return true;
            try {
                return truthy(apply(rule, answers));
            } catch (e) {
                return false;
            }
        }
    };
})();
