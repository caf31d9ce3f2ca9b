namespace MedVigil.Domain.Audit;

/// <summary>What a use case records about a change before it joins the chain.</summary>
public sealed record AuditEntry(string Actor, string Action, string EntityType, string EntityId, string Summary);
