using System.Text;
using MedVigil.Domain.Matching;
using MedVigil.Formats.Csaf;
using MedVigil.Formats.Nvd;
using MedVigil.Formats.Osv;
using MedVigil.Testing;

namespace MedVigil.Matching.Tests;

/// <summary>Builds statements from real shared documents and from minimal hand-written ones.</summary>
internal static class Documents
{
    public static StatementSet OsvFile(params string[] path) => OsvStatements.Convert(Read(OsvReader.Read(SharedData.Path(["osv", .. path]))));

    public static StatementSet NvdRecordFile(string id) => NvdStatements.Convert(Read(NvdCveReader.ReadRecord(SharedData.Path("nvd", "cve-records", id + ".json"))));

    public static StatementSet NvdOverrideFile(string year, string id) => NvdStatements.Convert(Read(NvdCveReader.ReadOverride(SharedData.Path("nvd", "anchore-nvd-overrides", year, id + ".json"))));

    public static CsafDocument IcsmaFile(string year, string name) => CsafReader.Read(SharedData.Path("icsma", year, name + ".json")).Document!;

    public static StatementSet Osv(string json) => OsvStatements.Convert(Read(OsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)))));

    public static CsafDocument Csaf(string json) => CsafReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))).Document!;

    /// <summary>A single-configuration NVD record: one node per array of matches, combined by <paramref name="configurationOperator"/>.</summary>
    public static StatementSet Nvd(string id, NvdOperator? configurationOperator, params NvdNode[] nodes) =>
        NvdStatements.Convert(new NvdCve(id, null, default, default, "Analyzed", [], [], [], [new NvdConfiguration(configurationOperator, false, nodes)], []));

    public static NvdNode Or(params NvdCpeMatch[] matches) => new(NvdOperator.Or, false, matches);

    public static NvdCpeMatch Match(string criteria, bool vulnerable = true, string? startIncluding = null, string? endExcluding = null, string? endIncluding = null) =>
        new(vulnerable, criteria, Guid.Empty.ToString(), startIncluding, null, endIncluding, endExcluding);

    private static T Read<T>(MedVigil.Formats.Common.ReadResult<T> result)
        where T : class
    {
        result.IsValid.ShouldBeTrue(string.Join("; ", result.Errors));
        return result.Document!;
    }
}
