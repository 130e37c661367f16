/* The schema explorer: types, fields, arguments, descriptions, deprecations, the roles of @auth, and search. */
(function (PG) {
  "use strict";

  var S = PG.schema;
  var KIND_TITLES = [
    ["OBJECT", "Object types"],
    ["INTERFACE", "Interfaces"],
    ["UNION", "Unions"],
    ["ENUM", "Enums"],
    ["INPUT_OBJECT", "Input types"],
    ["SCALAR", "Scalars"],
  ];

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /** The explorer in `root` (holding input[type=search], .crumbs, .explorer-body). Options: getSchema(), getRole(). */
  function Explorer(root, options) {
    this.root = root;
    this.options = options;
    this.input = root.querySelector("input[type=search]");
    this.crumbs = root.querySelector(".crumbs");
    this.body = root.querySelector(".explorer-body");
    this.trail = [];
    var self = this;
    this.input.addEventListener("input", function () {
      var q = self.input.value.trim();
      if (q) self.renderSearch(q);
      else self.home();
    });
    root.addEventListener("click", function (e) {
      var b = e.target.closest("[data-goto]");
      if (!b) return;
      e.preventDefault();
      var parts = b.getAttribute("data-goto").split(".");
      self.show(parts[0], parts[1] || null);
    });
  }

  Explorer.prototype.schema = function () {
    return this.options.getSchema();
  };

  /** The starting view: root types first, then every type by kind. */
  Explorer.prototype.home = function () {
    var schema = this.schema();
    this.trail = [];
    this.renderCrumbs();
    this.body.textContent = "";
    if (!schema) {
      this.body.appendChild(el("p", "muted", "Sign in to load the schema."));
      return;
    }
    var roots = el("section", "ex-group");
    roots.appendChild(el("h3", null, "Root types"));
    var list = el("ul", "ex-list");
    [schema.queryType, schema.mutationType, schema.subscriptionType].forEach(function (name) {
      if (name) list.appendChild(typeItem(schema.type(name)));
    });
    roots.appendChild(list);
    this.body.appendChild(roots);
    var self = this;
    KIND_TITLES.forEach(function (pair) {
      var types = schema.typeList.filter(function (t) {
        return t.kind === pair[0] && t.name.indexOf("__") !== 0;
      });
      if (!types.length) return;
      var sec = el("section", "ex-group");
      sec.appendChild(el("h3", null, pair[1]));
      var ul = el("ul", "ex-list");
      types.forEach(function (t) {
        ul.appendChild(typeItem(t));
      });
      sec.appendChild(ul);
      self.body.appendChild(sec);
    });
  };

  function typeItem(t) {
    var li = el("li");
    li.appendChild(typeLink(t.name));
    if (t.description) li.appendChild(el("span", "ex-desc-inline", " " + firstLine(t.description)));
    return li;
  }

  function firstLine(s) {
    var line = String(s).split("\n")[0];
    return line.length > 90 ? line.slice(0, 87) + "..." : line;
  }

  function typeLink(name, label) {
    var b = el("button", "link type-link", label || name);
    b.type = "button";
    b.setAttribute("data-goto", name);
    return b;
  }

  /** Renders a type reference with its named type as a link: `[Order!]!`. */
  function typeRef(ref) {
    var span = el("span", "ex-typeref");
    var printed = S.printType(ref);
    var named = S.namedType(ref);
    var at = printed.indexOf(named);
    span.appendChild(document.createTextNode(printed.slice(0, at)));
    span.appendChild(typeLink(named));
    span.appendChild(document.createTextNode(printed.slice(at + named.length)));
    return span;
  }

  Explorer.prototype.renderCrumbs = function () {
    this.crumbs.textContent = "";
    var home = el("button", "link", "Schema");
    home.type = "button";
    var self = this;
    home.addEventListener("click", function () {
      self.input.value = "";
      self.home();
    });
    this.crumbs.appendChild(home);
    this.trail.forEach(function (name) {
      self.crumbs.appendChild(document.createTextNode(" \u203a "));
      self.crumbs.appendChild(typeLink(name));
    });
  };

  /** Shows one type; with `fieldName`, scrolls to that field, highlights and focuses it. */
  Explorer.prototype.show = function (typeName, fieldName) {
    var schema = this.schema();
    var t = schema && schema.type(typeName);
    if (!t) return;
    var at = this.trail.indexOf(typeName);
    if (at >= 0) this.trail = this.trail.slice(0, at + 1);
    else this.trail.push(typeName);
    this.renderCrumbs();
    this.body.textContent = "";
    var head = el("h3", "ex-type-name", t.name);
    head.tabIndex = -1;
    head.appendChild(el("span", "ex-kind", " " + t.kind.toLowerCase().replace("_", " ")));
    this.body.appendChild(head);
    if (t.description) this.body.appendChild(el("p", "ex-desc", t.description));
    if (t.interfaces && t.interfaces.length) {
      var impl = el("p", "ex-meta", "Implements ");
      t.interfaces.forEach(function (i, n) {
        if (n) impl.appendChild(document.createTextNode(", "));
        impl.appendChild(typeLink(i.name));
      });
      this.body.appendChild(impl);
    }
    if (t.possibleTypes && t.possibleTypes.length) {
      var poss = el("p", "ex-meta", "Possible types: ");
      t.possibleTypes.forEach(function (i, n) {
        if (n) poss.appendChild(document.createTextNode(", "));
        poss.appendChild(typeLink(i.name));
      });
      this.body.appendChild(poss);
    }
    var typeRoles = schema.auth.types[t.name];
    if (typeRoles) this.body.appendChild(rolesLine(typeRoles, this.options.getRole()));
    var self = this;
    if (t.fields) {
      this.body.appendChild(el("h4", null, "Fields"));
      t.fields.forEach(function (f) {
        self.body.appendChild(fieldSection(schema, t.name, f, self.options.getRole()));
      });
    }
    if (t.inputFields) {
      this.body.appendChild(el("h4", null, "Input fields"));
      t.inputFields.forEach(function (f) {
        self.body.appendChild(inputValueSection(t.name, f));
      });
    }
    if (t.enumValues) {
      this.body.appendChild(el("h4", null, "Values"));
      t.enumValues.forEach(function (v) {
        var sec = el("section", "ex-field" + (v.isDeprecated ? " deprecated" : ""));
        sec.setAttribute("data-field", t.name + "." + v.name);
        sec.appendChild(el("code", "ex-field-name", v.name));
        if (v.description) sec.appendChild(el("p", "ex-desc", v.description));
        if (v.isDeprecated) sec.appendChild(el("p", "ex-deprecated", "Deprecated: " + (v.deprecationReason || "no reason given")));
        self.body.appendChild(sec);
      });
    }
    var target = fieldName && this.body.querySelector('[data-field="' + t.name + "." + fieldName + '"]');
    if (target) {
      target.classList.add("focused");
      target.tabIndex = -1;
      target.focus();
      if (target.scrollIntoView) target.scrollIntoView({ block: "center" });
    } else {
      head.focus();
    }
  };

  function rolesLine(roles, viewerRole) {
    var p = el("p", "ex-roles");
    p.appendChild(el("span", "ex-roles-label", "Readable by: "));
    if (!roles) {
      p.appendChild(el("span", "role-badge role-any", "any signed-in user"));
      return p;
    }
    roles.forEach(function (r) {
      var b = el("span", "role-badge" + (r === viewerRole ? " role-mine" : ""), r);
      if (r === viewerRole) b.title = "Your role";
      p.appendChild(b);
    });
    if (viewerRole && roles.indexOf(viewerRole) < 0) {
      p.appendChild(el("span", "ex-denied", " (not your role: " + viewerRole + "; asking for it gives FORBIDDEN)"));
    }
    return p;
  }

  function fieldSection(schema, typeName, f, viewerRole) {
    var sec = el("section", "ex-field" + (f.isDeprecated ? " deprecated" : ""));
    sec.setAttribute("data-field", typeName + "." + f.name);
    sec.setAttribute("aria-label", typeName + "." + f.name);
    var sig = el("div", "ex-sig");
    sig.appendChild(el("code", "ex-field-name", f.name));
    if (f.args && f.args.length) sig.appendChild(document.createTextNode("(\u2026)"));
    sig.appendChild(document.createTextNode(": "));
    sig.appendChild(typeRef(f.type));
    sec.appendChild(sig);
    if (f.description) sec.appendChild(el("p", "ex-desc", f.description));
    if (f.isDeprecated) sec.appendChild(el("p", "ex-deprecated", "Deprecated: " + (f.deprecationReason || "no reason given")));
    if (f.args && f.args.length) {
      var ul = el("ul", "ex-args");
      ul.setAttribute("aria-label", "Arguments of " + f.name);
      f.args.forEach(function (a) {
        var li = el("li");
        li.appendChild(el("code", "ex-arg-name", a.name));
        li.appendChild(document.createTextNode(": "));
        li.appendChild(typeRef(a.type));
        if (a.defaultValue !== null && a.defaultValue !== undefined) li.appendChild(el("code", "ex-default", " = " + a.defaultValue));
        if (a.description) li.appendChild(el("div", "ex-desc", a.description));
        ul.appendChild(li);
      });
      sec.appendChild(ul);
    }
    sec.appendChild(rolesLine(schema.roles(typeName, f.name), viewerRole));
    return sec;
  }

  function inputValueSection(typeName, f) {
    var sec = el("section", "ex-field");
    sec.setAttribute("data-field", typeName + "." + f.name);
    var sig = el("div", "ex-sig");
    sig.appendChild(el("code", "ex-field-name", f.name));
    sig.appendChild(document.createTextNode(": "));
    sig.appendChild(typeRef(f.type));
    if (f.defaultValue !== null && f.defaultValue !== undefined) sig.appendChild(el("code", "ex-default", " = " + f.defaultValue));
    sec.appendChild(sig);
    if (f.description) sec.appendChild(el("p", "ex-desc", f.description));
    return sec;
  }

  /** Lists types and fields whose name or description holds `q`, names first. */
  Explorer.prototype.renderSearch = function (q) {
    var schema = this.schema();
    this.body.textContent = "";
    if (!schema) {
      this.body.appendChild(el("p", "muted", "Sign in to load the schema."));
      return;
    }
    var lower = q.toLowerCase();
    var byName = [];
    var byText = [];
    schema.typeList.forEach(function (t) {
      if (t.name.indexOf("__") === 0) return;
      if (t.name.toLowerCase().indexOf(lower) >= 0) byName.push({ type: t.name, label: t.name, detail: t.kind.toLowerCase() });
      else if (t.description && t.description.toLowerCase().indexOf(lower) >= 0) byText.push({ type: t.name, label: t.name, detail: firstLine(t.description) });
      (t.fields || t.inputFields || t.enumValues || []).forEach(function (f) {
        var entry = { type: t.name, field: f.name, label: t.name + "." + f.name, detail: f.type ? S.printType(f.type) : "enum value" };
        var argHit = (f.args || []).some(function (a) { return a.name.toLowerCase().indexOf(lower) >= 0; });
        if (f.name.toLowerCase().indexOf(lower) >= 0 || argHit) byName.push(entry);
        else if (f.description && f.description.toLowerCase().indexOf(lower) >= 0) byText.push(entry);
      });
    });
    var results = byName.concat(byText).slice(0, 100);
    var status = el("p", "muted", results.length ? results.length + " match" + (results.length === 1 ? "" : "es") : "Nothing matches \u201c" + q + "\u201d.");
    status.setAttribute("role", "status");
    this.body.appendChild(status);
    var ul = el("ul", "ex-list ex-results");
    results.forEach(function (r) {
      var li = el("li");
      var b = typeLink(r.type, r.label);
      b.setAttribute("data-goto", r.field ? r.type + "." + r.field : r.type);
      li.appendChild(b);
      li.appendChild(el("span", "ex-desc-inline", " " + r.detail));
      ul.appendChild(li);
    });
    this.body.appendChild(ul);
  };

  PG.Explorer = Explorer;
})((window.PG = window.PG || {}));
