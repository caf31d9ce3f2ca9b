namespace MedVigil.Standards.Purl;

/// <summary>
/// The official purl-spec type definitions (<c>purl/types/*-definition.json</c>, in the order of
/// <c>purl-types-index.json</c>), written out as code so the library needs no data files. Generated from those files and
/// checked against them by <c>PurlTypeTableTests</c>: when a definition changes, those tests fail and show the
/// difference. <c>rules</c> are hand-added: behaviour a definition asks for in prose, tied to the sentence asking.
/// </summary>
internal static class PurlTypeTable
{
    private const PurlRequirement Optional = PurlRequirement.Optional;
    private const PurlRequirement Required = PurlRequirement.Required;
    private const PurlRequirement Prohibited = PurlRequirement.Prohibited;

    internal static readonly PurlTypeDefinition[] All =
    [
        Define("alpm",
            ns: Component(Required, caseSensitive: false, rules: ["It is not case sensitive and shall be lowercased."]),
            name: Component(Required, caseSensitive: false),
            version: Component(Optional, rules: [
                "normalize version as specified in vercmp(8) at https://man.archlinux.org/man/vercmp.8#DESCRIPTION as part of alpm."
            ]),
            qualifiers: [Qualifier("arch")]),
        Define("apk",
            ns: Component(Required, caseSensitive: false),
            name: Component(Required, caseSensitive: false),
            qualifiers: [Qualifier("arch")]),
        Define("bazel",
            ns: Component(Prohibited),
            qualifiers: [Qualifier("repository_url", defaultValue: "https://bcr.bazel.build")]),
        Define("bitbucket",
            ns: Component(Required, caseSensitive: false),
            name: Component(Required, caseSensitive: false)),
        Define("bitnami",
            ns: Component(Prohibited),
            name: Component(Required, caseSensitive: false),
            qualifiers: [Qualifier("arch", defaultValue: "amd64"), Qualifier("distro")]),
        Define("brew",
            ns: Component(Optional, caseSensitive: false),
            name: Component(Required, caseSensitive: false),
            qualifiers: [Qualifier("repository_url")]),
        Define("cargo",
            ns: Component(Prohibited)),
        Define("chrome-extension",
            ns: Component(Prohibited),
            name: Component(Required, caseSensitive: false, permitted: "^[a-p]{32}$"),
            version: Component(Optional, permitted: "^\\d+(\\.\\d+){0,3}$")),
        Define("cocoapods",
            ns: Component(Prohibited),
            rules: [
                Rule(
                    PurlTypeRule.PodNameCharacters,
                    "name_definition.note",
                    "cannot contain whitespace, a plus (+) character, or begin with a period (.)")
            ]),
        Define("composer",
            ns: Component(Required, caseSensitive: false),
            name: Component(Required, caseSensitive: false)),
        Define("conan",
            qualifiers: [Qualifier("user"), Qualifier("channel"), Qualifier("rrev"), Qualifier("prev")]),
        Define("conda",
            ns: Component(Prohibited),
            qualifiers: [Qualifier("build"), Qualifier("channel"), Qualifier("subdir"), Qualifier("type")]),
        Define("cpan",
            qualifiers: [
                Qualifier("author"),
                Qualifier("distpath"),
                Qualifier("repository_url"),
                Qualifier("download_url"),
                Qualifier("vcs_url"),
                Qualifier("ext", defaultValue: "tar.gz")
            ],
            rules: [
                Rule(
                    PurlTypeRule.NameWithoutDoubleColon,
                    "name_definition.note",
                    "A distribution name shall not contain the string '::'"),
                Rule(
                    PurlTypeRule.NamespaceUppercase,
                    "namespace_definition.note",
                    "represents the CPAN author/publisher ID (CPANID) and shall be uppercase")
            ]),
        Define("cran",
            ns: Component(Prohibited)),
        Define("deb",
            ns: Component(Required, caseSensitive: false),
            name: Component(Required, caseSensitive: false),
            qualifiers: [Qualifier("arch")]),
        Define("docker"),
        Define("gem",
            ns: Component(Prohibited),
            qualifiers: [Qualifier("platform", defaultValue: "ruby")]),
        Define("generic",
            qualifiers: [Qualifier("download_url"), Qualifier("checksum")]),
        Define("git",
            ns: Component(Required),
            rules: [
                Rule(
                    PurlTypeRule.NameIsRepositoryPath,
                    "name_definition.note",
                    "The path on the host to the git repository.")
            ]),
        Define("github",
            ns: Component(Required, caseSensitive: false),
            name: Component(Required, caseSensitive: false)),
        Define("golang",
            ns: Component(Required)),
        Define("hackage",
            ns: Component(Prohibited),
            name: Component(Required, rules: ["Apply kebab-case"])),
        Define("hex",
            ns: Component(Optional, caseSensitive: false),
            name: Component(Required, caseSensitive: false)),
        Define("huggingface",
            ns: Component(Required),
            version: Component(Optional, caseSensitive: false)),
        Define("julia",
            ns: Component(Prohibited),
            qualifiers: [Qualifier("uuid", Required)]),
        Define("luarocks",
            ns: Component(Optional, caseSensitive: false),
            name: Component(Required, caseSensitive: false),
            qualifiers: [Qualifier("repository_url")]),
        Define("maven",
            ns: Component(Required),
            qualifiers: [Qualifier("classifier"), Qualifier("type", defaultValue: "jar")]),
        Define("mlflow",
            ns: Component(Prohibited),
            qualifiers: [Qualifier("model_uuid"), Qualifier("run_id")],
            rules: [
                Rule(
                    PurlTypeRule.DatabricksNameLowercase,
                    "name_definition.note",
                    "for Databricks, it is case insensitive and shall be lowercased")
            ]),
        Define("npm"),
        Define("nuget",
            ns: Component(Prohibited)),
        Define("oci",
            ns: Component(Prohibited),
            name: Component(Required, caseSensitive: false),
            version: Component(Optional, caseSensitive: false),
            qualifiers: [Qualifier("arch"), Qualifier("repository_url"), Qualifier("tag")]),
        Define("opam",
            ns: Component(Prohibited)),
        Define("otp",
            ns: Component(Prohibited),
            name: Component(Required, caseSensitive: false),
            subpath: Component(Optional, caseSensitive: false),
            qualifiers: [Qualifier("repository_url"), Qualifier("platform"), Qualifier("arch")]),
        Define("pub",
            ns: Component(Prohibited),
            name: Component(
                Required,
                caseSensitive: false,
                permitted: "^[a-z0-9_]",
                rules: ["Replace non-[a-z] letters, non-[0-9] digits with underscore _"]),
            rules: [
                Rule(
                    PurlTypeRule.NameForeignLettersAndDigitsToUnderscore,
                    "name_definition.normalization_rules",
                    "Replace non-[a-z] letters, non-[0-9] digits with underscore _")
            ]),
        Define("pypi",
            ns: Component(Prohibited),
            name: Component(Required, caseSensitive: false, rules: [
                "Replace underscore _ with dash -",
                "Replace dot . with underscore _ when used in distribution (sdist, wheel) names"
            ]),
            version: Component(Optional, caseSensitive: false),
            qualifiers: [Qualifier("file_name")],
            rules: [
                Rule(
                    PurlTypeRule.NameUnderscoreToDash,
                    "name_definition.normalization_rules",
                    "Replace underscore _ with dash -")
            ]),
        Define("qpkg",
            ns: Component(Required, caseSensitive: false)),
        Define("rpm",
            ns: Component(Required, caseSensitive: false),
            qualifiers: [Qualifier("epoch"), Qualifier("arch")]),
        Define("swid",
            qualifiers: [
                Qualifier("tag_id", Required),
                Qualifier("tag_version"),
                Qualifier("patch"),
                Qualifier("tag_creator_name"),
                Qualifier("tag_creator_regid")
            ],
            rules: [
                Rule(
                    PurlTypeRule.NamespaceAtMostTwoSegments,
                    "namespace_definition.note",
                    "A maximum of two segments are supported.")
            ]),
        Define("swift",
            ns: Component(Required)),
        Define("vcpkg",
            ns: Component(Prohibited),
            qualifiers: [Qualifier("port_version"), Qualifier("repository_revision"), Qualifier("triplet")]),
        Define("vscode-extension",
            ns: Component(Required, caseSensitive: false),
            name: Component(Required, caseSensitive: false),
            version: Component(Optional, caseSensitive: false),
            qualifiers: [Qualifier("platform", defaultValue: "universal")]),
        Define("yocto",
            ns: Component(Optional, caseSensitive: false),
            qualifiers: [Qualifier("repository_url"), Qualifier("layer_version")]),
    ];

    private static PurlTypeDefinition Define(
        string type,
        PurlComponentDefinition? ns = null,
        PurlComponentDefinition? name = null,
        PurlComponentDefinition? version = null,
        PurlComponentDefinition? subpath = null,
        PurlQualifierDefinition[]? qualifiers = null,
        PurlTypeRuleSource[]? rules = null) =>
        new(
            type,
            ns ?? Component(Optional),
            name ?? Component(Required),
            version ?? Component(Optional),
            subpath ?? Component(Optional),
            qualifiers ?? [],
            rules ?? []);

    private static PurlComponentDefinition Component(
        PurlRequirement requirement, bool caseSensitive = true, string? permitted = null, string[]? rules = null) =>
        new(requirement, caseSensitive, permitted, rules ?? []);

    private static PurlQualifierDefinition Qualifier(
        string key, PurlRequirement requirement = Optional, string? defaultValue = null) =>
        new(key, requirement, defaultValue);

    private static PurlTypeRuleSource Rule(PurlTypeRule rule, string field, string sentence) => new(rule, field, sentence);
}
