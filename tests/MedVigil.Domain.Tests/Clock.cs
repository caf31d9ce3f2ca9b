using Microsoft.Extensions.Time.Testing;

namespace MedVigil.Domain.Tests;

/// <summary>A fake clock at a fixed, recognisable instant, so every time a test sees came from it.</summary>
internal static class Clock
{
    public static readonly DateTimeOffset Start = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    public static FakeTimeProvider Fake() => new(Start);
}
