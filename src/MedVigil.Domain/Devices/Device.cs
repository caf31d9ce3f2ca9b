using MedVigil.Domain.Common;

namespace MedVigil.Domain.Devices;

/// <summary>One physical unit in a hospital, identified by the hospital's asset id.</summary>
public sealed class Device : ITenantOwned
{
    public const int AssetIdMaxLength = 64;

    private Device()
    {
        AssetId = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string AssetId { get; private set; }

    public string? SerialNumber { get; private set; }

    public Guid ModelVersionId { get; private set; }

    public Guid? CareUnitId { get; private set; }

    public Guid? ParentDeviceId { get; private set; }

    public ClinicalFunction ClinicalFunction { get; private set; }

    public Exposure Exposure { get; private set; }

    public string? IpAddress { get; private set; }

    public string? MacAddress { get; private set; }

    public int? Vlan { get; private set; }

    public string? Hostname { get; private set; }

    public bool HoldsPatientData { get; private set; }

    public string? OperatingSystem { get; private set; }

    public DateOnly? OsEndOfSupport { get; private set; }

    public string? Owner { get; private set; }

    public LifecycleStatus LifecycleStatus { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Device Register(Guid tenantId, string assetId, DeviceDetails details, TimeProvider time)
    {
        var now = time.GetUtcNow();
        var device = new Device
        {
            TenantId = Guard.Id(tenantId, nameof(tenantId)),
            Id = Ids.New(time),
            AssetId = Guard.Text(assetId, nameof(assetId), AssetIdMaxLength),
            LifecycleStatus = LifecycleStatus.InUse,
            CreatedAt = now,
        };
        device.Apply(details, now);
        return device;
    }

    /// <summary>Replaces the details and returns what changed, for the audit trail; nothing changed → empty.</summary>
    public IReadOnlyList<string> Update(DeviceDetails details, TimeProvider time)
    {
        if (LifecycleStatus == LifecycleStatus.Retired)
        {
            throw new InvalidOperationException($"Device {AssetId} is retired and cannot be changed.");
        }

        var before = Capture();
        Apply(details, time.GetUtcNow());
        var changes = Diff(before, Capture());
        if (changes.Count == 0)
        {
            UpdatedAt = before.UpdatedAt;
        }

        return changes;
    }

    /// <summary>Moves the device through its life; once retired it stays retired.</summary>
    public Result<LifecycleStatus> ChangeLifecycle(LifecycleStatus status, TimeProvider time)
    {
        if (LifecycleStatus == LifecycleStatus.Retired && status != LifecycleStatus.Retired)
        {
            return Error.InvalidTransition($"Device {AssetId} is retired; it cannot return to service.");
        }

        LifecycleStatus = status;
        UpdatedAt = time.GetUtcNow();
        return status;
    }

    private void Apply(DeviceDetails details, DateTimeOffset now)
    {
        // Check everything before changing anything: a refused update leaves the device as it was.
        if (!NetworkIdentity.TryNormalizeIp(details.IpAddress, out var ip))
        {
            throw new ArgumentException($"'{details.IpAddress}' is not an IP address.", nameof(details));
        }

        if (!NetworkIdentity.TryNormalizeMac(details.MacAddress, out var mac))
        {
            throw new ArgumentException($"'{details.MacAddress}' is not a MAC address.", nameof(details));
        }

        if (details.Vlan is { } vlan && !NetworkIdentity.IsValidVlan(vlan))
        {
            throw new ArgumentException($"VLAN {vlan} is outside 1-4094.", nameof(details));
        }

        var hostname = Guard.OptionalText(details.Hostname, nameof(details.Hostname), 253);
        if (!NetworkIdentity.IsValidHostname(hostname))
        {
            throw new ArgumentException($"'{details.Hostname}' is not a host name.", nameof(details));
        }

        if (details.ParentDeviceId == Id && Id != Guid.Empty)
        {
            throw new ArgumentException("A device cannot be its own parent.", nameof(details));
        }

        var modelVersionId = Guard.Id(details.ModelVersionId, nameof(details.ModelVersionId));
        var serial = Guard.OptionalText(details.SerialNumber, nameof(details.SerialNumber), 100);
        var os = Guard.OptionalText(details.OperatingSystem, nameof(details.OperatingSystem), 200);
        var owner = Guard.OptionalText(details.Owner, nameof(details.Owner), 200);

        ModelVersionId = modelVersionId;
        CareUnitId = details.CareUnitId;
        ParentDeviceId = details.ParentDeviceId;
        ClinicalFunction = details.ClinicalFunction;
        Exposure = details.Exposure;
        SerialNumber = serial;
        IpAddress = ip;
        MacAddress = mac;
        Vlan = details.Vlan;
        Hostname = hostname;
        HoldsPatientData = details.HoldsPatientData;
        OperatingSystem = os;
        OsEndOfSupport = details.OsEndOfSupport;
        Owner = owner;
        UpdatedAt = now;
    }

    private Snapshot Capture() => new(
        new DeviceDetails(ModelVersionId, CareUnitId, ClinicalFunction, Exposure, SerialNumber, IpAddress, MacAddress,
            Vlan, Hostname, HoldsPatientData, OperatingSystem, OsEndOfSupport, Owner, ParentDeviceId),
        UpdatedAt);

    private static List<string> Diff(Snapshot before, Snapshot after)
    {
        var changes = new List<string>();
        foreach (var property in typeof(DeviceDetails).GetProperties())
        {
            var old = property.GetValue(before.Details);
            var now = property.GetValue(after.Details);
            if (!Equals(old, now))
            {
                changes.Add(FormattableString.Invariant($"{property.Name}: {old ?? "∅"} → {now ?? "∅"}"));
            }
        }

        return changes;
    }

    private sealed record Snapshot(DeviceDetails Details, DateTimeOffset UpdatedAt);
}
