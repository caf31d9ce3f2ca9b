using MedVigil.Standards.Cpe;

namespace MedVigil.Standards.Tests.Cpe;

/// <summary>NISTIR 7696 §6.2: whole names, combining the attribute relations.</summary>
public sealed class NameComparisonTests
{
    [Theory]
    // The same name, spelled with different case: matching ignores case.
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.0.6001:beta:*:*:*:*:*:*", "cpe:2.3:a:Microsoft:Internet_Explorer:8.0.6001:BETA:*:*:*:*:*:*", CpeRelation.Equal)]
    // Both bindings of one name (NISTIR 7695's packed-edition example).
    [InlineData("cpe:/a:hp:insight_diagnostics:7.4.0.1570:-:~~online~win2003~x64~", "cpe:2.3:a:hp:insight_diagnostics:7.4.0.1570:-:*:*:online:win2003:x64:*", CpeRelation.Equal)]
    // A pattern with wildcards covers a concrete name.
    [InlineData("cpe:2.3:a:microsoft:internet_explorer:8.*:sp?:*:*:*:*:*:*", "cpe:2.3:a:microsoft:internet_explorer:8.0.6001:sp1:*:*:*:*:*:*", CpeRelation.Superset)]
    // NVD's version-range criteria leave the version ANY: a superset of each version.
    [InlineData("cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*", "cpe:2.3:o:linux:linux_kernel:5.15.37:*:*:*:*:*:*:*", CpeRelation.Superset)]
    [InlineData("cpe:2.3:o:linux:linux_kernel:5.15.37:*:*:*:*:*:*:*", "cpe:2.3:o:linux:linux_kernel:*:*:*:*:*:*:*:*", CpeRelation.Subset)]
    // NIST's example: the edition PalmOS cannot be NA.
    [InlineData("cpe:2.3:a:adobe:*:9.*:*:PalmOS:*:*:*:*:*", "cpe:/a::Reader:9.3.2:-:-", CpeRelation.Disjoint)]
    // One attribute DISJOINT decides, whatever the others are.
    [InlineData("cpe:2.3:a:quarkus:quarkus:*:*:*:*:*:*:*:*", "cpe:2.3:a:quarkus:quarkus-security:1.1.4:*:*:*:*:*:*:*", CpeRelation.Disjoint)]
    [InlineData("cpe:2.3:h:amd:*:*:*:*:*:*:*:*:*", "cpe:2.3:a:*:zstandard:1.5.2:*:*:*:*:*:*:*", CpeRelation.Disjoint)]
    // SUBSET and SUPERSET mixed: no set relation.
    [InlineData("cpe:2.3:a:pascom_cloud_phone_system:*:*:*:*:*:*:*:*:*", "cpe:2.3:a:*:zstandard:1.5.2:*:*:*:*:*:*:*", CpeRelation.Undefined)]
    // A target with wildcards is not a name the specification compares against.
    [InlineData("cpe:2.3:a:gnu:bash:*:*:*:*:*:*:*:*", "cpe:2.3:a:gnu:bash:4.*:*:*:*:*:*:*:*", CpeRelation.Undefined)]
    // ...but DISJOINT still wins over UNDEFINED.
    [InlineData("cpe:2.3:a:gnu:zsh:*:*:*:*:*:*:*:*", "cpe:2.3:a:gnu:bash:4.*:*:*:*:*:*:*:*", CpeRelation.Disjoint)]
    public void NamesCompareByTheirAttributeRelations(string source, string target, CpeRelation expected) =>
        CpeName.Compare(CpeName.Parse(source), CpeName.Parse(target)).ShouldBe(expected);

    [Fact]
    public void TheAllAnyNameIsASupersetOfEveryNameAndEqualToItself()
    {
        var all = default(CpeName);
        var name = CpeName.Parse("cpe:2.3:a:gnu:bash:4.2.46:*:*:*:*:*:*:*");

        CpeName.Compare(all, name).ShouldBe(CpeRelation.Superset);
        CpeName.Compare(name, all).ShouldBe(CpeRelation.Subset);
        CpeName.Compare(all, CpeName.Parse("cpe:2.3:*:*:*:*:*:*:*:*:*:*:*")).ShouldBe(CpeRelation.Equal);
    }
}
