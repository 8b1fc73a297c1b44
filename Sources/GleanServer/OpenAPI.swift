/// The OpenAPI 3.1 description served at `/openapi.json` (docs/serve.md explains each endpoint with curl).
enum OpenAPI {
    static let document = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Glean serve",
    "version": "1",
    "description": "Rule-based information extraction over HTTP: facts from documents, explanations, consolidation, pack checks and reloads. See docs/serve.md."
  },
  "servers": [{"url": "http://127.0.0.1:8750"}],
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "Required on every request when the server has a token (always on a non-loopback --host)."}},
    "schemas": {
      "Error": {
        "type": "object", "required": ["error"],
        "properties": {
          "error": {"type": "object", "required": ["code", "message"], "properties": {
            "code": {"type": "string", "examples": ["malformed-json", "bad-field", "bad-line", "body-too-large", "unauthorized", "forbidden", "rule-errors", "draining", "not-found"]},
            "message": {"type": "string"},
            "location": {"type": "string", "description": "file:line:column of a rule error, or body:line:column of a bad input line"}}},
          "diagnostics": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}
        }
      },
      "Diagnostic": {
        "type": "object", "required": ["severity", "code", "message"],
        "properties": {"severity": {"enum": ["error", "warning", "note"]}, "code": {"type": "string"}, "message": {"type": "string"},
          "file": {"type": "string", "description": "relative to the rules directory for rule files"}, "line": {"type": "integer"}, "column": {"type": "integer"}, "source_line": {"type": "string"}}
      },
      "RuleTexts": {"type": "object", "additionalProperties": {"type": "string"}, "description": "Rule file path (relative to --rules, *.glean) to the text that replaces it, in memory only."},
      "DocumentRequest": {
        "type": "object", "required": ["text"],
        "properties": {
          "text": {"type": "string"}, "id": {"type": ["string", "number"], "default": "text"},
          "lang": {"enum": ["en", "fr"]}, "reference_date": {"type": "string", "format": "date"},
          "types": {"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string", "description": "comma-separated"}]},
          "rules": {"$ref": "#/components/schemas/RuleTexts"}
        }
      },
      "Fact": {"type": "object", "description": "A fact exactly as `glean extract` writes it (docs/facts.md, facts.schema.json).",
        "required": ["doc", "type", "rule", "start", "end", "text", "fields"]}
    },
    "responses": {
      "BadRequest": {"description": "Malformed JSON or a bad field (the message names it)", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "TooLarge": {"description": "Body over --max-body", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Unauthorized": {"description": "No token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Forbidden": {"description": "Wrong token", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "RuleErrors": {"description": "The rules (edited or reloaded) have errors", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
      "Draining": {"description": "The server is shutting down", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    }
  },
  "security": [{}, {"bearer": []}],
  "paths": {
    "/v1/extract": {"post": {
      "summary": "Facts of one document (JSON), or of many (application/x-ndjson, streamed back as JSON Lines)",
      "requestBody": {"required": true, "content": {
        "application/json": {"schema": {"$ref": "#/components/schemas/DocumentRequest"}},
        "application/x-ndjson": {"schema": {"type": "string", "description": "one {\"id\",\"text\",\"lang\",\"reference_date\"} object per line, as --input-format jsonl; ?types=A,B filters"}}}},
      "parameters": [{"name": "types", "in": "query", "schema": {"type": "string"}, "description": "with application/x-ndjson: only these fact types"}],
      "responses": {
        "200": {"description": "The facts `glean extract` gives", "headers": {"Glean-Pack-Version": {"schema": {"type": "string"}}}, "content": {
          "application/json": {"schema": {"type": "object", "required": ["facts", "warnings"], "properties": {
            "facts": {"type": "array", "items": {"$ref": "#/components/schemas/Fact"}}, "warnings": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}}}},
          "application/x-ndjson": {"schema": {"type": "string", "description": "one fact per line"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
        "413": {"$ref": "#/components/responses/TooLarge"}, "422": {"$ref": "#/components/responses/RuleErrors"}, "503": {"$ref": "#/components/responses/Draining"}}}},
    "/v1/explain": {"post": {
      "summary": "Why the document gives its facts (what `glean explain` shows); ?format=html for the highlighted page",
      "parameters": [{"name": "format", "in": "query", "schema": {"enum": ["json", "html"]}}],
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"allOf": [{"$ref": "#/components/schemas/DocumentRequest"},
        {"type": "object", "properties": {"rule": {"type": "string", "description": "explain this rule only"}, "type": {"type": "string", "description": "only the rules of this fact type"}}}]}}}},
      "responses": {"200": {"description": "sentences, tokens, gazetteer hits, matches per phase, facts with field sources", "content": {"application/json": {}, "text/html": {}}},
        "400": {"$ref": "#/components/responses/BadRequest"}, "401": {"$ref": "#/components/responses/Unauthorized"}, "403": {"$ref": "#/components/responses/Forbidden"},
        "413": {"$ref": "#/components/responses/TooLarge"}, "422": {"$ref": "#/components/responses/RuleErrors"}, "503": {"$ref": "#/components/responses/Draining"}}}},
    "/v1/consolidate": {"post": {
      "summary": "Records from posted facts (docs/consolidation.md)",
      "requestBody": {"required": true, "content": {
        "application/json": {"schema": {"type": "object", "required": ["facts"], "properties": {"facts": {"type": "array", "items": {"$ref": "#/components/schemas/Fact"}}, "lang": {"enum": ["en", "fr"]}}}},
        "application/x-ndjson": {"schema": {"type": "string", "description": "facts as JSON Lines"}}}},
      "responses": {"200": {"description": "records", "content": {"application/json": {"schema": {"type": "object", "properties": {"records": {"type": "array", "items": {"type": "object"}}}}}}},
        "400": {"$ref": "#/components/responses/BadRequest"}, "413": {"$ref": "#/components/responses/TooLarge"}, "422": {"$ref": "#/components/responses/RuleErrors"}}}},
    "/v1/pack": {"get": {"summary": "The pack: version (hash of its files), rule files, phases, rules, fact types, gazetteer sizes, last reload errors",
      "responses": {"200": {"description": "the pack", "content": {"application/json": {"schema": {"type": "object", "required": ["version", "files", "phases", "rules", "types", "gazetteer"]}}}}}}},
    "/v1/check": {"post": {
      "summary": "`glean check` of the pack with one rule file's text replaced (or added)",
      "requestBody": {"required": true, "content": {"application/json": {"schema": {"type": "object", "required": ["text"], "properties": {
        "text": {"type": "string"}, "path": {"type": "string", "default": "posted.glean", "description": "rule file relative to --rules; a new file if no file has that path"},
        "rules": {"$ref": "#/components/schemas/RuleTexts"}, "strict": {"type": "boolean", "default": false}}}}}},
      "responses": {"200": {"description": "no error: the `glean check --format json` report", "content": {"application/json": {"schema": {"type": "object", "properties": {
          "ok": {"type": "boolean"}, "summary": {"type": "string"}, "errors": {"type": "integer"}, "warnings": {"type": "integer"}, "diagnostics": {"type": "array", "items": {"$ref": "#/components/schemas/Diagnostic"}}}}}}},
        "400": {"$ref": "#/components/responses/BadRequest"}, "422": {"$ref": "#/components/responses/RuleErrors"}}}},
    "/v1/reload": {"post": {"summary": "Compile the pack anew and swap it in if it is clean (SIGHUP and --watch do the same)",
      "responses": {"200": {"description": "reloaded, or unchanged", "content": {"application/json": {"schema": {"type": "object", "properties": {"reloaded": {"type": "boolean"}, "version": {"type": "string"}, "previous_version": {"type": "string"}}}}}},
        "422": {"$ref": "#/components/responses/RuleErrors"}}}},
    "/healthz": {"get": {"summary": "Liveness", "responses": {"200": {"description": "{\"status\":\"ok\",\"version\":…}"}, "503": {"$ref": "#/components/responses/Draining"}}}},
    "/metrics": {"get": {"summary": "Prometheus text: glean_requests_total, glean_request_duration_seconds, glean_documents_total, glean_document_bytes_total, glean_facts_total, glean_reloads_total",
      "responses": {"200": {"description": "text/plain; version=0.0.4", "content": {"text/plain": {}}}}}},
    "/openapi.json": {"get": {"summary": "This document", "responses": {"200": {"description": "OpenAPI 3.1"}}}},
    "/": {"get": {"summary": "The workbench page", "responses": {"200": {"description": "text/html"}}}}
  }
}
"""#
}
