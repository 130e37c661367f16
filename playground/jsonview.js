/* The response as a collapsible JSON tree: <details> elements, so it folds with the keyboard too. */
(function (PG) {
  "use strict";

  var LINK_KEYS = /^(downloadUrl|url|href)$/;

  /** Builds the tree for `value` into `container`; strings under link keys become links that open in a new tab. */
  function render(container, value) {
    container.textContent = "";
    container.appendChild(node(null, value, 0, false));
  }

  function node(key, value, depth, last) {
    var comma = last ? "" : ",";
    if (value !== null && typeof value === "object") {
      var isArray = Array.isArray(value);
      var keys = isArray ? value.map(function (_, i) { return i; }) : Object.keys(value);
      var open = isArray ? "[" : "{";
      var close = isArray ? "]" : "}";
      if (!keys.length) return line(key, span("json-punct", open + close + comma));
      var details = document.createElement("details");
      details.open = depth < 10;
      details.className = "json-node";
      var summary = document.createElement("summary");
      if (key !== null) summary.appendChild(keySpan(key));
      summary.appendChild(span("json-punct", open));
      summary.appendChild(span("json-count", isArray ? keys.length + (keys.length === 1 ? " item" : " items") : keys.length + (keys.length === 1 ? " key" : " keys")));
      summary.appendChild(span("json-punct json-close-inline", close + comma));
      details.appendChild(summary);
      var body = document.createElement("div");
      body.className = "json-children";
      keys.forEach(function (k, i) {
        body.appendChild(node(isArray ? null : k, value[k], depth + 1, i === keys.length - 1));
      });
      details.appendChild(body);
      details.appendChild(span("json-punct json-close", close + comma));
      return details;
    }
    return line(key, scalar(key, value), comma);
  }

  function line(key, valueEl, comma) {
    var div = document.createElement("div");
    div.className = "json-line";
    if (key !== null) div.appendChild(keySpan(key));
    div.appendChild(valueEl);
    if (comma) div.appendChild(span("json-punct", comma));
    return div;
  }

  function keySpan(key) {
    var k = span("json-key", JSON.stringify(String(key)));
    k.setAttribute("data-key", String(key));
    var frag = document.createElement("span");
    frag.appendChild(k);
    frag.appendChild(document.createTextNode(": "));
    return frag;
  }

  function scalar(key, value) {
    if (typeof value === "string" && key !== null && LINK_KEYS.test(String(key)) && /^(https?:\/\/|\/|\.\/|[A-Za-z0-9_-]+\/)/.test(value)) {
      var a = document.createElement("a");
      a.className = "json-string json-link";
      a.href = new URL(value, document.baseURI).href;
      a.target = "_blank";
      a.rel = "noopener";
      a.textContent = JSON.stringify(value);
      a.setAttribute("aria-label", "Open " + value + " in a new tab");
      return a;
    }
    var kind = value === null ? "null" : typeof value;
    return span("json-" + kind, JSON.stringify(value));
  }

  function span(cls, text) {
    var s = document.createElement("span");
    s.className = cls;
    s.textContent = text;
    return s;
  }

  /** Opens or closes every node under `container`. */
  function setAll(container, open) {
    Array.prototype.forEach.call(container.querySelectorAll("details"), function (d) {
      d.open = open;
    });
  }

  PG.jsonview = { render: render, setAll: setAll };
})((window.PG = window.PG || {}));
