using System.Runtime.CompilerServices;

namespace MedVigil.Standards.Ssvc;

/// <summary>The column index of an enum value in a decision table, refusing values the enum does not define.</summary>
internal static class SsvcOrdinal
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Of<T>(T value, int count, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : struct, Enum
    {
        var ordinal = Unsafe.As<T, int>(ref value);
        return (uint)ordinal < (uint)count
            ? ordinal
            : throw new ArgumentOutOfRangeException(name, value, $"{ordinal} is not a defined {typeof(T).Name}.");
    }
}
