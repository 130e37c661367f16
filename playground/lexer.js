/* GraphQL tokenizer and token classifier, tolerant of unfinished text: the editor calls it on every keystroke. */
(function (PG) {
  "use strict";

  var NAME_START = /[A-Za-z_]/;
  var NAME_CHAR = /[A-Za-z0-9_]/;

  /** Splits text into tokens {kind, start, end, text}; kinds: name, number, string, comment, punct, invalid. */
  function tokenize(text) {
    var tokens = [];
    var i = 0;
    var n = text.length;
    while (i < n) {
      var c = text[i];
      var start = i;
      if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "," || c === "\ufeff") {
        i++;
        continue;
      }
      if (c === "#") {
        while (i < n && text[i] !== "\n" && text[i] !== "\r") i++;
        tokens.push({ kind: "comment", start: start, end: i });
        continue;
      }
      if (c === '"') {
        if (text.substr(i, 3) === '"""') {
          i += 3;
          while (i < n && text.substr(i, 3) !== '"""') i += text[i] === "\\" && text.substr(i, 4) === '\\"""' ? 4 : 1;
          i = Math.min(n, i + 3);
        } else {
          i++;
          while (i < n && text[i] !== '"' && text[i] !== "\n") i += text[i] === "\\" ? 2 : 1;
          if (i < n && text[i] === '"') i++;
        }
        tokens.push({ kind: "string", start: start, end: Math.min(i, n) });
        i = Math.min(i, n);
        continue;
      }
      if (c === "." && text.substr(i, 3) === "...") {
        i += 3;
        tokens.push({ kind: "punct", start: start, end: i });
        continue;
      }
      if ("{}()[]:!=@$|&".indexOf(c) >= 0) {
        i++;
        tokens.push({ kind: "punct", start: start, end: i });
        continue;
      }
      if (c === "-" || (c >= "0" && c <= "9")) {
        i++;
        while (i < n && /[0-9.eE+\-]/.test(text[i])) i++;
        tokens.push({ kind: "number", start: start, end: i });
        continue;
      }
      if (NAME_START.test(c)) {
        while (i < n && NAME_CHAR.test(text[i])) i++;
        tokens.push({ kind: "name", start: start, end: i });
        continue;
      }
      i++;
      tokens.push({ kind: "invalid", start: start, end: i });
    }
    for (var t = 0; t < tokens.length; t++) tokens[t].text = text.slice(tokens[t].start, tokens[t].end);
    return tokens;
  }

  /**
   * Gives each token a highlighting role from its neighbours: keyword, def (operation or fragment name),
   * field, alias, arg, variable, directive, type, enum, constant, string, number, comment, punct.
   */
  function classify(tokens) {
    var braces = 0;
    var parens = 0;
    var topParens = false;
    var prevSig = null;
    var expectType = false;
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      if (t.kind === "comment") {
        t.role = "comment";
        continue;
      }
      var next = nextSignificant(tokens, i);
      var p = prevSig ? prevSig.text : "";
      if (t.kind === "string" || t.kind === "number" || t.kind === "invalid") {
        t.role = t.kind;
      } else if (t.kind === "punct") {
        t.role = "punct";
        if (t.text === "{") braces++;
        else if (t.text === "}") braces = Math.max(0, braces - 1);
        else if (t.text === "(") {
          parens++;
          if (braces === 0) topParens = true;
        } else if (t.text === ")") {
          parens = Math.max(0, parens - 1);
          if (parens === 0) topParens = false;
        }
        if (t.text === "$" && next && next.kind === "name" && next.start === t.end) t.role = "variable";
        if (t.text === "@" && next && next.kind === "name" && next.start === t.end) t.role = "directive";
        if (t.text === ":" && topParens && braces === 0) expectType = true;
        if (t.text === "=" || t.text === ")") expectType = false;
      } else {
        var nx = next ? next.text : "";
        if (p === "$") t.role = "variable";
        else if (p === "@") t.role = "directive";
        else if (p === "on" && prevSig.role === "keyword") t.role = "type";
        else if (expectType && topParens) t.role = "type";
        else if (braces === 0 && parens === 0 && /^(query|mutation|subscription|fragment)$/.test(t.text) &&
          !(prevSig && prevSig.role === "keyword")) t.role = "keyword";
        else if (t.text === "on" && (p === "..." || (prevSig && prevSig.role === "def"))) t.role = "keyword";
        else if (braces === 0 && parens === 0 && prevSig && prevSig.role === "keyword") t.role = "def";
        else if (parens > 0 && nx === ":" && p !== ":") t.role = "arg";
        else if (parens > 0) t.role = /^(true|false|null)$/.test(t.text) ? "constant" : "enum";
        else if (braces > 0 && nx === ":") t.role = "alias";
        else if (braces > 0 && p === "...") t.role = "def";
        else if (braces > 0) t.role = "field";
        else t.role = "name";
      }
      prevSig = t;
    }
    return tokens;
  }

  function nextSignificant(tokens, i) {
    for (var j = i + 1; j < tokens.length; j++) if (tokens[j].kind !== "comment") return tokens[j];
    return null;
  }

  /** Finds the bracket matching the one at `offset`, skipping strings and comments; returns its offset or -1. */
  function matchBracket(tokens, offset) {
    var pairs = { "{": "}", "(": ")", "[": "]" };
    var closers = { "}": "{", ")": "(", "]": "[" };
    var idx = -1;
    for (var i = 0; i < tokens.length; i++) {
      if (tokens[i].kind === "punct" && tokens[i].start === offset) {
        idx = i;
        break;
      }
    }
    if (idx < 0) return -1;
    var ch = tokens[idx].text;
    var depth = 0;
    if (pairs[ch]) {
      for (var j = idx; j < tokens.length; j++) {
        if (tokens[j].kind !== "punct") continue;
        if (tokens[j].text === ch) depth++;
        else if (tokens[j].text === pairs[ch] && --depth === 0) return tokens[j].start;
      }
    } else if (closers[ch]) {
      for (var k = idx; k >= 0; k--) {
        if (tokens[k].kind !== "punct") continue;
        if (tokens[k].text === ch) depth++;
        else if (tokens[k].text === closers[ch] && --depth === 0) return tokens[k].start;
      }
    }
    return -1;
  }

  /** Lists the operations of a document: [{name, type, start, end}] in order; `name` is null when anonymous. */
  function operations(tokens) {
    var ops = [];
    var depth = 0;
    var current = null;
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      if (t.kind === "comment") continue;
      if (depth === 0 && t.kind === "name" && /^(query|mutation|subscription|fragment)$/.test(t.text) && !current) {
        var nt = nextSignificant(tokens, i);
        current = { type: t.text, name: nt && nt.kind === "name" && nt.text !== "on" ? nt.text : null, start: t.start };
      } else if (depth === 0 && t.text === "{" && !current) {
        current = { type: "query", name: null, start: t.start };
      }
      if (t.kind === "punct" && t.text === "{") depth++;
      if (t.kind === "punct" && t.text === "}") {
        depth = Math.max(0, depth - 1);
        if (depth === 0 && current) {
          current.end = t.end;
          if (current.type !== "fragment") ops.push(current);
          current = null;
        }
      }
    }
    if (current && current.type !== "fragment") {
      current.end = Infinity;
      ops.push(current);
    }
    return ops;
  }

  PG.lexer = { tokenize: tokenize, classify: classify, matchBracket: matchBracket, operations: operations };
})((window.PG = window.PG || {}));
