using MedVigil.Standards.Cpe;
using static MedVigil.Standards.Tests.Cpe.AttributeComparisonTableTests;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>Row 14 in detail: how a source pattern matches a target value.</summary>
public sealed class WildcardComparisonTests
{
    [Theory]
    [InlineData(@"8\.*", @"8\.", CpeRelation.Superset)] // '*' matches zero characters too
    [InlineData(@"*sql*", "mysql_server", CpeRelation.Superset)]
    [InlineData(@"*sql*", "postgres", CpeRelation.Disjoint)]
    [InlineData(@"*server", "mysql_server", CpeRelation.Superset)]
    [InlineData(@"*server", "server_tools", CpeRelation.Disjoint)]
    [InlineData("Micro*", "microsoft", CpeRelation.Superset)] // patterns ignore case like values do
    [InlineData("sp?", "sp1", CpeRelation.Superset)]
    [InlineData("sp?", "sp", CpeRelation.Superset)] // as in NIST's reference matcher, n '?' match up to n characters
    [InlineData("sp?", "sp12", CpeRelation.Disjoint)]
    [InlineData(@"sp??", "sp12", CpeRelation.Superset)]
    [InlineData(@"?\.0", @"8\.0", CpeRelation.Superset)]
    [InlineData(@"?\.0", @"10\.0", CpeRelation.Disjoint)]
    [InlineData(@"??\.0", @"10\.0", CpeRelation.Superset)]
    [InlineData("sp?", @"sp\!", CpeRelation.Superset)] // a quoted character is one character
    [InlineData(@"?\!", @"\!\!", CpeRelation.Superset)]
    [InlineData(@"8\.\*", @"8\.0", CpeRelation.Disjoint)] // a quoted '*' is the character, not a wildcard
    [InlineData(@"8\.\*", @"8\.\*", CpeRelation.Equal)]
    [InlineData(@"?\\", @"\\\\", CpeRelation.Superset)] // quoted backslashes: "?\" matches two backslashes
    [InlineData(@"\\?", @"\\\\\\", CpeRelation.Disjoint)]
    public void ASourcePatternIsASupersetOfTheValuesItMatches(string source, string target, CpeRelation expected) =>
        CpeName.CompareAttribute(Value(source), Value(target)).ShouldBe(expected);
}
