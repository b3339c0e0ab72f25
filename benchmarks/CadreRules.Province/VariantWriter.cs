using System.IO;
using System.Text.Json;

namespace CadreRules.Province;

/// <summary>Writes the province's invented local variant of QĐ 366 (the shape of the CLI's demo-variant.json).</summary>
internal static class VariantWriter
{
    public static void Write(Stream output, bool indented)
    {
        using Utf8JsonWriter w = JsonOut.Create(output, indented);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", 1);
        w.WriteString("id", ProvinceGenerator.VariantId);
        w.WriteString("baseId", "party-eval-qd366");
        w.WriteStartObject("title");
        w.WriteString("vi", "Biến thể giả định của tỉnh Lạc Sơn: ngưỡng HTXS 92 điểm, xếp mức cao nhất đạt điều kiện (hư cấu)");
        w.WriteString("en", "Invented variant of Lạc Sơn province: HTXS from 92 points, rate the highest level whose conditions hold");
        w.WriteEndObject();
        w.WriteStartObject("citation");
        w.WriteStartObject("document");
        w.WriteString("number", "HD 02-HD/TU (hư cấu)");
        w.WriteString("issuer", "Tỉnh ủy Lạc Sơn (hư cấu)");
        JsonOut.Date(w, JsonEncodedText.Encode("signedOn"), 2025, 11, 1);
        w.WriteEndObject();
        w.WriteNumber("article", 3);
        w.WriteEndObject();
        w.WriteStartObject("effective");
        JsonOut.Date(w, JsonEncodedText.Encode("start"), 2025, 11, 1);
        w.WriteEndObject();
        w.WriteStartObject("overrides");
        w.WriteNumber("htxs.minScore", 92);
        w.WriteString("policy.highScore", "RateHighestMet");
        w.WriteEndObject();
        w.WriteEndObject();
        w.Flush();
    }
}
