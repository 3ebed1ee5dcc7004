"""JSON Schema checks: a compiled validator decides, the reference validator words the problems.

Example:
    >>> schema = {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}}
    >>> problems(schema, {"id": "a"})
    []
    >>> [(list(e.path), e.message) for e in problems(schema, {"id": 5})]
    [(['id'], "5 is not of type 'string'")]

Rule files, gold files and every `--format json` result are checked against a schema. jsonschema
names every problem with its path, but walks the schema anew for each value: checking the JSON
audit of the FA-KES train split and the wire stories took 21 s of a 66 s run, and checking the
rule files a third of a second of every cold start. fastjsonschema compiles a schema once into
Python code (about 25 times faster here), so it decides whether a value is valid; only when it
finds a problem does jsonschema run, to report all of them in its words. Where the two disagree
(fastjsonschema reads the schemas as draft 7, jsonschema as draft 2020-12, which these schemas
write alike), jsonschema's verdict stands: a value it accepts is accepted.
"""
from __future__ import annotations

import fastjsonschema

_COMPILED: dict[int, tuple[dict, object]] = {}


def _fast(schema: dict):
    """The compiled validator of `schema`, built once per schema object."""
    hit = _COMPILED.get(id(schema))
    if hit is not None and hit[0] is schema:
        return hit[1]
    # "$id" would make fastjsonschema resolve "#/$defs/…" against it as an address (and try to
    # fetch it); without it, references resolve inside the schema. A reference to anything outside
    # the schema would be fetched, so there may be none. Defaults are never filled in.
    outside = sorted(ref for ref in _references(schema) if not ref.startswith("#"))
    if outside:
        raise ValueError(f"schema refers outside itself ({', '.join(outside)}); verify never fetches a schema")
    local = _const_as_enum({key: value for key, value in schema.items() if key != "$id"})
    try:
        # (only its verdict is read, never its message: without the details each check's code does
        # not embed the whole schema, and the eleven rule schemas compile in half the time, 20 ms
        # less per cold start; the audit schema in 17 ms instead of 86)
        validator = fastjsonschema.compile(local, use_default=False, detailed_exceptions=False)
    except KeyError:
        # (fastjsonschema 2.22 writes no check without details for a "const" `_const_as_enum` left)
        validator = fastjsonschema.compile(local, use_default=False)
    _COMPILED[id(schema)] = (schema, validator)
    return validator


# keywords whose value maps names to schemas, and keywords whose value is data, not a schema
_SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}
_DATA = {"const", "enum", "default", "examples", "required"}


def _const_as_enum(node):
    """The schema with each `"const": value` written `"enum": [value]`, the same check (fastjsonschema
    writes both as one comparison): fastjsonschema 2.22 fails to write a const check without its
    detailed exceptions (KeyError 'definition_rule').

    >>> _const_as_enum({"properties": {"const": {"const": 1}}, "required": ["const"]})
    {'properties': {'const': {'enum': [1]}}, 'required': ['const']}
    """
    if isinstance(node, list):
        return [_const_as_enum(value) for value in node]
    if not isinstance(node, dict):
        return node
    out = {key: value if key in _DATA else
           {name: _const_as_enum(schema) for name, schema in value.items()}
           if key in _SCHEMA_MAPS and isinstance(value, dict) else _const_as_enum(value)
           for key, value in node.items()}
    if "const" in out and "enum" not in out:
        out["enum"] = [out.pop("const")]
    return out


def _references(node):
    """Every "$ref" value in a schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _references(value)
    elif isinstance(node, list):
        for value in node:
            yield from _references(value)


def problems(schema: dict, instance) -> list:
    """Every way `instance` breaks `schema` (jsonschema's `ValidationError`s, in its order);
    [] when it follows it."""
    try:
        _fast(schema)(instance)
        return []
    except fastjsonschema.JsonSchemaValueException:
        pass
    import jsonschema  # (imported only when there is something to report: a tenth of a second)

    return list(jsonschema.Draft202012Validator(schema).iter_errors(instance))
