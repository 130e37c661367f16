#!/usr/bin/env python3
"""Regenerates the committed seed corpus in Fuzz/Corpus/ from the repository's documents.

Only seeds that exist nowhere else as files are written here: run.sh adds the GraphQL fixtures (the contract,
the dashboard, kitchen sinks, the introspection query) and the schema from where they live.
parser/: a sample of the conformance documents. executor/: the playground's examples and a sample of the
conformance requests, each as `query NUL variables-JSON NUL operationName`, the
format FuzzExecutor reads. Run from anywhere: python3 Fuzz/make-corpus.py
"""
import hashlib
import json
import pathlib
import shutil
import subprocess

root = pathlib.Path(__file__).resolve().parent.parent
fixtures = root / "Tests/GraphQLEngineTests/Fixtures"
corpus = root / "Fuzz/Corpus"


def write(folder, name, data):
    """Writes one seed; the name says where it came from."""
    (corpus / folder).mkdir(parents=True, exist_ok=True)
    (corpus / folder / name).write_bytes(data)


def request(query, variables=None, operation_name=None):
    """One executor seed: the query, then the variables and operation name after NUL bytes when given."""
    data = query.encode()
    if variables is not None or operation_name is not None:
        data += b"\0" + json.dumps(variables or {}, separators=(",", ":")).encode()
    if operation_name is not None:
        data += b"\0" + operation_name.encode()
    return data


def playground_examples():
    """The playground's one-click examples, read by evaluating examples.js in node."""
    script = (
        "globalThis.window = globalThis; require(process.argv[1]);"
        "console.log(JSON.stringify(PG.examples.map(e => ({id: e.id, query: e.query,"
        " variables: e.variables ? e.variables() : null, prepare: e.prepare ? e.prepare.query : null}))));"
    )
    out = subprocess.run(["node", "-e", script, str(root / "playground/examples.js")], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def main():
    for folder in ("parser", "executor"):
        shutil.rmtree(corpus / folder, ignore_errors=True)
    rows = [json.loads(line) for line in (fixtures / "conformance.jsonl").read_text().splitlines() if line]
    # Every 20th generated case: valid and invalid ones, about 100 seeds, each small.
    sample = rows[::20]
    for row in sample:
        write("parser", f"conformance-{row['name']}.graphql", row["query"].encode())
        write("executor", f"conformance-{row['name']}",
              request(row["query"], row.get("variables"), row.get("operationName")))
    for example in playground_examples():
        write("executor", f"playground-{example['id']}", request(example["query"], example["variables"]))
        if example["prepare"]:
            write("executor", f"playground-{example['id']}-prepare", request(example["prepare"]))
    # Variable coercion: every input type of the schema through variables.
    write("executor", "variables-orders", request(
        "query($first: Int, $filter: OrderFilter, $sort: OrderSort) { account { orders(first: $first, "
        "filter: $filter, sort: $sort) { totalCount nodes { number total { formatted } } } } }",
        {"first": 3, "filter": {"from": "2024-01-01", "status": "ACTIVATED"}, "sort": {"field": "AMOUNT", "direction": "ASC"}}))
    for folder in ("parser", "executor"):
        count = len(list((corpus / folder).iterdir()))
        print(f"{folder}: {count} seeds")


main()
