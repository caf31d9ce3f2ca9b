using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using MedVigil.Domain.Audit;
using static MedVigil.Domain.Tests.Audit.AuditTestData;

namespace MedVigil.Domain.Tests.Audit;

public sealed class AuditEventTests
{
    [Fact]
    public void AppendNumbersTheChainFromOneAndLinksEachEventToTheOneBefore()
    {
        var chain = Chain(5);

        chain.Select(e => e.Sequence).ShouldBe([1L, 2L, 3L, 4L, 5L]);
        chain[0].PreviousHash.ShouldBe(new string('0', 64));
        AuditEvent.GenesisHash.ShouldBe(new string('0', 64));
        for (var i = 1; i < chain.Count; i++)
        {
            chain[i].PreviousHash.ShouldBe(chain[i - 1].Hash);
        }

        chain.Select(e => e.Hash).Distinct(StringComparer.Ordinal).Count().ShouldBe(5);
        chain.ShouldAllBe(e => e.TenantId == TenantId);
    }

    [Fact]
    public void AppendCopiesTheEntry()
    {
        var audit = AuditEvent.Append(null, TenantId, new AuditEntry(" alice ", "tenant.created", "Tenant", "acme", "Created."), Clock.Start);

        audit.Actor.ShouldBe("alice");
        audit.Action.ShouldBe("tenant.created");
        audit.EntityType.ShouldBe("Tenant");
        audit.EntityId.ShouldBe("acme");
        audit.Summary.ShouldBe("Created.");
        audit.Hash.ShouldMatch("^[0-9a-f]{64}$");
        audit.Hash.ShouldBe(audit.ComputeHash());
    }

    [Fact]
    public void AppendTruncatesTheTimeToMicrosecondsInUtc()
    {
        // 1234567 ticks = 123.4567 ms: the last tick (100 ns) is below a microsecond.
        var at = new DateTimeOffset(2025, 3, 14, 11, 26, 53, TimeSpan.FromHours(2)).AddTicks(1_234_567);

        var audit = AuditEvent.Append(null, TenantId, Entry(1), at);

        audit.At.Offset.ShouldBe(TimeSpan.Zero);
        audit.At.UtcTicks.ShouldBe(at.UtcTicks - 7);
        audit.At.ShouldBe(Clock.Start.AddTicks(1_234_560));
    }

    [Fact]
    public void AppendCutsAnOverlongSummaryTo4000Characters()
    {
        var audit = AuditEvent.Append(null, TenantId, Entry(1) with { Summary = new string('s', 5000) }, Clock.Start);

        audit.Summary.Length.ShouldBe(4000);
        audit.Summary.ShouldEndWith("…");
    }

    [Fact]
    public void AChainThatCrossesTenantsIsRefused()
    {
        var first = AuditEvent.Append(null, TenantId, Entry(1), Clock.Start);

        Should.Throw<ArgumentException>(() => AuditEvent.Append(first, OtherTenantId, Entry(2), Clock.Start))
            .ParamName.ShouldBe("previous");
    }

    [Fact]
    public void AppendRefusesAnEmptyTenantOrAMissingActor()
    {
        Should.Throw<ArgumentException>(() => AuditEvent.Append(null, Guid.Empty, Entry(1), Clock.Start));
        Should.Throw<ArgumentException>(() => AuditEvent.Append(null, TenantId, Entry(1) with { Actor = " " }, Clock.Start));
    }

    [Fact]
    public void TheHashIsDeterministic()
    {
        var one = AuditEvent.Append(null, TenantId, Entry(1), Clock.Start);
        var two = AuditEvent.Append(null, TenantId, Entry(1), Clock.Start);

        two.Hash.ShouldBe(one.Hash);
        one.ComputeHash().ShouldBe(one.Hash);
    }

    /// <summary>
    /// Pins the encoding (ADR 0006): every stored chain depends on it, so a change to field order, separators or
    /// formats must be a deliberate migration, not an accident. Computed here independently of ComputeHash.
    /// </summary>
    [Fact]
    public void TheHashIsTheSha256OfTheLengthPrefixedFields()
    {
        var audit = AuditEvent.Append(null, TenantId, Entry(1), Clock.Start);
        string[] fields =
        [
            "0193a1b2-0000-7000-8000-000000000001", "1", Clock.Start.UtcTicks.ToString(CultureInfo.InvariantCulture),
            "alice@example.org", "device.updated", "Device", "PUMP-001", "Change number 1.", new string('0', 64),
        ];
        var text = string.Concat(fields.Select(f => $"{f.Length.ToString(CultureInfo.InvariantCulture)}:{f}|"));

        audit.Hash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));
    }

    [Theory]
    [InlineData(nameof(AuditEvent.TenantId))]
    [InlineData(nameof(AuditEvent.Sequence))]
    [InlineData(nameof(AuditEvent.At))]
    [InlineData(nameof(AuditEvent.Actor))]
    [InlineData(nameof(AuditEvent.Action))]
    [InlineData(nameof(AuditEvent.EntityType))]
    [InlineData(nameof(AuditEvent.EntityId))]
    [InlineData(nameof(AuditEvent.Summary))]
    [InlineData(nameof(AuditEvent.PreviousHash))]
    public void TheHashChangesWhenAnyFieldChanges(string property)
    {
        var audit = Chain(2)[1];

        var tampered = Tampered(audit, property, Different(audit, property));

        tampered.ComputeHash().ShouldNotBe(audit.Hash);
    }

    [Theory]
    [InlineData("a|b", "c", "a", "b|c")]
    [InlineData("a", "b", "a:", "b")]
    [InlineData("1:a|", "b", "1:a", "|b")]
    [InlineData("ab", "c", "a", "bc")]
    public void MovingTextAcrossAFieldBoundaryChangesTheHash(string actor1, string action1, string actor2, string action2)
    {
        var one = AuditEvent.Append(null, TenantId, Entry(1) with { Actor = actor1, Action = action1 }, Clock.Start);
        var two = AuditEvent.Append(null, TenantId, Entry(1) with { Actor = actor2, Action = action2 }, Clock.Start);

        two.Hash.ShouldNotBe(one.Hash);
    }
}
