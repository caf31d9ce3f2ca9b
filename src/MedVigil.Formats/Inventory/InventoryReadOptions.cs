namespace MedVigil.Formats.Inventory;

/// <summary>
/// Limits that keep a hostile or accidental huge inventory file from exhausting the server. Reaching one is an
/// issue and ends the reading of the file.
/// </summary>
public sealed record InventoryReadOptions
{
    public static InventoryReadOptions Default { get; } = new();

    /// <summary>The most data rows (the header not counted) a file may have.</summary>
    public int MaxRows { get; init; } = 200_000;

    /// <summary>The longest cell, in characters, header cells included.</summary>
    public int MaxFieldLength { get; init; } = 4096;

    /// <summary>The largest file, in bytes of UTF-8 (a <see cref="TextReader"/> is counted as its UTF-8 form).</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
}

/// <summary>Limits for <see cref="FhirDeviceReader"/>.</summary>
public sealed record FhirDeviceReadOptions
{
    public static FhirDeviceReadOptions Default { get; } = new();

    /// <summary>The largest file, in bytes; a larger one is not read (an issue says so).</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The most Device resources, over all the files read together; past it, reading stops.</summary>
    public int MaxDevices { get; init; } = 100_000;
}
