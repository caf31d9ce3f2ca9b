using MedVigil.Domain.Findings;
using MedVigil.Domain.Matching;

namespace MedVigil.Matching;

/// <summary>One statement that applied to one component (or device), with the status it gives and why.</summary>
internal sealed record Hit(string VulnerabilityId, FindingStatus Status, VexAnalysis? Analysis, bool FromVexOrVendor, bool DeviceLevel, Explanation Explanation);
