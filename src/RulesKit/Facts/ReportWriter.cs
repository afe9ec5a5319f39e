using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace RulesKit.Facts;

/// <summary>Writes a <see cref="Report"/> in the report file format (JSON), e.g. one line of a JSON Lines batch.</summary>
public static class ReportWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>The report as compact JSON (one line) in the same shape <c>rules/schema/report.schema.json</c> describes.</summary>
    public static string ToJson(Report report)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", report.Id);
            w.WriteString("title", report.Title);
            w.WriteString("reportType", report.ReportType);
            w.WriteString("purpose", report.Purpose);
            w.WriteString("industry", report.Industry);
            w.WriteString("agency", report.Agency);
            w.WriteString("enterprise", report.Enterprise);
            w.WriteString("county", report.County);
            w.WriteString("evaluationDate", report.EvaluationDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteStartObject("conclusion");
            w.WriteString("text", report.Conclusion.Text);
            w.WriteBoolean("favourable", report.Conclusion.Favourable);
            w.WriteEndObject();
            Subjects(w, "subjects", report.Subjects, "observed", "reported");
            Subjects(w, "documents", report.Documents, "original", "cited");
            w.WriteStartArray("evidence");
            foreach (var e in report.Evidence)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("source", SourceName(e.Source));
                w.WriteString("description", e.Description);
                w.WriteStartArray("concerns");
                foreach (var c in e.Concerns)
                    w.WriteStringValue(c);
                w.WriteEndArray();
                if (e.Falsified)
                    w.WriteBoolean("falsified", true);
                if (e.AgencyAware is { } aware)
                    w.WriteBoolean("agencyAware", aware);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The evidence source as written in report files (agency_survey …).</summary>
    public static string SourceName(EvidenceSource source) => source switch
    {
        EvidenceSource.AgencySurvey => "agency_survey",
        EvidenceSource.AgencyPhoto => "agency_photo",
        EvidenceSource.EnterpriseMaterial => "enterprise_material",
        EvidenceSource.NoticeServed => "notice_served",
        _ => "inspection",
    };

    private static void Subjects(Utf8JsonWriter w, string name, IReadOnlyList<CheckedSubject> subjects, string observed, string reported)
    {
        w.WriteStartArray(name);
        foreach (var s in subjects)
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("kind", s.Kind);
            if (s.Name is not null)
                w.WriteString("name", s.Name);
            Values(w, observed, s.Observed);
            if (s.Reported is not null)
                Values(w, reported, s.Reported);
            if (s.ControlsApprovedByRegulator is { } approved)
                w.WriteBoolean("controlsApprovedByRegulator", approved);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Values(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, object> values)
    {
        w.WriteStartObject(name);
        foreach (var (key, value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            switch (value)
            {
                case decimal d: w.WriteNumber(key, d); break;
                case int i: w.WriteNumber(key, i); break;
                case bool b: w.WriteBoolean(key, b); break;
                case DateOnly date: w.WriteString(key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                default: w.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture)); break;
            }
        }
        w.WriteEndObject();
    }
}
