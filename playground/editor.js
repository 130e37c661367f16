/* The query editor: a textarea over a highlighted <pre>, with a line gutter, bracket matching, server error marks
   and an autocomplete popup driven by PG.context. */
(function (PG) {
  "use strict";

  var nextId = 0;

  function escapeHtml(s) {
    return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  }

  /**
   * Makes an editor inside `root` (which holds .gutter, pre.highlight, textarea, .ac-popup, .ac-status).
   * Options: getSchema() -> PG.schema.Schema|null, onRun(), onChange(text), onCaret(offset).
   */
  function Editor(root, options) {
    this.root = root;
    this.options = options || {};
    this.textarea = root.querySelector("textarea");
    this.pre = root.querySelector("pre.highlight");
    this.gutter = root.querySelector(".gutter");
    this.popup = root.querySelector(".ac-popup");
    this.status = root.querySelector(".ac-status");
    this.errors = [];
    this.suggestion = null;
    this.active = 0;
    this.escaped = false;
    this.popup.id = this.popup.id || "ac-popup-" + nextId++;
    this.textarea.setAttribute("aria-autocomplete", "list");
    this.textarea.setAttribute("aria-controls", this.popup.id);
    this.bind();
    this.render();
  }

  Editor.prototype.bind = function () {
    var self = this;
    var ta = this.textarea;
    ta.addEventListener("input", function (e) {
      if (self.errors.length) self.setErrors([]);
      self.render();
      if (self.options.onChange) self.options.onChange(ta.value);
      var typed = e.data || "";
      if (self.accepting) self.closeSuggestions();
      else if (e.inputType === "insertText" && /[A-Za-z_$@]$/.test(typed)) self.openSuggestions(false);
      else if (self.suggestion && e.inputType && e.inputType.indexOf("delete") === 0) self.openSuggestions(false);
      else self.closeSuggestions();
    });
    ta.addEventListener("keydown", function (e) {
      self.onKeyDown(e);
    });
    ["keyup", "click", "focus"].forEach(function (name) {
      ta.addEventListener(name, function () {
        self.renderIfCaretMoved();
      });
    });
    ta.addEventListener("blur", function () {
      self.closeSuggestions();
      self.escaped = false;
    });
    ta.addEventListener("scroll", function () {
      self.syncScroll();
    });
    this.popup.addEventListener("mousedown", function (e) {
      var li = e.target.closest("li[data-index]");
      if (!li) return;
      e.preventDefault();
      self.active = Number(li.getAttribute("data-index"));
      self.accept();
    });
  };

  Editor.prototype.onKeyDown = function (e) {
    var open = this.suggestion && this.suggestion.items.length;
    if ((e.ctrlKey || e.metaKey) && e.key === "Enter") {
      e.preventDefault();
      this.closeSuggestions();
      if (this.options.onRun) this.options.onRun();
      return;
    }
    if (e.ctrlKey && (e.key === " " || e.code === "Space")) {
      e.preventDefault();
      this.openSuggestions(true);
      return;
    }
    if (open) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        var n = this.suggestion.items.length;
        this.active = (this.active + (e.key === "ArrowDown" ? 1 : n - 1)) % n;
        this.renderPopup();
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        this.accept();
        return;
      }
      if (e.key === "Escape") {
        e.preventDefault();
        this.closeSuggestions();
        return;
      }
    }
    if (e.key === "Escape") {
      this.escaped = true;
      return;
    }
    if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey && !this.escaped) {
      e.preventDefault();
      this.insert("  ");
      return;
    }
    if (e.key === "Enter" && !e.shiftKey && !e.altKey) {
      e.preventDefault();
      var ta = this.textarea;
      var before = ta.value.slice(0, ta.selectionStart);
      var lineStart = before.lastIndexOf("\n") + 1;
      var indent = /^[ \t]*/.exec(before.slice(lineStart))[0];
      if (/[{(\[]\s*$/.test(before)) indent += "  ";
      this.insert("\n" + indent);
      return;
    }
    if (e.key === "}" && !e.ctrlKey && !e.metaKey && !e.altKey) {
      var t = this.textarea;
      var head = t.value.slice(0, t.selectionStart);
      var lineHead = head.slice(head.lastIndexOf("\n") + 1);
      if (t.selectionStart === t.selectionEnd && /^ {2,}$/.test(lineHead)) {
        e.preventDefault();
        t.setSelectionRange(t.selectionStart - 2, t.selectionStart);
        this.insert("}");
        return;
      }
    }
    if (e.key !== "Shift") this.escaped = false;
  };

  /** Inserts text at the selection through the browser's editing command, so Undo still works. */
  Editor.prototype.insert = function (text) {
    this.textarea.focus();
    var ok = false;
    try {
      ok = document.execCommand("insertText", false, text);
    } catch (err) {
      ok = false;
    }
    if (!ok) {
      this.textarea.setRangeText(text, this.textarea.selectionStart, this.textarea.selectionEnd, "end");
      this.textarea.dispatchEvent(new Event("input"));
    }
  };

  Editor.prototype.getValue = function () {
    return this.textarea.value;
  };

  /** Replaces the whole text (loading an example or a history entry); the caret goes to the start. */
  Editor.prototype.setValue = function (text) {
    this.textarea.value = text;
    this.textarea.setSelectionRange(0, 0);
    this.textarea.scrollTop = 0;
    this.setErrors([]);
    this.closeSuggestions();
    this.render();
    if (this.options.onChange) this.options.onChange(text);
  };

  Editor.prototype.focus = function () {
    this.textarea.focus();
  };

  /** Marks errors as the server reported them: [{line, column, message}], 1-based like GraphQL locations. */
  Editor.prototype.setErrors = function (errors) {
    var text = this.textarea.value;
    var starts = lineStarts(text);
    var tokens = PG.lexer.tokenize(text);
    this.errors = errors
      .filter(function (e) {
        return e.line >= 1 && e.line <= starts.length;
      })
      .map(function (e) {
        var lineEnd = e.line < starts.length ? starts[e.line] - 1 : text.length;
        var offset = Math.min(starts[e.line - 1] + Math.max(0, e.column - 1), lineEnd);
        var end = offset + 1;
        for (var i = 0; i < tokens.length; i++) {
          if (tokens[i].start <= offset && tokens[i].end > offset) {
            end = tokens[i].end;
            break;
          }
        }
        return { line: e.line, column: e.column, message: e.message, start: offset, end: Math.max(end, offset + 1) };
      });
    this.render();
  };

  /** Moves the caret to a 1-based line and column and focuses the editor. */
  Editor.prototype.goTo = function (line, column) {
    var starts = lineStarts(this.textarea.value);
    var offset = (starts[line - 1] || 0) + Math.max(0, column - 1);
    this.textarea.focus();
    this.textarea.setSelectionRange(offset, offset);
    this.render();
  };

  function lineStarts(text) {
    var starts = [0];
    for (var i = 0; i < text.length; i++) if (text[i] === "\n") starts.push(i + 1);
    return starts;
  }

  Editor.prototype.renderIfCaretMoved = function () {
    if (this.textarea.selectionStart !== this.lastCaret) this.render();
  };

  Editor.prototype.render = function () {
    var text = this.textarea.value;
    var caret = this.textarea.selectionStart;
    this.lastCaret = caret;
    var tokens = PG.lexer.classify(PG.lexer.tokenize(text));
    var matched = {};
    var bracketAt = -1;
    if (/[{}()[\]]/.test(text[caret - 1] || "")) bracketAt = caret - 1;
    else if (/[{}()[\]]/.test(text[caret] || "")) bracketAt = caret;
    if (bracketAt >= 0 && document.activeElement === this.textarea) {
      var other = PG.lexer.matchBracket(tokens, bracketAt);
      matched[bracketAt] = other >= 0 ? "bracket-match" : "bracket-unmatched";
      if (other >= 0) matched[other] = "bracket-match";
    }
    var errs = this.errors;
    var html = "";
    var pos = 0;
    function errClass(start, end) {
      for (var k = 0; k < errs.length; k++) if (errs[k].start < end && errs[k].end > start) return " err";
      return "";
    }
    function plain(from, to) {
      var chunk = text.slice(from, to);
      if (!chunk) return "";
      var cls = errClass(from, to);
      if (!cls) return escapeHtml(chunk);
      var out = "";
      for (var c = from; c < to; c++) {
        var e = errClass(c, c + 1);
        var ch = escapeHtml(text[c]);
        out += e && text[c] !== "\n" ? '<span class="err">' + ch + "</span>" : ch;
      }
      return out;
    }
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      html += plain(pos, t.start);
      var cls = "tok-" + t.role + (matched[t.start] ? " " + matched[t.start] : "") + errClass(t.start, t.end);
      html += '<span class="' + cls + '">' + escapeHtml(t.text) + "</span>";
      pos = t.end;
    }
    html += plain(pos, text.length);
    for (var k = 0; k < errs.length; k++) {
      if (errs[k].start >= text.length) html += '<span class="err err-eof"> </span>';
    }
    this.pre.innerHTML = html + "\n ";
    var lines = text.split("\n").length;
    var errLines = {};
    errs.forEach(function (e) {
      errLines[e.line] = (errLines[e.line] ? errLines[e.line] + "\n" : "") + e.message;
    });
    var g = "";
    for (var l = 1; l <= lines; l++) {
      g += errLines[l]
        ? '<div class="ln has-error" title="' + escapeHtml(errLines[l]).replace(/"/g, "&quot;") + '">' + l + "</div>"
        : '<div class="ln">' + l + "</div>";
    }
    this.gutter.innerHTML = g;
    this.syncScroll();
    if (this.options.onCaret) this.options.onCaret(caret);
  };

  Editor.prototype.syncScroll = function () {
    this.pre.scrollTop = this.textarea.scrollTop;
    this.pre.scrollLeft = this.textarea.scrollLeft;
    this.gutter.scrollTop = this.textarea.scrollTop;
    if (this.suggestion) this.placePopup();
  };

  Editor.prototype.openSuggestions = function (explicit) {
    var schema = this.options.getSchema && this.options.getSchema();
    if (!schema) {
      if (explicit) this.announce("Suggestions appear once the schema has loaded: sign in first.");
      return;
    }
    var ta = this.textarea;
    if (ta.selectionStart !== ta.selectionEnd) return;
    var s = PG.context.suggest(ta.value, ta.selectionStart, schema);
    if (!s.items.length || (!explicit && s.exact) || (!explicit && !s.prefix && !/[$@]$/.test(ta.value.slice(0, ta.selectionStart)))) {
      this.closeSuggestions();
      if (explicit) this.announce("No suggestions here.");
      return;
    }
    this.suggestion = s;
    this.active = 0;
    this.renderPopup();
  };

  Editor.prototype.closeSuggestions = function () {
    if (!this.suggestion && this.popup.hidden) return;
    this.suggestion = null;
    this.popup.hidden = true;
    this.popup.innerHTML = "";
    this.textarea.removeAttribute("aria-activedescendant");
  };

  Editor.prototype.announce = function (message) {
    if (this.status) this.status.textContent = message;
  };

  Editor.prototype.renderPopup = function () {
    var items = this.suggestion.items.slice(0, 50);
    var id = this.popup.id;
    var active = this.active;
    var html = "";
    items.forEach(function (item, i) {
      var roles = item.roles ? '<span class="ac-roles">' + escapeHtml(item.roles.join(" ")) + "</span>" : "";
      html +=
        '<li role="option" id="' + id + "-" + i + '" data-index="' + i + '" aria-selected="' + (i === active) + '"' +
        (item.deprecated ? ' class="deprecated"' : "") + '><span class="ac-label">' + escapeHtml(item.label) +
        '</span> <span class="ac-detail">' + escapeHtml(item.detail || "") + "</span>" + roles + "</li>";
    });
    var doc = items[active] && (items[active].doc || items[active].deprecated);
    if (doc) html += '<li class="ac-doc" role="presentation">' + escapeHtml(doc) + "</li>";
    this.popup.innerHTML = html;
    this.popup.hidden = false;
    this.textarea.setAttribute("aria-activedescendant", id + "-" + active);
    var activeEl = this.popup.querySelector('[aria-selected="true"]');
    if (activeEl && activeEl.scrollIntoView) activeEl.scrollIntoView({ block: "nearest" });
    this.announce(items.length + " suggestion" + (items.length === 1 ? "" : "s") + "; " + items[active].label +
      (items[active].detail ? ", " + items[active].detail : ""));
    this.placePopup();
  };

  Editor.prototype.placePopup = function () {
    var ta = this.textarea;
    var before = ta.value.slice(0, this.suggestion ? this.suggestion.start : ta.selectionStart);
    var line = before.split("\n").length - 1;
    var col = before.length - (before.lastIndexOf("\n") + 1);
    var style = getComputedStyle(ta);
    var lineHeight = parseFloat(style.lineHeight) || 20;
    var charWidth = this.charWidth || (this.charWidth = measureChar(this.pre));
    var codeBox = ta.getBoundingClientRect();
    var rootBox = this.root.getBoundingClientRect();
    var left = codeBox.left - rootBox.left + parseFloat(style.paddingLeft) + col * charWidth - ta.scrollLeft;
    var top = codeBox.top - rootBox.top + parseFloat(style.paddingTop) + (line + 1) * lineHeight - ta.scrollTop;
    var maxLeft = Math.max(0, this.root.clientWidth - Math.min(this.popup.offsetWidth || 280, this.root.clientWidth));
    this.popup.style.left = Math.max(0, Math.min(left, maxLeft)) + "px";
    this.popup.style.top = Math.max(0, top) + "px";
  };

  function measureChar(pre) {
    var span = document.createElement("span");
    span.textContent = "MMMMMMMMMM";
    span.style.visibility = "hidden";
    span.style.position = "absolute";
    pre.appendChild(span);
    var w = span.getBoundingClientRect().width / 10;
    pre.removeChild(span);
    return w || 8;
  }

  Editor.prototype.accept = function () {
    var s = this.suggestion;
    if (!s) return;
    var item = s.items[this.active];
    this.closeSuggestions();
    if (!item) return;
    var ta = this.textarea;
    ta.setSelectionRange(s.start, s.end);
    this.accepting = true;
    try {
      this.insert(item.insert);
    } finally {
      this.accepting = false;
    }
    this.closeSuggestions();
  };

  PG.Editor = Editor;
})((window.PG = window.PG || {}));
