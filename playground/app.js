/* Wires the playground together: sign-in, schema loading, running queries, examples, history, side panels. */
(function (PG) {
  "use strict";

  var TOKEN_KEY = "billingPortal.token";
  var HISTORY_KEY = "billingPortal.history";
  var DRAFT_KEY = "billingPortal.draft";
  var HISTORY_LIMIT = 50;
  /* Input fields whose values must never reach browser storage: a full card or bank account number, a password. */
  var SECRET_FIELDS = ["number", "accountNumber", "password"];
  var SECRET_LITERAL = new RegExp(
    "\\b(" + SECRET_FIELDS.join("|") + ')(\\s*:\\s*)(?:"""[\\s\\S]*?"""|"(?:[^"\\\\\\n]|\\\\.)*")',
    "g"
  );
  var ENDPOINT = "graphql";
  var SDL_URL = "schema.graphql";

  var $ = function (id) {
    return document.getElementById(id);
  };

  var state = { token: null, viewer: null, schema: null, pickedByHand: false, running: false };

  var editor = new PG.Editor($("query-editor"), {
    getSchema: function () {
      return state.schema;
    },
    onRun: run,
    onChange: function (text) {
      updateOperations();
      try {
        localStorage.setItem(DRAFT_KEY, redactQuery(text));
      } catch (err) {
        /* private mode: drafts are a convenience only */
      }
    },
    onCaret: followCaret,
  });

  var explorer = new PG.Explorer($("panel-explorer"), {
    getSchema: function () {
      return state.schema;
    },
    getRole: function () {
      return state.viewer && state.viewer.role;
    },
  });

  /** Sends one GraphQL request; resolves to {status, ms, body, json} and never rejects on HTTP errors. */
  function request(query, variables, operationName) {
    var headers = {
      "Content-Type": "application/json",
      Accept: "application/graphql-response+json, application/json;q=0.9",
    };
    if (state.token) headers.Authorization = "Bearer " + state.token;
    var payload = { query: query };
    if (variables && Object.keys(variables).length) payload.variables = variables;
    if (operationName) payload.operationName = operationName;
    var started = performance.now();
    return fetch(ENDPOINT, { method: "POST", headers: headers, body: JSON.stringify(payload) }).then(
      function (res) {
        return res.text().then(function (body) {
          var json = null;
          try {
            json = JSON.parse(body);
          } catch (err) {
            json = null;
          }
          return { status: res.status, statusText: res.statusText, ms: performance.now() - started, body: body, json: json };
        });
      },
      function (err) {
        return { status: 0, statusText: "network error", ms: performance.now() - started, body: String(err), json: null };
      }
    );
  }

  // ---- sign-in ----

  var LOGIN =
    "mutation Login($email: String!, $password: String!) {\n" +
    "  login(email: $email, password: $password) {\n" +
    "    token\n    viewer { name email role account { name } }\n    userErrors { message }\n  }\n}";
  var VIEWER =
    "query PlaygroundViewer {\n  viewer {\n    name\n    email\n    role\n    canAccessBillingPortal\n" +
    "    account {\n      name\n      billingAdmins { name email }\n      customerSuccessManager { name email }\n    }\n  }\n}";

  $("signin-form").addEventListener("submit", function (e) {
    e.preventDefault();
    var email = $("signin-email").value.trim();
    var password = $("signin-password").value;
    if (!email || !password) {
      $("signin-error").textContent = "Enter your portal email and password.";
      return;
    }
    $("signin-error").textContent = "";
    $("signin-button").disabled = true;
    request(LOGIN, { email: email, password: password }, "Login").then(function (r) {
      $("signin-button").disabled = false;
      var login = r.json && r.json.data && r.json.data.login;
      if (!login || !login.token) {
        var msg =
          (login && login.userErrors && login.userErrors[0] && login.userErrors[0].message) ||
          (r.json && r.json.errors && r.json.errors[0] && r.json.errors[0].message) ||
          "Sign-in failed (HTTP " + r.status + ").";
        $("signin-error").textContent = msg;
        $("signin-password").focus();
        return;
      }
      state.token = login.token;
      sessionStorage.setItem(TOKEN_KEY, login.token);
      $("signin-password").value = "";
      showViewer(login.viewer);
      afterSignIn(true);
    });
  });

  $("signout-button").addEventListener("click", function () {
    var done = function () {
      state.token = null;
      state.viewer = null;
      state.schema = null;
      sessionStorage.removeItem(TOKEN_KEY);
      $("signed-in").hidden = true;
      $("signin-form").hidden = false;
      $("access-notice").hidden = true;
      clearResponse();
      forgetHistory();
      explorer.home();
      $("signin-email").focus();
    };
    request("mutation Logout { logout }", null, "Logout").then(done);
  });

  function showViewer(viewer) {
    state.viewer = viewer;
    $("viewer-name").textContent = viewer.name;
    $("viewer-email").textContent = viewer.email;
    $("viewer-role").textContent = viewer.role;
    $("viewer-account").textContent = viewer.account ? viewer.account.name : "";
    $("signin-form").hidden = true;
    $("signed-in").hidden = false;
  }

  /** Loads who the viewer is (and whom to ask when they are not a Billing Admin), then the schema. */
  function afterSignIn(focusEditor) {
    request(VIEWER, null, "PlaygroundViewer").then(function (r) {
      var viewer = r.json && r.json.data && r.json.data.viewer;
      if (!viewer) {
        var unauth = r.json && r.json.errors && r.json.errors.some(function (e) {
          return e.extensions && e.extensions.code === "UNAUTHENTICATED";
        });
        if (unauth || r.status === 401) {
          state.token = null;
          sessionStorage.removeItem(TOKEN_KEY);
          $("signed-in").hidden = true;
          $("signin-form").hidden = false;
          $("signin-error").textContent = "Your session has ended: sign in again.";
        }
        return;
      }
      showViewer(viewer);
      showAccessNotice(viewer);
      loadSchema();
      if (focusEditor) editor.focus();
    });
  }

  function showAccessNotice(viewer) {
    var notice = $("access-notice");
    if (viewer.canAccessBillingPortal) {
      notice.hidden = true;
      return;
    }
    var account = viewer.account;
    $("access-notice-text").textContent =
      "You are signed in as " + viewer.name + " (" + viewer.role + ")" + (account ? " of " + account.name : "") +
      ". Orders, invoices, payment methods and purchased products are shown only to the account's Billing Admins. " +
      "To get access, or for billing questions and disputes, contact:";
    var list = $("access-notice-contacts");
    list.textContent = "";
    var admins = (account && account.billingAdmins) || [];
    admins.forEach(function (u) {
      list.appendChild(contactItem("Billing Admin", u));
    });
    if (!admins.length) {
      var none = document.createElement("li");
      none.textContent = "Your account has no Billing Admin yet: your Customer Success Manager can name one.";
      list.appendChild(none);
    }
    if (account && account.customerSuccessManager) list.appendChild(contactItem("Customer Success Manager", account.customerSuccessManager));
    notice.hidden = false;
  }

  function contactItem(title, user) {
    var li = document.createElement("li");
    li.className = "contact";
    var t = document.createElement("span");
    t.className = "contact-title";
    t.textContent = title + ": ";
    var name = document.createElement("strong");
    name.className = "contact-name";
    name.textContent = user.name;
    var mail = document.createElement("a");
    mail.href = "mailto:" + user.email;
    mail.textContent = user.email;
    li.appendChild(t);
    li.appendChild(name);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(mail);
    return li;
  }

  function loadSchema() {
    var sdlHeaders = state.token ? { Authorization: "Bearer " + state.token } : {};
    var sdl = fetch(SDL_URL, { headers: sdlHeaders }).then(
      function (res) {
        return res.ok ? res.text() : "";
      },
      function () {
        return "";
      }
    );
    Promise.all([request(PG.schema.INTROSPECTION_QUERY, null, "PlaygroundIntrospection"), sdl]).then(function (parts) {
      var r = parts[0];
      if (!r.json || !r.json.data || !r.json.data.__schema) {
        $("panel-explorer").querySelector(".explorer-body").textContent = "The schema could not be loaded (HTTP " + r.status + ").";
        return;
      }
      state.schema = new PG.schema.Schema(r.json.data, PG.schema.scanAuth(parts[1] || ""));
      state.schema.sdlLoaded = !!parts[1];
      if (!$("explorer-search").value) explorer.home();
      document.body.setAttribute("data-schema", "loaded");
    });
  }

  // ---- operations ----

  function updateOperations() {
    var ops = PG.lexer.operations(PG.lexer.tokenize(editor.getValue()));
    var named = ops.filter(function (o) {
      return o.name;
    });
    var wrap = $("operation-picker-wrap");
    var picker = $("operation-picker");
    if (ops.length < 2) {
      wrap.hidden = true;
      picker.textContent = "";
      state.pickedByHand = false;
      return;
    }
    var previous = picker.value;
    picker.textContent = "";
    named.forEach(function (o) {
      var opt = document.createElement("option");
      opt.value = o.name;
      opt.textContent = o.type + " " + o.name;
      picker.appendChild(opt);
    });
    if (named.some(function (o) { return o.name === previous; })) picker.value = previous;
    wrap.hidden = false;
  }

  /** Without a choice made by hand, the picker follows the operation the caret is in. */
  function followCaret(caret) {
    if (state.pickedByHand || $("operation-picker-wrap").hidden) return;
    var ops = PG.lexer.operations(PG.lexer.tokenize(editor.getValue()));
    for (var i = 0; i < ops.length; i++) {
      if (ops[i].name && caret >= ops[i].start && caret <= ops[i].end) {
        $("operation-picker").value = ops[i].name;
        return;
      }
    }
  }

  $("operation-picker").addEventListener("change", function () {
    state.pickedByHand = true;
  });

  // ---- variables ----

  /** Parses the variables pane; returns {ok, value} or {ok: false, message} with line and column when JSON is bad. */
  function readVariables(operation) {
    var text = $("variables-input").value;
    var value = {};
    if (text.trim()) {
      try {
        value = JSON.parse(text);
      } catch (err) {
        return { ok: false, message: "Variables are not valid JSON: " + jsonErrorPlace(err, text) };
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        return { ok: false, message: "Variables must be a JSON object, like {\"from\": \"2026-01-01\"}." };
      }
    }
    var missing = requiredVariables(operation).filter(function (name) {
      return !(name in value) || value[name] === null;
    });
    if (missing.length) {
      return {
        ok: false,
        message: "The operation needs " + missing.map(function (n) { return "$" + n; }).join(", ") +
          ": add " + (missing.length === 1 ? "it" : "them") + " to the variables.",
      };
    }
    return { ok: true, value: value };
  }

  function jsonErrorPlace(err, text) {
    var msg = String(err.message || err);
    var m = /position (\d+)/.exec(msg);
    if (m) {
      var pos = Number(m[1]);
      var before = text.slice(0, pos);
      var line = before.split("\n").length;
      var col = pos - before.lastIndexOf("\n");
      return msg.replace(/ in JSON at position \d+.*$/, "") + " (line " + line + ", column " + col + ").";
    }
    return msg;
  }

  /** Names of the operation's variables declared non-null without a default. */
  function requiredVariables(operation) {
    var text = editor.getValue();
    var ops = PG.lexer.operations(PG.lexer.tokenize(text));
    var op = ops.filter(function (o) { return o.name === operation; })[0] || (ops.length === 1 ? ops[0] : null);
    if (!op) return [];
    var tokens = PG.lexer.tokenize(text.slice(op.start, op.end === Infinity ? text.length : op.end)).filter(function (t) {
      return t.kind !== "comment";
    });
    var names = [];
    var i = 0;
    while (i < tokens.length && tokens[i].text !== "(" && tokens[i].text !== "{") i++;
    if (!tokens[i] || tokens[i].text !== "(") return names;
    var depth = 0;
    for (; i < tokens.length; i++) {
      var t = tokens[i];
      if (t.text === "(" || t.text === "[" || t.text === "{") depth++;
      if (t.text === ")" || t.text === "]" || t.text === "}") depth--;
      if (depth === 0) break;
      if (depth === 1 && t.text === "$" && tokens[i + 1] && tokens[i + 2] && tokens[i + 2].text === ":") {
        var j = i + 3;
        var lastType = null;
        while (j < tokens.length && /^[\[\]!]$|^[A-Za-z_]/.test(tokens[j].text) && tokens[j].text !== "$") {
          lastType = tokens[j].text;
          j++;
          if (lastType !== "[" && !(tokens[j] && /^[\]!]$/.test(tokens[j].text))) break;
        }
        var hasDefault = tokens[j] && tokens[j].text === "=";
        if (lastType === "!" && !hasDefault) names.push(tokens[i + 1].text);
      }
    }
    return names;
  }

  // ---- running ----

  function currentOperationName() {
    return $("operation-picker-wrap").hidden ? null : $("operation-picker").value || null;
  }

  function run() {
    if (state.running) return;
    var query = editor.getValue();
    if (!query.trim()) {
      showMeta("Write a query first.");
      return;
    }
    var operationName = currentOperationName();
    var vars = readVariables(operationName);
    if (!vars.ok) {
      $("variables-error").textContent = vars.message;
      $("variables-input").setAttribute("aria-invalid", "true");
      return;
    }
    $("variables-error").textContent = "";
    $("variables-input").removeAttribute("aria-invalid");
    state.running = true;
    $("run-button").disabled = true;
    document.body.setAttribute("data-running", "true");
    showMeta("Running\u2026");
    request(query, vars.value, operationName).then(function (r) {
      state.running = false;
      $("run-button").disabled = false;
      document.body.removeAttribute("data-running");
      showResponse(r);
      addHistory({
        query: redactQuery(query),
        variables: redactVariables($("variables-input").value),
        operationName: operationName,
        status: r.status,
      });
      if (r.json && r.json.errors && r.json.errors.some(isUnauthenticated) && state.token) {
        afterSignIn(false);
      }
    });
  }

  function isUnauthenticated(e) {
    return e && e.extensions && e.extensions.code === "UNAUTHENTICATED";
  }

  $("run-button").addEventListener("click", run);

  function showMeta(text, bad) {
    $("response-meta").textContent = text;
    $("response-meta").className = "response-meta" + (bad ? " bad" : "");
  }

  function showResponse(r) {
    var parts = ["HTTP " + (r.status || "\u2013") + (r.statusText ? " " + r.statusText : ""), Math.round(r.ms) + " ms"];
    var cost = r.json && r.json.extensions && r.json.extensions.cost;
    if (cost) parts.push("cost " + cost.requestedQueryCost + " of " + cost.maximumAvailable);
    showMeta(parts.join(" \u00b7 "), r.status >= 400 || r.status === 0);
    var tree = $("response-tree");
    if (r.json) PG.jsonview.render(tree, r.json);
    else {
      tree.textContent = "";
      var pre = document.createElement("pre");
      pre.className = "raw-body";
      pre.textContent = r.body || "(empty body)";
      tree.appendChild(pre);
    }
    var errors = (r.json && Array.isArray(r.json.errors) && r.json.errors) || [];
    renderErrors(errors);
  }

  function renderErrors(errors) {
    var marks = [];
    var list = $("editor-errors");
    var box = $("response-errors");
    list.textContent = "";
    box.textContent = "";
    errors.forEach(function (e) {
      var code = e.extensions && e.extensions.code;
      var where = (e.locations || []).map(function (l) {
        marks.push({ line: l.line, column: l.column, message: e.message });
        return "line " + l.line + ", column " + l.column;
      });
      var summary = document.createElement("div");
      summary.className = "response-error";
      summary.textContent = (code ? code + ": " : "") + e.message + (e.path ? "  (at " + e.path.join(".") + ")" : "");
      box.appendChild(summary);
      (e.locations || []).forEach(function (l) {
        var li = document.createElement("li");
        var b = document.createElement("button");
        b.type = "button";
        b.className = "link error-location";
        b.setAttribute("data-line", l.line);
        b.textContent = "Line " + l.line + ", column " + l.column;
        b.addEventListener("click", function () {
          editor.goTo(l.line, l.column);
        });
        li.appendChild(b);
        li.appendChild(document.createTextNode(": " + e.message));
        list.appendChild(li);
      });
      if (!where.length && !e.path) summary.classList.add("request-error");
    });
    editor.setErrors(marks);
  }

  /** Forgets the last response: after sign-out the next person at this browser must not see it. */
  function clearResponse() {
    showMeta("");
    $("response-errors").textContent = "";
    $("editor-errors").textContent = "";
    editor.setErrors([]);
    $("response-tree").textContent = "Run a query to see its response here.";
  }

  $("expand-all").addEventListener("click", function () {
    PG.jsonview.setAll($("response-tree"), true);
  });
  $("collapse-all").addEventListener("click", function () {
    PG.jsonview.setAll($("response-tree"), false);
  });

  // ---- examples ----

  function renderExamples() {
    var box = $("examples-list");
    var groups = {};
    var order = [];
    PG.examples.forEach(function (ex) {
      if (!groups[ex.tab]) {
        groups[ex.tab] = [];
        order.push(ex.tab);
      }
      groups[ex.tab].push(ex);
    });
    order.forEach(function (tab) {
      var sec = document.createElement("section");
      sec.className = "example-group";
      var h = document.createElement("h3");
      h.textContent = tab === "Anyone" ? "For every member" : tab === "Staff" ? "For Customer Success and Support" : tab + " tab";
      sec.appendChild(h);
      var ul = document.createElement("ul");
      groups[tab].forEach(function (ex) {
        var li = document.createElement("li");
        var b = document.createElement("button");
        b.type = "button";
        b.className = "example";
        b.setAttribute("data-example", ex.id);
        b.textContent = ex.title;
        b.addEventListener("click", function () {
          loadExample(ex);
        });
        li.appendChild(b);
        ul.appendChild(li);
      });
      sec.appendChild(ul);
      box.appendChild(sec);
    });
  }

  var exampleLoads = 0;

  function loadExample(ex) {
    var load = ++exampleLoads;
    editor.setValue(ex.query);
    state.pickedByHand = false;
    var vars = ex.variables ? ex.variables() : {};
    setVariables(vars);
    $("variables-error").textContent = "";
    if (ex.prepare && state.token) {
      showMeta("Looking up an id for the example\u2026");
      request(ex.prepare.query, null, null).then(function (r) {
        if (load !== exampleLoads || editor.getValue() !== ex.query) return;
        var picked = ex.prepare.variables(r.json && r.json.data);
        setVariables(Object.assign({}, vars, picked));
        showMeta("Example loaded: Ctrl+Enter runs it.");
      });
    } else {
      showMeta("Example loaded: Ctrl+Enter runs it.");
    }
    editor.focus();
  }

  function setVariables(vars) {
    $("variables-input").value = Object.keys(vars).length ? JSON.stringify(vars, null, 2) : "";
  }

  // ---- history ----

  /** The query text with every string given to a secret field (`number: "4242…"`) emptied. */
  function redactQuery(text) {
    return text.replace(SECRET_LITERAL, '$1$2""');
  }

  /** The variables JSON with the values of secret fields, at any depth, emptied; unparsable text is dropped. */
  function redactVariables(text) {
    if (!text.trim()) return "";
    var value;
    try {
      value = JSON.parse(text);
    } catch (err) {
      return "";
    }
    var scrub = function (v) {
      if (Array.isArray(v)) return v.map(scrub);
      if (v && typeof v === "object") {
        var out = {};
        Object.keys(v).forEach(function (k) {
          out[k] = SECRET_FIELDS.indexOf(k) >= 0 && typeof v[k] === "string" ? "" : scrub(v[k]);
        });
        return out;
      }
      return v;
    };
    return JSON.stringify(scrub(value), null, 2);
  }

  /** After sign-out the next person at this browser must not see what was run either. */
  function forgetHistory() {
    try {
      localStorage.removeItem(HISTORY_KEY);
    } catch (err) {
      /* storage unavailable: nothing was kept */
    }
    renderHistory();
  }

  function loadHistory() {
    try {
      var list = JSON.parse(localStorage.getItem(HISTORY_KEY) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (err) {
      return [];
    }
  }

  function addHistory(entry) {
    var list = loadHistory();
    entry.at = new Date().toISOString();
    var top = list[0];
    if (top && top.query === entry.query && top.variables === entry.variables && top.operationName === entry.operationName) {
      list[0] = entry;
    } else {
      list.unshift(entry);
    }
    try {
      localStorage.setItem(HISTORY_KEY, JSON.stringify(list.slice(0, HISTORY_LIMIT)));
    } catch (err) {
      /* full or private storage: history is a convenience only */
    }
    renderHistory();
  }

  function historyTitle(entry) {
    if (entry.operationName) return entry.operationName;
    var ops = PG.lexer.operations(PG.lexer.tokenize(entry.query));
    if (ops[0] && ops[0].name) return ops[0].name;
    var flat = entry.query.replace(/#[^\n]*/g, "").replace(/\s+/g, " ").trim();
    return flat.length > 48 ? flat.slice(0, 45) + "\u2026" : flat;
  }

  function renderHistory() {
    var ol = $("history-list");
    ol.textContent = "";
    var list = loadHistory();
    if (!list.length) {
      var empty = document.createElement("li");
      empty.className = "muted";
      empty.textContent = "Queries you run appear here.";
      ol.appendChild(empty);
      return;
    }
    list.forEach(function (entry) {
      var li = document.createElement("li");
      var b = document.createElement("button");
      b.type = "button";
      b.className = "history-entry";
      var when = new Date(entry.at);
      b.innerHTML = "";
      var title = document.createElement("span");
      title.className = "history-title";
      title.textContent = historyTitle(entry);
      var meta = document.createElement("span");
      meta.className = "history-meta muted";
      meta.textContent = when.toLocaleString() + " \u00b7 HTTP " + entry.status;
      b.appendChild(title);
      b.appendChild(meta);
      b.setAttribute("aria-label", "Reopen " + title.textContent + ", run " + when.toLocaleString());
      b.addEventListener("click", function () {
        editor.setValue(entry.query);
        $("variables-input").value = entry.variables || "";
        state.pickedByHand = false;
        if (entry.operationName) {
          $("operation-picker").value = entry.operationName;
          state.pickedByHand = true;
        }
        editor.focus();
      });
      li.appendChild(b);
      ol.appendChild(li);
    });
  }

  $("history-clear").addEventListener("click", function () {
    localStorage.removeItem(HISTORY_KEY);
    renderHistory();
  });

  // ---- side panel tabs ----

  var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));

  function selectTab(tab, focus) {
    tabs.forEach(function (t) {
      var selected = t === tab;
      t.setAttribute("aria-selected", String(selected));
      t.tabIndex = selected ? 0 : -1;
      $(t.getAttribute("aria-controls")).hidden = !selected;
    });
    if (focus) tab.focus();
  }

  tabs.forEach(function (tab, i) {
    tab.addEventListener("click", function () {
      selectTab(tab, false);
    });
    tab.addEventListener("keydown", function (e) {
      var to = null;
      if (e.key === "ArrowRight") to = tabs[(i + 1) % tabs.length];
      else if (e.key === "ArrowLeft") to = tabs[(i + tabs.length - 1) % tabs.length];
      else if (e.key === "Home") to = tabs[0];
      else if (e.key === "End") to = tabs[tabs.length - 1];
      if (to) {
        e.preventDefault();
        selectTab(to, true);
      }
    });
  });

  /** For tests and links: opens the schema explorer on Type or Type.field. */
  PG.openExplorer = function (path) {
    selectTab($("tab-explorer"), false);
    var parts = path.split(".");
    explorer.show(parts[0], parts[1] || null);
  };

  // ---- start ----

  renderExamples();
  renderHistory();
  explorer.home();
  var draft = null;
  try {
    draft = localStorage.getItem(DRAFT_KEY);
  } catch (err) {
    draft = null;
  }
  editor.setValue(draft || "# Sign in, then pick an example or write a query.\n{\n  viewer {\n    name\n    role\n  }\n}\n");
  state.token = sessionStorage.getItem(TOKEN_KEY);
  if (state.token) afterSignIn(false);
  else $("signin-email").focus();
  document.body.setAttribute("data-ready", "true");
})((window.PG = window.PG || {}));
