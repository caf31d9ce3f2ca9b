namespace MedVigil.Application.Feeds;

/// <summary>
/// How far a sync has come, for progress bars: <see cref="Done"/> of <see cref="Total"/> items (records of an NVD
/// window, documents of a CSAF provider, records of an OSV ecosystem) of <see cref="Feed"/>. Reported synchronously,
/// after each item is committed.
/// </summary>
public sealed record FeedProgress(string Feed, int Done, int Total);
