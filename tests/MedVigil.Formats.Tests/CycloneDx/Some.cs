using System.Text;
using MedVigil.Formats.Common;
using MedVigil.Formats.CycloneDx;

namespace MedVigil.Formats.Tests.CycloneDx;

/// <summary>Small BOMs for the reader tests, each written to show one thing.</summary>
internal static class Some
{
    /// <summary>A 1.6 device VEX: metadata with manufacturer and lifecycles, nested components, a graph and one vulnerability.</summary>
    public const string DeviceVex = """
        {
          "bomFormat": "CycloneDX", "specVersion": "1.6", "version": 3,
          "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
          "metadata": {
            "timestamp": "2025-01-02T03:04:05Z",
            "lifecycles": [{ "phase": "operations" }, { "name": "field-service", "description": "at the hospital" }],
            "tools": { "components": [{ "type": "application", "name": "syft", "version": "1.0", "manufacturer": { "name": "Anchore" } }] },
            "manufacturer": { "name": "Acme Medical", "url": ["https://acme.example"] },
            "supplier": { "name": "Acme Distribution" },
            "component": { "type": "device", "bom-ref": "pump", "name": "Infusion Pump X", "version": "4.2" }
          },
          "components": [
            {
              "type": "firmware", "bom-ref": "fw", "name": "pump-firmware", "version": "4.2.1",
              "supplier": { "name": "Acme Medical" },
              "properties": [{ "name": "End-of-Support", "value": "2030-12-31" }],
              "externalReferences": [{ "type": "advisories", "url": "https://acme.example/psirt" }],
              "hashes": [{ "alg": "SHA-256", "content": "a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5" }],
              "components": [
                {
                  "type": "library", "bom-ref": "openssl", "group": "openssl", "name": "openssl", "version": "1.1.1k",
                  "purl": "pkg:generic/openssl@1.1.1k", "cpe": "cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*",
                  "licenses": [{ "license": { "id": "Apache-2.0" } }, { "license": { "name": "OpenSSL License" } }]
                }
              ]
            },
            { "type": "operating-system", "bom-ref": "os", "name": "linux", "version": "5.10", "licenses": [{ "expression": "GPL-2.0-only" }] }
          ],
          "dependencies": [
            { "ref": "pump", "dependsOn": ["fw", "os"] },
            { "ref": "fw", "dependsOn": ["openssl"] }
          ],
          "vulnerabilities": [
            {
              "bom-ref": "v1", "id": "CVE-2021-3449", "source": { "name": "NVD" },
              "ratings": [{ "source": { "name": "NVD" }, "score": 5.9, "severity": "medium", "method": "CVSSv31", "vector": "CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:N/I:N/A:H" }],
              "cwes": [476],
              "description": "NULL pointer dereference in signature_algorithms processing",
              "recommendation": "Upgrade the firmware to 4.3", "workaround": "Disable TLS renegotiation",
              "published": "2021-03-25T15:15:00Z", "updated": "2024-06-01T00:00:00Z",
              "analysis": { "state": "not_affected", "justification": "code_not_reachable", "response": ["will_not_fix", "update"], "detail": "TLS renegotiation is disabled" },
              "affects": [
                { "ref": "openssl", "versions": [{ "version": "1.1.1k", "status": "unaffected" }, { "range": "vers:generic/>=1.1.1|<1.1.1l", "status": "affected" }] },
                { "ref": "urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/2#pump" }
              ]
            }
          ]
        }
        """;

    /// <summary>The same device as XML (1.4 namespace), with the 1.4 legacy tools and the XML shapes of lists.</summary>
    public const string DeviceXml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bom xmlns="http://cyclonedx.org/schema/bom/1.4" serialNumber="urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79" version="2">
          <metadata>
            <timestamp>2025-01-02T03:04:05Z</timestamp>
            <tools><tool><vendor>Anchore</vendor><name>syft</name><version>0.9</version></tool></tools>
            <component type="device" bom-ref="pump"><name>Infusion Pump X</name><version>4.2</version></component>
            <manufacture><name>Acme Medical</name><url>https://acme.example</url><url>https://acme.example/psirt</url></manufacture>
          </metadata>
          <components>
            <component type="firmware" bom-ref="fw">
              <supplier><name>Acme Medical</name></supplier>
              <name>pump-firmware</name>
              <version>4.2.1</version>
              <hashes><hash alg="SHA-256">a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5c0e1d2b4a3f5</hash></hashes>
              <licenses><license><id>MIT</id></license></licenses>
              <externalReferences><reference type="advisories"><url>https://acme.example/psirt</url></reference></externalReferences>
              <properties><property name="End-of-Support">2030-12-31</property></properties>
              <components>
                <component type="library" bom-ref="openssl">
                  <name><![CDATA[openssl]]></name><version>1.1.1k</version>
                  <licenses><expression>Apache-2.0 OR MIT</expression></licenses>
                  <cpe>cpe:2.3:a:openssl:openssl:1.1.1k:*:*:*:*:*:*:*</cpe>
                  <purl>pkg:generic/openssl@1.1.1k</purl>
                </component>
              </components>
            </component>
          </components>
          <dependencies>
            <dependency ref="pump"><dependency ref="fw"/></dependency>
            <dependency ref="fw"><dependency ref="openssl"/></dependency>
          </dependencies>
          <vulnerabilities>
            <vulnerability bom-ref="v1">
              <id>CVE-2021-3449</id>
              <source><name>NVD</name></source>
              <ratings><rating><score>5.9</score><severity>medium</severity><method>CVSSv31</method></rating></ratings>
              <cwes><cwe>476</cwe></cwes>
              <analysis>
                <state>exploitable</state>
                <responses><response>update</response></responses>
                <detail>Upgrade to 4.3</detail>
              </analysis>
              <affects>
                <target><ref>openssl</ref><versions><version><version>1.1.1k</version><status>affected</status></version></versions></target>
              </affects>
            </vulnerability>
          </vulnerabilities>
        </bom>
        """;

    public static ReadResult<CycloneDxBom> Read(string text, ReaderLimits? limits = null) =>
        CycloneDxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), limits);

    public static ReadResult<CycloneDxBom> Read(string text, CycloneDxReadOptions options) =>
        CycloneDxReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

    /// <summary>The one error of a result (the test fails when there are none or several).</summary>
    public static FormatIssue SingleError(ReadResult<CycloneDxBom> result) => result.Errors.ShouldHaveSingleItem();

    /// <summary>A minimal JSON BOM of <paramref name="specVersion"/> with the given top-level members after the header.</summary>
    public static string Bom(string members, string specVersion = "1.6") =>
        $$"""{ "bomFormat": "CycloneDX", "specVersion": "{{specVersion}}", "version": 1{{(members.Length > 0 ? ", " + members : "")}} }""";
}
