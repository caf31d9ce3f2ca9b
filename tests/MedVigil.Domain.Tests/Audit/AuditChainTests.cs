using MedVigil.Domain.Audit;
using static MedVigil.Domain.Tests.Audit.AuditTestData;

namespace MedVigil.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(6)]
    public void AnIntactChainVerifies(int count)
    {
        var result = AuditChain.Verify(TenantId, Chain(count));

        result.IsIntact.ShouldBeTrue();
        result.FirstBrokenLink.ShouldBeNull();
        result.EventsChecked.ShouldBe(count);
        result.TenantId.ShouldBe(TenantId);
    }

    [Theory]
    [InlineData(nameof(AuditEvent.Summary), 3)]
    [InlineData(nameof(AuditEvent.Actor), 3)]
    [InlineData(nameof(AuditEvent.Action), 1)]
    [InlineData(nameof(AuditEvent.EntityType), 6)]
    [InlineData(nameof(AuditEvent.EntityId), 2)]
    [InlineData(nameof(AuditEvent.At), 4)]
    [InlineData(nameof(AuditEvent.TenantId), 5)]
    public void AnAlteredFieldIsFoundAtItsEvent(string property, int sequence)
    {
        var chain = Chain(6);
        var index = sequence - 1;
        chain[index] = Tampered(chain[index], property, Different(chain[index], property));

        var result = AuditChain.Verify(TenantId, chain);

        result.IsIntact.ShouldBeFalse();
        var broken = result.FirstBrokenLink.ShouldNotBeNull();
        broken.Sequence.ShouldBe(sequence);
        // Moving an event into another tenant's chain is caught before its hash is even checked.
        broken.Reason.ShouldContain(property == "TenantId" ? "another tenant" : "altered", Case.Sensitive);
        result.EventsChecked.ShouldBe(sequence - 1);
    }

    [Fact]
    public void ARemovedMiddleEventIsReportedMissing()
    {
        var chain = Chain(5);
        chain.RemoveAt(2);

        var result = AuditChain.Verify(TenantId, chain);

        var broken = result.FirstBrokenLink.ShouldNotBeNull();
        broken.Sequence.ShouldBe(3);
        broken.Reason.ShouldContain("missing", Case.Sensitive);
        result.EventsChecked.ShouldBe(2);
    }

    [Fact]
    public void ARemovedFirstEventIsReportedMissing()
    {
        var chain = Chain(3);
        chain.RemoveAt(0);

        var broken = AuditChain.Verify(TenantId, chain).FirstBrokenLink.ShouldNotBeNull();

        broken.Sequence.ShouldBe(1);
        broken.Reason.ShouldContain("missing", Case.Sensitive);
    }

    [Fact]
    public void ARemovedLastEventLeavesAShorterIntactChain()
    {
        // Truncation at the end is invisible to the chain itself; the count is what an anchor would compare.
        var chain = Chain(5);
        chain.RemoveAt(4);

        var result = AuditChain.Verify(TenantId, chain);

        result.IsIntact.ShouldBeTrue();
        result.EventsChecked.ShouldBe(4);
    }

    [Fact]
    public void AReorderedChainIsBrokenWhereTheOrderGoesWrong()
    {
        var chain = Chain(5);
        (chain[1], chain[2]) = (chain[2], chain[1]);

        var result = AuditChain.Verify(TenantId, chain);

        result.IsIntact.ShouldBeFalse();
        result.FirstBrokenLink.ShouldNotBeNull().Sequence.ShouldBe(2);
        result.EventsChecked.ShouldBe(1);
    }

    [Fact]
    public void AReorderedChainWithRenumberedSequencesIsStillBroken()
    {
        var chain = Chain(4);
        (chain[1], chain[2]) = (Tampered(chain[2], nameof(AuditEvent.Sequence), 2L), Tampered(chain[1], nameof(AuditEvent.Sequence), 3L));

        var broken = AuditChain.Verify(TenantId, chain).FirstBrokenLink.ShouldNotBeNull();

        broken.Sequence.ShouldBe(2);
    }

    [Fact]
    public void AForgedHashIsFoundAtItsEvent()
    {
        var chain = Chain(4);
        chain[1] = Tampered(chain[1], nameof(AuditEvent.Hash), new string('a', 64));

        var broken = AuditChain.Verify(TenantId, chain).FirstBrokenLink.ShouldNotBeNull();

        broken.Sequence.ShouldBe(2);
        broken.Reason.ShouldContain("altered", Case.Sensitive);
    }

    [Fact]
    public void AnAlteredEventWithARecomputedHashBreaksTheNextLink()
    {
        var chain = Chain(4);
        var forged = Tampered(chain[1], nameof(AuditEvent.Summary), "Nothing happened.");
        chain[1] = Tampered(forged, nameof(AuditEvent.Hash), forged.ComputeHash());

        var result = AuditChain.Verify(TenantId, chain);

        var broken = result.FirstBrokenLink.ShouldNotBeNull();
        broken.Sequence.ShouldBe(3);
        broken.Reason.ShouldContain("does not point at the hash", Case.Sensitive);
        result.EventsChecked.ShouldBe(2);
    }

    [Fact]
    public void AFirstEventThatDoesNotStartFromGenesisIsBroken()
    {
        var chain = Chain(2);
        var forged = Tampered(chain[0], nameof(AuditEvent.PreviousHash), new string('1', 64));
        chain[0] = Tampered(forged, nameof(AuditEvent.Hash), forged.ComputeHash());

        var broken = AuditChain.Verify(TenantId, chain).FirstBrokenLink.ShouldNotBeNull();

        broken.Sequence.ShouldBe(1);
        broken.Reason.ShouldContain("does not point at the hash", Case.Sensitive);
    }

    [Fact]
    public void OnlyTheFirstBrokenLinkIsReported()
    {
        var chain = Chain(6);
        chain[4] = Tampered(chain[4], nameof(AuditEvent.Summary), "later");
        chain[1] = Tampered(chain[1], nameof(AuditEvent.Summary), "earlier");

        AuditChain.Verify(TenantId, chain).FirstBrokenLink.ShouldNotBeNull().Sequence.ShouldBe(2);
    }
}
