using MedVigil.Domain.Access;
using MedVigil.Domain.Common;

namespace MedVigil.Domain.Tests.Access;

public sealed class ApiKeyTests
{
    private static readonly Guid TenantId = Guid.Parse("0193a1b2-0000-7000-8000-00000000abcd");

    private static (ApiKey Key, string Token) Issue() =>
        ApiKey.Issue(TenantId, "ci pipeline", Role.SecurityAnalyst, "alice@example.org", Clock.Fake());

    private static string Secret(string token) => token[(4 + 32 + 16 + 1)..];

    [Fact]
    public void IssueReturnsATokenNamingTheTenantAndTheKey()
    {
        var (key, token) = Issue();

        // mvk_ + tenant (32 hex, "N") + key id (16 hex) + _ + base64url of 32 random bytes (43 characters).
        token.ShouldMatch("^mvk_[0-9a-f]{32}[0-9a-f]{16}_[A-Za-z0-9_-]{43}$");
        token.Substring(4, 32).ShouldBe(TenantId.ToString("N"));
        token.Substring(36, 16).ShouldBe(key.KeyId);
        key.KeyId.ShouldMatch("^[0-9a-f]{16}$");
    }

    [Fact]
    public void IssueRecordsWhoWhatAndWhenButNotTheSecret()
    {
        var (key, token) = Issue();

        key.TenantId.ShouldBe(TenantId);
        key.Name.ShouldBe("ci pipeline");
        key.Role.ShouldBe(Role.SecurityAnalyst);
        key.CreatedBy.ShouldBe("alice@example.org");
        key.CreatedAt.ShouldBe(Clock.Start);
        key.IsRevoked.ShouldBeFalse();
        key.SecretHash.ShouldMatch("^[0-9a-f]{64}$");
        key.SecretHash.ShouldNotContain(Secret(token), Case.Sensitive);
        key.SecretHash.ShouldNotContain(Secret(token).ToLowerInvariant(), Case.Sensitive);
    }

    [Fact]
    public void EachIssuedKeyIsDifferent()
    {
        var (one, tokenOne) = Issue();
        var (two, tokenTwo) = Issue();

        two.KeyId.ShouldNotBe(one.KeyId);
        tokenTwo.ShouldNotBe(tokenOne);
        two.SecretHash.ShouldNotBe(one.SecretHash);
        one.Accepts(tokenTwo).ShouldBeFalse();
    }

    [Fact]
    public void TryReadTokenReadsBackTheTenantAndKeyId()
    {
        var (key, token) = Issue();

        ApiKey.TryReadToken(token, out var tenantId, out var keyId).ShouldBeTrue();

        tenantId.ShouldBe(TenantId);
        keyId.ShouldBe(key.KeyId);
    }

    public static TheoryData<string?> MalformedTokens()
    {
        var tenant = TenantId.ToString("N");
        const string keyId = "0123456789abcdef";
        return new TheoryData<string?>
        {
            null,
            "",
            "mvk_",
            $"mvk_{tenant}{keyId}", // no separator, no secret
            $"mvk_{tenant}{keyId[..15]}_secret", // key id one short
            $"xvk_{tenant}{keyId}_secret", // wrong prefix
            $"MVK_{tenant}{keyId}_secret", // prefix is case-sensitive
            $"mvk{tenant}{keyId}_secret", // prefix without underscore
            $"mvk_{tenant[..31]}g{keyId}_secret", // tenant not hex
            $"mvk_{tenant}0123456789abcdeg_secret", // key id not hex
            $"mvk_{tenant}0123456789ABCDEF_secret", // key id upper case
            $"mvk_{tenant}{keyId}-secret", // wrong separator
            $"mvk_{tenant}{keyId}_{new string('s', 200 - 53 + 1)}", // 201 characters
        };
    }

    [Theory]
    [MemberData(nameof(MalformedTokens))]
    public void TryReadTokenRejectsAMalformedToken(string? token) =>
        ApiKey.TryReadToken(token, out _, out _).ShouldBeFalse();

    [Fact]
    public void TryReadTokenAcceptsATokenOfExactly200Characters()
    {
        var token = $"mvk_{TenantId:N}0123456789abcdef_{new string('s', 200 - 53)}";
        token.Length.ShouldBe(200);

        ApiKey.TryReadToken(token, out var tenantId, out var keyId).ShouldBeTrue();

        tenantId.ShouldBe(TenantId);
        keyId.ShouldBe("0123456789abcdef");
    }

    [Fact]
    public void AcceptsTheIssuedTokenOnly()
    {
        var (key, token) = Issue();
        var last = token[^1];
        var changed = token[..^1] + (last == 'A' ? 'B' : 'A');

        key.Accepts(token).ShouldBeTrue();
        key.Accepts(changed).ShouldBeFalse();
        key.Accepts(token + "x").ShouldBeFalse();
        key.Accepts(token[..^1]).ShouldBeFalse();
        key.Accepts(string.Empty).ShouldBeFalse();
    }

    [Fact]
    public void ARevokedKeyAcceptsNothing()
    {
        var time = Clock.Fake();
        var (key, token) = ApiKey.Issue(TenantId, "ci", Role.Viewer, "alice", time);
        time.Advance(TimeSpan.FromDays(3));

        var revoked = key.Revoke(time);

        revoked.Value.ShouldBe(Clock.Start.AddDays(3));
        key.IsRevoked.ShouldBeTrue();
        key.RevokedAt.ShouldBe(Clock.Start.AddDays(3));
        key.Accepts(token).ShouldBeFalse();
    }

    [Fact]
    public void RevokingTwiceIsAnInvalidTransition()
    {
        var time = Clock.Fake();
        var (key, _) = ApiKey.Issue(TenantId, "ci", Role.Viewer, "alice", time);
        key.Revoke(time).IsSuccess.ShouldBeTrue();
        time.Advance(TimeSpan.FromHours(1));

        var again = key.Revoke(time);

        again.IsSuccess.ShouldBeFalse();
        again.Error.Kind.ShouldBe(ErrorKind.InvalidTransition);
        key.RevokedAt.ShouldBe(Clock.Start);
    }

    [Fact]
    public void IssueRefusesAnEmptyTenantOrName()
    {
        Should.Throw<ArgumentException>(() => ApiKey.Issue(Guid.Empty, "ci", Role.Viewer, "alice", Clock.Fake()));
        Should.Throw<ArgumentException>(() => ApiKey.Issue(TenantId, " ", Role.Viewer, "alice", Clock.Fake()));
    }
}
