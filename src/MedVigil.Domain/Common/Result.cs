using System.Diagnostics.CodeAnalysis;

namespace MedVigil.Domain.Common;

/// <summary>The outcome of a use case: a value or an expected <see cref="Common.Error"/> (ADR 0003).</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Error? error) => (_value, Error) = (value, error);

    public Error? Error { get; }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Error.Message}");

    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsSuccess;
    }

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? map(_value!) : Error;
}
