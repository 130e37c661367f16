/* What can be typed at the caret: walks the tokens before it and answers with suggestions from the schema. */
(function (PG) {
  "use strict";

  var S = PG.schema;

  /**
   * Suggestions at `caret` in `text`: {start, end, prefix, items: [{label, insert, detail, doc, deprecated, roles}]}.
   * `start`..`end` is the partial word the chosen item replaces.
   */
  function suggest(text, caret, schema) {
    var all = PG.lexer.tokenize(text.slice(0, caret)).filter(function (t) {
      return t.kind !== "comment";
    });
    var prefix = "";
    var start = caret;
    var last = all[all.length - 1];
    if (last && last.kind === "name" && last.end === caret) {
      prefix = last.text;
      start = last.start;
      all.pop();
    }
    var end = caret;
    while (end < text.length && /[A-Za-z0-9_]/.test(text[end])) end++;
    var state = walk(all, schema);
    var prev = all[all.length - 1];
    var prevText = prev ? prev.text : "";
    var adjacent = prev && prev.end === start;
    var items = [];
    var frame = state.stack[state.stack.length - 1];

    if (adjacent && prevText === "$") {
      if (!frame || frame.k !== "vars") {
        items = state.variables.map(function (v) {
          return { label: v.name, insert: v.name, detail: v.type, kind: "variable" };
        });
      }
    } else if (adjacent && prevText === "@") {
      items = schema.directives.map(function (d) {
        return { label: d.name, insert: d.name, detail: "directive", doc: d.description, kind: "directive" };
      });
    } else if (prevText === "on" && prevKeywordOn(all)) {
      items = typeNames(schema, /^(OBJECT|INTERFACE|UNION)$/);
    } else if (!frame) {
      if (prev && prev.kind === "name") return { start: start, end: end, prefix: prefix, items: [], exact: false };
      items = ["query", "mutation", "subscription", "fragment"].map(function (k) {
        return { label: k, insert: k, detail: "keyword", kind: "keyword" };
      });
    } else if (frame.k === "vars") {
      if (prevText === ":" || prevText === "[") items = typeNames(schema, /^(SCALAR|ENUM|INPUT_OBJECT)$/);
    } else if (frame.k === "sel") {
      if (prevText === "...") {
        items = [{ label: "on", insert: "on ", detail: "inline fragment", kind: "keyword" }];
      } else if (frame.type && schema.type(frame.type)) {
        items = fieldItems(schema, frame.type);
      }
    } else if (frame.k === "args") {
      if (prevText === ":") items = valueItems(schema, frame.arg && frame.arg.type);
      else if (frame.owner && frame.owner.args) {
        items = frame.owner.args
          .filter(function (a) {
            return !frame.used[a.name];
          })
          .map(function (a) {
            return { label: a.name, insert: a.name + ": ", detail: S.printType(a.type), doc: a.description, kind: "argument" };
          });
      }
    } else if (frame.k === "obj") {
      var it = schema.type(frame.type);
      if (prevText === ":") items = valueItems(schema, frame.field && frame.field.type);
      else if (it && it.inputFields) {
        items = it.inputFields
          .filter(function (f) {
            return !frame.used[f.name];
          })
          .map(function (f) {
            return { label: f.name, insert: f.name + ": ", detail: S.printType(f.type), doc: f.description, kind: "input field" };
          });
      }
    } else if (frame.k === "list") {
      items = valueItems(schema, frame.ref);
    }

    var lower = prefix.toLowerCase();
    var exact = items.some(function (item) {
      return item.label === prefix;
    });
    items = items.filter(function (item) {
      return item.label.toLowerCase().indexOf(lower) >= 0 && item.label !== prefix;
    });
    items.sort(function (a, b) {
      var ap = a.label.toLowerCase().indexOf(lower) === 0 ? 0 : 1;
      var bp = b.label.toLowerCase().indexOf(lower) === 0 ? 0 : 1;
      return ap - bp;
    });
    return { start: start, end: end, prefix: prefix, items: items, exact: exact };
  }

  function prevKeywordOn(all) {
    var before = all[all.length - 2];
    return !before || before.text === "..." || before.kind === "name";
  }

  function typeNames(schema, kinds) {
    return schema.typeList
      .filter(function (t) {
        return kinds.test(t.kind) && t.name.indexOf("__") !== 0;
      })
      .map(function (t) {
        return { label: t.name, insert: t.name, detail: t.kind.toLowerCase().replace("_", " "), doc: t.description, kind: "type" };
      });
  }

  function fieldItems(schema, typeName) {
    var t = schema.type(typeName);
    var items = (t.fields || []).map(function (f) {
      return {
        label: f.name,
        insert: f.name,
        detail: S.printType(f.type),
        doc: f.description,
        deprecated: f.isDeprecated ? f.deprecationReason || "Deprecated" : null,
        roles: schema.roles(typeName, f.name),
        kind: "field",
      };
    });
    items.push({ label: "__typename", insert: "__typename", detail: "String!", doc: "The name of the object's type.", kind: "field" });
    return items;
  }

  function valueItems(schema, ref) {
    var named = S.namedType(ref);
    var t = named && schema.type(named);
    if (!t) return [];
    if (t.kind === "ENUM") {
      return t.enumValues.map(function (v) {
        return {
          label: v.name,
          insert: v.name,
          detail: named,
          doc: v.description,
          deprecated: v.isDeprecated ? v.deprecationReason || "Deprecated" : null,
          kind: "enum value",
        };
      });
    }
    if (named === "Boolean") {
      return ["true", "false"].map(function (b) {
        return { label: b, insert: b, detail: "Boolean", kind: "constant" };
      });
    }
    return [];
  }

  /** Replays the tokens and keeps a stack of frames: selection sets, argument lists, input objects, lists. */
  function walk(tokens, schema) {
    var stack = [];
    var variables = [];
    var pendingType = null;
    var lastField = null;
    var lastDirective = null;
    var afterDirective = false;
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      var prev = tokens[i - 1];
      var next = tokens[i + 1];
      var frame = stack[stack.length - 1];
      var text = t.text;
      if (!frame) {
        if (t.kind === "name" && /^(query|mutation|subscription)$/.test(text)) {
          variables = [];
          pendingType =
            text === "query" ? schema.queryType : text === "mutation" ? schema.mutationType : schema.subscriptionType;
        } else if (t.kind === "name" && text === "fragment") {
          variables = [];
          pendingType = null;
        } else if (t.kind === "name" && prev && prev.text === "on") {
          pendingType = text;
        } else if (text === "(") {
          stack.push({ k: "vars", depth: 1 });
        } else if (text === "{") {
          if (!pendingType) {
            variables = [];
            pendingType = schema.queryType;
          }
          stack.push({ k: "sel", type: pendingType });
          pendingType = null;
        }
        continue;
      }
      if (frame.k === "vars") {
        if (text === "(") frame.depth++;
        else if (text === ")" && --frame.depth === 0) stack.pop();
        else if (t.kind === "name" && prev && prev.text === "$" && prev.end === t.start && frame.depth === 1) {
          var typeText = "";
          if (next && next.text === ":") {
            for (var j = i + 2; j < tokens.length && /^[\[\]!]$|^[A-Za-z_]/.test(tokens[j].text); j++) {
              typeText += tokens[j].text;
              if (tokens[j].kind === "name" && !(tokens[j + 1] && /^[\]!]$/.test(tokens[j + 1].text))) break;
            }
          }
          variables.push({ name: text, type: typeText });
        }
        continue;
      }
      if (frame.k === "sel") {
        if (t.kind === "name") {
          if (prev && prev.text === "@") {
            lastDirective = text;
            afterDirective = true;
          } else if (prev && prev.text === "..." && text === "on") {
            afterDirective = false;
          } else if (prev && prev.text === "on" && tokens[i - 2] && tokens[i - 2].text === "...") {
            pendingType = text;
          } else if (prev && prev.text === "...") {
            pendingType = null;
          } else if (!(next && next.text === ":")) {
            afterDirective = false;
            lastField = schema.field(frame.type, text);
            pendingType = lastField ? S.namedType(lastField.type) : text === "__typename" ? null : null;
          }
        } else if (text === "(") {
          var owner = afterDirective ? directiveDef(schema, lastDirective) : lastField;
          stack.push({ k: "args", owner: owner, arg: null, used: {} });
        } else if (text === "{") {
          stack.push({ k: "sel", type: pendingType });
          pendingType = null;
        } else if (text === "}") {
          stack.pop();
          pendingType = null;
        } else if (text === "...") {
          pendingType = frame.type;
        }
        continue;
      }
      if (t.kind === "name" && next && next.text === ":" && (frame.k === "args" || frame.k === "obj")) {
        frame.used[text] = true;
        if (frame.k === "args") frame.arg = findArg(frame.owner, text);
        else frame.field = schema.inputField(frame.type, text);
        continue;
      }
      var ref = frame.k === "args" ? frame.arg && frame.arg.type : frame.k === "obj" ? frame.field && frame.field.type : frame.ref;
      if (text === "{") stack.push({ k: "obj", type: S.namedType(ref), field: null, used: {} });
      else if (text === "[") stack.push({ k: "list", ref: S.listItem(ref) });
      else if (text === ")" && frame.k === "args") {
        stack.pop();
        afterDirective = false;
      } else if ((text === "}" && frame.k === "obj") || (text === "]" && frame.k === "list")) stack.pop();
    }
    return { stack: stack, variables: variables };
  }

  function findArg(owner, name) {
    if (!owner || !owner.args) return null;
    for (var i = 0; i < owner.args.length; i++) if (owner.args[i].name === name) return owner.args[i];
    return null;
  }

  function directiveDef(schema, name) {
    for (var i = 0; i < schema.directives.length; i++) if (schema.directives[i].name === name) return schema.directives[i];
    return null;
  }

  PG.context = { suggest: suggest };
})((window.PG = window.PG || {}));
