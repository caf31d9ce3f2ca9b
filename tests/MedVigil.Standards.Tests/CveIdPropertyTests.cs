using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using MedVigil.Standards.Identifiers;

namespace MedVigil.Standards.Tests;

public sealed class CveIdPropertyTests
{
    [Property]
    public bool ACanonicalCveIdRoundTrips(PositiveInt year, PositiveInt sequence)
    {
        var text = $"CVE-{1999 + (year.Get % 100)}-{1000 + sequence.Get}";
        return CveId.Parse(text).ToString() == text;
    }
}
