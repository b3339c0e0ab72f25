#!/usr/bin/env bash
# The bad-input fuzz run: N mutated documents (default 10,000) through every command that reads a document, in process.
# Prints the documents run, the exits by code, crashes, hangs, silent acceptances (an exit other than 2 on a
# mutation every reader must refuse) and messages without a JSON path; writes the documents
# behind each crash, hang or pathless message under artifacts/fuzz/ for replay. Exit 1 when any of those is found.
#   tests/fuzz/run.sh [documents] [seed]
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build tests/fuzz/CadreRules.Fuzz.csproj -c Release -nologo -v q -clp:NoSummary
dotnet tests/fuzz/bin/Release/net10.0/CadreRules.Fuzz.dll "${1:-10000}" "${2:-17}" "$(pwd)"
