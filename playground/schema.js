/* The schema as the page knows it: introspection for types, the SDL text for the roles named by @auth. */
(function (PG) {
  "use strict";

  var TYPE_REF = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";
  var INPUT_VALUE = "name description type { " + TYPE_REF + " } defaultValue";

  /** The introspection query the page sends once signed in. */
  var INTROSPECTION_QUERY =
    "query PlaygroundIntrospection {\n" +
    "  __schema {\n" +
    "    queryType { name }\n    mutationType { name }\n    subscriptionType { name }\n" +
    "    types {\n      kind name description\n" +
    "      fields(includeDeprecated: true) { name description args { " + INPUT_VALUE + " } type { " + TYPE_REF +
    " } isDeprecated deprecationReason }\n" +
    "      inputFields { " + INPUT_VALUE + " }\n" +
    "      interfaces { name }\n" +
    "      enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }\n" +
    "      possibleTypes { name }\n    }\n" +
    "    directives { name description locations args { " + INPUT_VALUE + " } }\n" +
    "  }\n}";

  /** Wraps an introspection result with lookups: type(name), field(typeName, fieldName), roles(typeName, fieldName). */
  function Schema(introspection, authMap) {
    var s = introspection.__schema;
    this.queryType = s.queryType && s.queryType.name;
    this.mutationType = s.mutationType && s.mutationType.name;
    this.subscriptionType = s.subscriptionType && s.subscriptionType.name;
    this.types = {};
    this.typeList = s.types;
    this.directives = s.directives || [];
    for (var i = 0; i < s.types.length; i++) this.types[s.types[i].name] = s.types[i];
    this.auth = authMap || { fields: {}, types: {} };
  }

  Schema.prototype.type = function (name) {
    return this.types[name] || null;
  };

  Schema.prototype.field = function (typeName, fieldName) {
    var t = this.types[typeName];
    if (!t || !t.fields) return null;
    for (var i = 0; i < t.fields.length; i++) if (t.fields[i].name === fieldName) return t.fields[i];
    return null;
  };

  Schema.prototype.inputField = function (typeName, fieldName) {
    var t = this.types[typeName];
    if (!t || !t.inputFields) return null;
    for (var i = 0; i < t.inputFields.length; i++) if (t.inputFields[i].name === fieldName) return t.inputFields[i];
    return null;
  };

  /** Roles that may read Type.field: the field's own @auth, else its type's, else null (any signed-in user). */
  Schema.prototype.roles = function (typeName, fieldName) {
    return this.auth.fields[typeName + "." + fieldName] || this.auth.types[typeName] || null;
  };

  /** The named type at the bottom of a type reference (lists and non-nulls unwrapped). */
  function namedType(ref) {
    while (ref && ref.ofType) ref = ref.ofType;
    return ref ? ref.name : null;
  }

  /** One level unwrapped from a list: for `[T!]!` gives `T!`; for non-lists gives the ref itself. */
  function listItem(ref) {
    var r = ref && ref.kind === "NON_NULL" ? ref.ofType : ref;
    return r && r.kind === "LIST" ? r.ofType : ref;
  }

  /** Prints a type reference as GraphQL does: `[Order!]!`. */
  function printType(ref) {
    if (!ref) return "";
    if (ref.kind === "NON_NULL") return printType(ref.ofType) + "!";
    if (ref.kind === "LIST") return "[" + printType(ref.ofType) + "]";
    return ref.name;
  }

  /**
   * Reads the roles of @auth(requires: [...]) out of SDL text: per field of each type block, and per type.
   * Tolerant: unknown constructs are skipped; descriptions and comments never confuse it.
   */
  function scanAuth(sdl) {
    var tokens = PG.lexer.tokenize(sdl).filter(function (t) {
      return t.kind !== "comment" && t.kind !== "string";
    });
    var fields = {};
    var types = {};
    var i = 0;

    function skipBalanced(open, close) {
      var depth = 0;
      for (; i < tokens.length; i++) {
        if (tokens[i].text === open) depth++;
        else if (tokens[i].text === close && --depth === 0) {
          i++;
          return;
        }
      }
    }

    function readDirectives() {
      var roles = null;
      while (i < tokens.length && tokens[i].text === "@") {
        var name = tokens[i + 1] ? tokens[i + 1].text : "";
        i += 2;
        if (tokens[i] && tokens[i].text === "(") {
          var from = i;
          skipBalanced("(", ")");
          if (name === "auth") {
            roles = [];
            for (var k = from; k < i; k++) {
              if (tokens[k].kind === "name" && tokens[k].text !== "requires") roles.push(tokens[k].text);
            }
          }
        }
      }
      return roles;
    }

    while (i < tokens.length) {
      var t = tokens[i];
      if (t.kind === "name" && /^(type|interface)$/.test(t.text) && tokens[i + 1] && tokens[i + 1].kind === "name") {
        var typeName = tokens[i + 1].text;
        i += 2;
        while (i < tokens.length && tokens[i].text !== "{" && tokens[i].text !== "@" && !isDefinitionStart(tokens[i])) i++;
        if (tokens[i] && tokens[i].text === "@") {
          var typeRoles = readDirectives();
          if (typeRoles) types[typeName] = typeRoles;
        }
        if (!tokens[i] || tokens[i].text !== "{") continue;
        i++;
        while (i < tokens.length && tokens[i].text !== "}") {
          if (tokens[i].kind !== "name") {
            i++;
            continue;
          }
          var fieldName = tokens[i].text;
          i++;
          if (tokens[i] && tokens[i].text === "(") skipBalanced("(", ")");
          if (!tokens[i] || tokens[i].text !== ":") continue;
          i++;
          while (i < tokens.length && /^[\[\]!]$/.test(tokens[i].text)) i++;
          if (tokens[i] && tokens[i].kind === "name") i++;
          while (i < tokens.length && /^[\]!]$/.test(tokens[i].text)) i++;
          var roles = readDirectives();
          if (roles) fields[typeName + "." + fieldName] = roles;
        }
        i++;
        continue;
      }
      i++;
    }
    return { fields: fields, types: types };
  }

  function isDefinitionStart(t) {
    return t.kind === "name" && /^(type|interface|enum|input|scalar|union|directive|schema|extend)$/.test(t.text);
  }

  PG.schema = {
    INTROSPECTION_QUERY: INTROSPECTION_QUERY,
    Schema: Schema,
    namedType: namedType,
    listItem: listItem,
    printType: printType,
    scanAuth: scanAuth,
  };
})((window.PG = window.PG || {}));
