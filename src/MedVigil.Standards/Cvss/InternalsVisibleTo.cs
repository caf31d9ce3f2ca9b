using System.Runtime.CompilerServices;

// The CVSS v4.0 drift test compares the embedded tables (internal Cvss4Data) with the JSON they were generated from.
[assembly: InternalsVisibleTo("MedVigil.Standards.Tests")]
