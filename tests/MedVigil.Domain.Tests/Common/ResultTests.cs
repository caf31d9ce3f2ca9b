using MedVigil.Domain.Common;

namespace MedVigil.Domain.Tests.Common;

public sealed class ResultTests
{
    [Fact]
    public void ASuccessCarriesItsValueAndNoError()
    {
        Result<int> result = 42;

        result.IsSuccess.ShouldBeTrue();
        result.Error.ShouldBeNull();
        result.Value.ShouldBe(42);
        result.TryGetValue(out var value).ShouldBeTrue();
        value.ShouldBe(42);
    }

    [Fact]
    public void AFailureCarriesItsErrorAndRefusesToGiveAValue()
    {
        Result<int> result = Error.NotFound("Device", "PUMP-001");

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldNotBeNull().Kind.ShouldBe(ErrorKind.NotFound);
        result.TryGetValue(out _).ShouldBeFalse();
        var thrown = Should.Throw<InvalidOperationException>(() => result.Value);
        thrown.Message.ShouldContain("Device 'PUMP-001' was not found.", Case.Sensitive);
    }

    [Fact]
    public void SuccessAndFailureFactoriesMatchTheImplicitConversions()
    {
        var error = Error.Forbidden("no");

        Result<string>.Success("x").Value.ShouldBe("x");
        Result<string>.Failure(error).Error.ShouldBeSameAs(error);
    }

    [Fact]
    public void MapTransformsASuccessAndPassesAFailureThroughUntouched()
    {
        Result<int> success = 20;
        var error = Error.Conflict("taken", "Already there.");
        Result<int> failure = error;
        var calls = 0;

        success.Map(v => { calls++; return v + 1; }).Value.ShouldBe(21);
        var mapped = failure.Map(v => { calls++; return v.ToString(System.Globalization.CultureInfo.InvariantCulture); });

        mapped.IsSuccess.ShouldBeFalse();
        mapped.Error.ShouldBeSameAs(error);
        calls.ShouldBe(1);
    }

    [Theory]
    [InlineData(ErrorKind.Validation, "validation")]
    [InlineData(ErrorKind.NotFound, "not_found")]
    [InlineData(ErrorKind.Forbidden, "forbidden")]
    [InlineData(ErrorKind.InvalidTransition, "invalid_transition")]
    [InlineData(ErrorKind.Conflict, "tenant_exists")]
    public void EachErrorFactoryGivesItsKindAndCode(ErrorKind kind, string code)
    {
        var error = kind switch
        {
            ErrorKind.Validation => Error.Validation("Invalid."),
            ErrorKind.NotFound => Error.NotFound("Tenant", "acme"),
            ErrorKind.Forbidden => Error.Forbidden("Not yours."),
            ErrorKind.InvalidTransition => Error.InvalidTransition("Too late."),
            ErrorKind.Conflict => Error.Conflict("tenant_exists", "Tenant 'acme' already exists."),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        error.Kind.ShouldBe(kind);
        error.Code.ShouldBe(code);
        error.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void AValidationErrorKeepsItsFieldErrorsInOrder()
    {
        var error = Error.Validation("Invalid device.", new FieldError("ipAddress", "bad"), new FieldError("vlan", "too big"));

        error.Fields.ShouldBe([new FieldError("ipAddress", "bad"), new FieldError("vlan", "too big")]);
        Error.NotFound("Device", 1).Fields.ShouldBeEmpty();
    }
}
