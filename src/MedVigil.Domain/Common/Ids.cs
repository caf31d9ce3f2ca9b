namespace MedVigil.Domain.Common;

/// <summary>New entity ids: version 7 GUIDs, time-ordered so B-tree inserts stay at the right edge.</summary>
public static class Ids
{
    public static Guid New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow());
}
