namespace MedVigil.Testing;

/// <summary>The storage engines every persistence and use-case test runs on.</summary>
public enum DatabaseKind
{
    Sqlite,
    Postgres,
}

/// <summary>Theory data, <c>[Theory, ClassData(typeof(BothProviders))]</c>: each test runs once per provider.</summary>
public sealed class BothProviders : TheoryData<DatabaseKind>
{
    public BothProviders()
    {
        Add(DatabaseKind.Sqlite);
        Add(DatabaseKind.Postgres);
    }
}
