namespace MedVigil.Cli.Workload;

/// <summary>
/// The packages embedded device SBOMs share most, first in each ecosystem's list so the skewed draw picks them most:
/// openssl, zlib, busybox, curl, glibc, sqlite, log4j, jackson, Newtonsoft.Json, requests, golang.org/x/net…
/// Generic ones carry the CPE vendor and product NVD names them by.
/// </summary>
internal static class CommonPackages
{
    public static IReadOnlyList<(WorkloadEcosystem Ecosystem, string? Namespace, string Name, string? CpeVendor, string? CpeProduct)> All { get; } =
    [
        (WorkloadEcosystem.Deb, null, "openssl", null, null),
        (WorkloadEcosystem.Deb, null, "zlib", null, null),
        (WorkloadEcosystem.Deb, null, "glibc", null, null),
        (WorkloadEcosystem.Deb, null, "busybox", null, null),
        (WorkloadEcosystem.Deb, null, "curl", null, null),
        (WorkloadEcosystem.Deb, null, "sqlite3", null, null),
        (WorkloadEcosystem.Deb, null, "libxml2", null, null),
        (WorkloadEcosystem.Deb, null, "openssh", null, null),
        (WorkloadEcosystem.Deb, null, "systemd", null, null),
        (WorkloadEcosystem.Deb, null, "bash", null, null),
        (WorkloadEcosystem.Rpm, null, "openssl", null, null),
        (WorkloadEcosystem.Rpm, null, "zlib", null, null),
        (WorkloadEcosystem.Rpm, null, "glibc", null, null),
        (WorkloadEcosystem.Rpm, null, "curl", null, null),
        (WorkloadEcosystem.Rpm, null, "sqlite", null, null),
        (WorkloadEcosystem.Rpm, null, "libxml2", null, null),
        (WorkloadEcosystem.Npm, null, "lodash", null, null),
        (WorkloadEcosystem.Npm, null, "express", null, null),
        (WorkloadEcosystem.Npm, null, "minimist", null, null),
        (WorkloadEcosystem.Npm, null, "axios", null, null),
        (WorkloadEcosystem.Npm, "@babel", "traverse", null, null),
        (WorkloadEcosystem.Maven, "org.apache.logging.log4j", "log4j-core", null, null),
        (WorkloadEcosystem.Maven, "com.fasterxml.jackson.core", "jackson-databind", null, null),
        (WorkloadEcosystem.Maven, "org.springframework", "spring-core", null, null),
        (WorkloadEcosystem.Maven, "commons-io", "commons-io", null, null),
        (WorkloadEcosystem.Maven, "org.apache.commons", "commons-text", null, null),
        (WorkloadEcosystem.NuGet, null, "Newtonsoft.Json", null, null),
        (WorkloadEcosystem.NuGet, null, "System.Text.Encodings.Web", null, null),
        (WorkloadEcosystem.NuGet, null, "Microsoft.Data.SqlClient", null, null),
        (WorkloadEcosystem.NuGet, null, "log4net", null, null),
        (WorkloadEcosystem.Pypi, null, "requests", null, null),
        (WorkloadEcosystem.Pypi, null, "urllib3", null, null),
        (WorkloadEcosystem.Pypi, null, "pyyaml", null, null),
        (WorkloadEcosystem.Pypi, null, "jinja2", null, null),
        (WorkloadEcosystem.Pypi, null, "cryptography", null, null),
        (WorkloadEcosystem.Golang, "golang.org/x", "net", null, null),
        (WorkloadEcosystem.Golang, "golang.org/x", "crypto", null, null),
        (WorkloadEcosystem.Golang, "golang.org/x", "text", null, null),
        (WorkloadEcosystem.Golang, "google.golang.org", "grpc", null, null),
        (WorkloadEcosystem.Golang, "github.com/gin-gonic", "gin", null, null),
        (WorkloadEcosystem.Generic, null, "openssl", "openssl", "openssl"),
        (WorkloadEcosystem.Generic, null, "zlib", "zlib", "zlib"),
        (WorkloadEcosystem.Generic, null, "busybox", "busybox", "busybox"),
        (WorkloadEcosystem.Generic, null, "libcurl", "haxx", "libcurl"),
        (WorkloadEcosystem.Generic, null, "glibc", "gnu", "glibc"),
        (WorkloadEcosystem.Generic, null, "sqlite", "sqlite", "sqlite"),
        (WorkloadEcosystem.Generic, null, "mbedtls", "arm", "mbed_tls"),
        (WorkloadEcosystem.Generic, null, "lwip", "lwip_project", "lwip"),
        (WorkloadEcosystem.Generic, null, "freertos", "amazon", "freertos"),
        (WorkloadEcosystem.Generic, null, "dropbear", "dropbear_ssh_project", "dropbear_ssh"),
        (WorkloadEcosystem.Generic, null, "u-boot", "denx", "u-boot"),
    ];
}
