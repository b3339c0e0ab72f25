using System;
using CadreRules.Spreadsheets;

namespace CadreRules.Server.Http;

/// <summary>A document of a request: its bytes, and the spreadsheet format they are in (null: JSON).</summary>
/// <param name="Bytes">The bytes, as received.</param>
/// <param name="Sheet">The workbook or CSV format, or null for a JSON document.</param>
internal sealed record RequestPart(ReadOnlyMemory<byte> Bytes, SpreadsheetFormat? Sheet);
