using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.Csaf;

namespace MedVigil.Formats.Tests.Csaf;

/// <summary>Small CSAF documents for the reader tests.</summary>
internal static class CsafSome
{
    /// <summary>A minimal valid csaf_base document; <paramref name="extra"/> is spliced in as further top-level members.</summary>
    public static string Document(string extra = "") => $$"""
        {
          "document": {
            "category": "csaf_base",
            "csaf_version": "2.0",
            "title": "Test",
            "publisher": { "category": "vendor", "name": "Acme", "namespace": "https://acme.example" },
            "tracking": {
              "id": "ACME-1", "version": "1", "status": "final",
              "initial_release_date": "2024-01-01T00:00:00Z", "current_release_date": "2024-01-01T00:00:00Z",
              "revision_history": [ { "number": "1", "date": "2024-01-01T00:00:00Z", "summary": "Initial" } ]
            }
          }{{(extra.Length > 0 ? "," + extra : "")}}
        }
        """;

    public static ReadResult<CsafDocument> Read(string json, ReaderLimits? limits = null) =>
        CsafReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), limits);
}
