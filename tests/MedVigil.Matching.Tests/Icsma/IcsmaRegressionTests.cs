using MedVigil.Domain.Findings;
using MedVigil.Formats.Csaf;
using static MedVigil.Matching.Tests.Documents;

namespace MedVigil.Matching.Tests.Icsma;

/// <summary>The converter misses the ICSMA corpus found, each on the advisory that showed it.</summary>
public sealed class IcsmaRegressionTests
{
    private static FindingStatus? Status(string year, string advisory, string vendor, string model, string? version, string cve) =>
        Status(year, advisory, new DeviceFacts(vendor, model, null, version), cve);

    private static FindingStatus? Status(string year, string advisory, DeviceFacts device, string cve)
    {
        var findings = Engines.Evaluate(CsafStatements.Convert(IcsmaFile(year, advisory)), new MatchTarget("device", [], device));
        return findings.SingleOrDefault(f => f.VulnerabilityId == cve)?.Status;
    }

    [Theory]
    [InlineData("1.10")]
    [InlineData("1.14")]
    public void A_remediation_version_below_listed_affected_versions_is_not_their_fix(string version) =>
        Status("2020", "icsma-20-170-01", "Baxter", "ExactaMix EM2400", version, "CVE-2020-12016").ShouldBe(FindingStatus.Affected);

    [Theory]
    [InlineData("012U000060", FindingStatus.Affected)]
    [InlineData("012U000061", FindingStatus.Affected)]
    [InlineData("012U000062", null)]
    public void A_part_number_version_is_read_whole(string version, FindingStatus? expected) =>
        Status("2021", "icsma-21-294-01", "B. Braun Medical", "SpaceStation with SpaceCom 2", version, "CVE-2021-33882").ShouldBe(expected);

    [Theory]
    [InlineData("U60")]
    [InlineData("L80")]
    public void Two_and_earlier_version_lines_are_a_union(string version) =>
        Status("2020", "icsma-20-296-02", "B. Braun Medical", "SpaceCom", version, "CVE-2020-25150").ShouldBe(FindingStatus.Affected);

    [Theory]
    [InlineData("K", FindingStatus.Affected)]
    [InlineData("J", FindingStatus.Affected)]
    [InlineData("L", null)]
    public void A_revision_letter_bound_is_read(string version, FindingStatus? expected) =>
        Status("2019", "icsma-19-297-01", "Philips", "IntelliSpace Perinatal", version, "CVE-2019-13546").ShouldBe(expected);

    [Theory]
    [InlineData("J", FindingStatus.Affected)]
    [InlineData("K", FindingStatus.Affected)]
    [InlineData("M", FindingStatus.Affected)]
    [InlineData("N", null)]
    public void A_revision_letter_range_is_read(string version, FindingStatus? expected) =>
        Status("2018", "icsma-18-156-01", "Philips", "IntelliVue Patient Monitors MX (MX400-550)", version, "CVE-2018-10597").ShouldBe(expected);

    [Theory]
    [InlineData("GEH-500", "1.54", FindingStatus.Affected)]
    [InlineData("GEH-500", "1.55", null)]
    [InlineData("SX-500", "1.0", FindingStatus.Affected)]
    public void A_closing_remark_in_parentheses_is_not_part_of_the_version(string model, string version, FindingStatus? expected) =>
        Status("2018", "icsma-18-128-01", "Silex Technology and GE Healthcare", model, version, "CVE-2018-6020").ShouldBe(expected);

    [Theory]
    [InlineData("9.1", FindingStatus.Affected)]
    [InlineData("10", null)]
    public void A_parenthesised_module_range_does_not_widen_the_pump_versions(string version, FindingStatus? expected) =>
        Status("2020", "icsma-20-170-04", "Baxter", "Baxter Spectrum LVP", version, "CVE-2020-12039").ShouldBe(expected);

    [Theory]
    [InlineData("3.0 D15", FindingStatus.Affected)]
    [InlineData("3.0 D14", FindingStatus.Affected)]
    [InlineData("3.0 D16", null)]
    public void A_spaced_build_letter_belongs_to_the_version(string version, FindingStatus? expected) =>
        Status("2021", "icsma-21-355-01", "Fresenius Kabi", "Agilia Link+", version, "CVE-2021-23195").ShouldBe(expected);

    [Fact]
    public void A_hyphenated_build_belongs_to_the_version() =>
        Status("2022", "icsma-22-298-01", "AliveCor", "Kardia App Android application", "5.17.1-754993420", "CVE-2022-40703").ShouldBe(FindingStatus.Affected);

    [Fact]
    public void A_letter_suffix_belongs_to_the_version() =>
        Status("2019", "icsma-19-080-01", "Medtronic", "CareLink Monitor", "2490C", "CVE-2019-6538").ShouldBe(FindingStatus.Affected);

    [Theory]
    [InlineData("CVE-2020-6962", FindingStatus.Affected)]
    [InlineData("CVE-2020-6965", FindingStatus.Affected)]
    [InlineData("CVE-2020-6961", null)]
    [InlineData("CVE-2020-6966", null)]
    public void A_product_name_impacted_by_named_cves_has_only_those(string cve, FindingStatus? expected) =>
        Status("2020", "icsma-20-023-01", "General Electric (GE)", "B450", "2.1", cve).ShouldBe(expected);

    [Fact]
    public void A_product_without_an_impacted_by_clause_keeps_every_cve() =>
        Status("2020", "icsma-20-023-01", "General Electric (GE)", "ApexPro Telemetry Server", "4.2", "CVE-2020-6966").ShouldBe(FindingStatus.Affected);

    [Theory]
    [InlineData("1.1.3 MR Build 11", FindingStatus.Affected)]
    [InlineData("1.1.3 Build 11", FindingStatus.Affected)]
    public void A_bare_marker_before_the_build_number_is_read(string version, FindingStatus expected) =>
        Status("2019", "icsma-19-164-01", "Becton, Dickinson and Company (BD)", "Alaris Gateway Workstation", version, "CVE-2019-10959").ShouldBe(expected);

    [Theory]
    [InlineData("1.8.3", FindingStatus.Affected)]
    [InlineData("1.8.4", FindingStatus.Affected)]
    [InlineData("1.8.4 SP01", null)]
    [InlineData("1.8.5", null)]
    public void A_service_pack_bound_is_read(string version, FindingStatus? expected) =>
        Status("2021", "icsma-21-152-01", "Hillrom", "Welch Allyn Connex Central Station (CS)", version, "CVE-2021-27408").ShouldBe(expected);

    [Theory]
    [InlineData("Wind River", FindingStatus.Affected)]
    [InlineData("IP Infusion", FindingStatus.Affected)]
    [InlineData("Mindray", null)]
    public void A_vendor_branch_listing_several_makers_is_read_as_each_of_them(string vendor, FindingStatus? expected) =>
        Status("2019", "icsma-19-274-01", vendor, "Ipnet TCP/IP Stack", "1.0", "CVE-2019-12256").ShouldBe(expected);

    [Fact]
    public void A_makers_legal_name_with_its_operating_company_is_the_maker() =>
        Status("2017", "icsma-17-250-02a", "Smiths Medical ASD, Inc.", "Medfusion 4000 Wireless Syringe Infusion Pump", "1.1", "CVE-2017-12718").ShouldBe(FindingStatus.Affected);

    [Fact]
    public void And_co_in_a_legal_form_is_dropped_with_it() =>
        Status("2020", "icsma-20-170-05", "Biotronik SE & Co. KG", "CardioMessenger II-S T-Line T4APP", "2.2", "CVE-2019-18246").ShouldBe(FindingStatus.Affected);

    [Theory]
    [InlineData("MMT-503 Remote Controller", "1.0", FindingStatus.Affected)]
    [InlineData("MMT-500 Remote Controller", "7.2", FindingStatus.Affected)]
    [InlineData("MMT-514 Remote Controller", "1.0", FindingStatus.UnderInvestigation)]
    public void A_model_designation_in_the_version_branch_means_every_version(string model, string version, FindingStatus expected) =>
        Status("2018", "icsma-18-219-02", "Medtronic", model, version, "CVE-2018-10634").ShouldBe(expected);

    [Fact]
    public void A_spaced_model_designation_in_the_version_branch_means_every_version() =>
        Status("2019", "icsma-19-113-01", "Fujifilm", "FCR Capsula X", "1.0", "CVE-2019-10948").ShouldBe(FindingStatus.Affected);

    [Theory]
    [InlineData("Accu-Chek Inform II", "03.06.00", FindingStatus.Affected)]
    [InlineData("CoaguChek XS Plus", null, FindingStatus.Affected)]
    [InlineData("Point of Care handheld medical devices", "1.0", FindingStatus.UnderInvestigation)]
    public void A_product_named_in_the_version_branch_is_a_member_of_the_family(string model, string? version, FindingStatus expected) =>
        Status("2018", "icsma-18-310-01", "Roche Diagnostics", model, version, "CVE-2018-18561").ShouldBe(expected);

    [Theory]
    [InlineData("2019", "icsma-19-029-01", "Stryker", "S3 MedSurg Bed (enabled with iBed Wireless)", "3005 S3", "CVE-2017-13077", FindingStatus.Affected)]
    [InlineData("2019", "icsma-19-029-01", "Stryker", "S3 MedSurg Bed (enabled with iBed Wireless)", "3003 S3", "CVE-2017-13077", FindingStatus.UnderInvestigation)]
    [InlineData("2019", "icsma-19-029-01", "Stryker", "InTouch ICU Bed (enabled with Bed Wireless)", "2141", "CVE-2017-13077", FindingStatus.Affected)]
    [InlineData("2020", "icsma-20-079-01", "Insulet", "Omnipod Insulin Management System", "ZXP425", "CVE-2020-10627", FindingStatus.Affected)]
    [InlineData("2022", "icsma-22-263-01", "Medtronic", "MiniMed 670G", "MMT-1780", "CVE-2022-32537", FindingStatus.Affected)]
    [InlineData("2019", "icsma-19-029-01", "Stryker", "S3 MedSurg Bed (enabled with iBed Wireless)", "300", "CVE-2017-13077", FindingStatus.UnderInvestigation)]
    public void A_version_branch_naming_the_devices_model_number_covers_it(string year, string advisory, string vendor, string model, string number, string cve, FindingStatus expected) =>
        Status(year, advisory, new DeviceFacts(vendor, model, number, null), cve).ShouldBe(expected);

    [Theory]
    [InlineData("2020", "icsma-20-170-05", "BIOTRONIK", "CardioMessenger II-S GSM T4APP", "2.20", "CVE-2019-18246", FindingStatus.Affected)]
    [InlineData("2020", "icsma-20-170-05", "BIOTRONIK", "CardioMessenger II-S GSM T4APP", "2.2", "CVE-2019-18246", FindingStatus.Affected)]
    [InlineData("2020", "icsma-20-170-05", "BIOTRONIK", "CardioMessenger II-S GSM T4APP", "2.3", "CVE-2019-18246", null)]
    [InlineData("2019", "icsma-19-311-02", "Medtronic", "Valleylab FX8 Energy Platform (VLFX8GEN) software", "1.1.0", "CVE-2019-13539", FindingStatus.Affected)]
    [InlineData("2019", "icsma-19-311-02", "Medtronic", "Valleylab FX8 Energy Platform (VLFX8GEN) software", "1.1.1", "CVE-2019-13539", null)]
    [InlineData("2019", "icsma-19-120-01", "Philips", "Tasy EMR", "3.02.1744", "CVE-2019-13557", FindingStatus.Affected)]
    [InlineData("2018", "icsma-18-156-01", "Philips", "Avalon Fetal/Maternal Monitors FM20/FM30/FM40/FM50", "G.0", "CVE-2018-10597", FindingStatus.Affected)]
    [InlineData("2018", "icsma-18-156-01", "Philips", "Avalon Fetal/Maternal Monitors FM20/FM30/FM40/FM50", "G.1", "CVE-2018-10597", null)]
    [InlineData("2021", "icsma-21-294-01", "B. Braun Medical", "Data module compactPlus", "A11", "CVE-2021-33882", FindingStatus.Affected)]
    [InlineData("2021", "icsma-21-294-01", "B. Braun Medical", "Data module compactPlus", "A12", "CVE-2021-33882", null)]
    [InlineData("2021", "icsma-21-322-02", "Philips", "Efficia CM Series", "B.01", "CVE-2021-43548", FindingStatus.Affected)]
    [InlineData("2021", "icsma-21-355-01", "Fresenius Kabi", "Agilia Connect WiFi module of the pumps", "D26", "CVE-2021-23195", null)]
    [InlineData("2021", "icsma-21-355-01", "Fresenius Kabi", "Agilia Link+", "3.0 D16", "CVE-2021-23195", null)]
    public void The_versions_the_full_product_name_states_count_beside_the_branch(string year, string advisory, string vendor, string model, string version, string cve, FindingStatus? expected) =>
        Status(year, advisory, vendor, model, version, cve).ShouldBe(expected);

    [Theory]
    [InlineData("1.4.1", FindingStatus.Affected)]
    [InlineData("1.3.2", FindingStatus.Affected)]
    [InlineData("1.4.2", FindingStatus.UnderInvestigation)]
    public void A_parenthesised_list_of_releases_is_each_release(string version, FindingStatus expected) =>
        Status("2021", "icsma-21-019-01", "Philips", "Interventional Workspot", version, "CVE-2020-27298").ShouldBe(expected);

    [Theory]
    [InlineData("VF10.1", FindingStatus.Fixed)]
    [InlineData("VF10.2", FindingStatus.Fixed)]
    [InlineData("VF10.0", FindingStatus.Affected)]
    public void A_software_release_a_remediation_says_users_can_find_is_the_fix(string version, FindingStatus expected) =>
        Status("2019", "icsma-19-022-01", "Dräger", "Infinity Delta", version, "CVE-2018-19010").ShouldBe(expected);

    [Fact]
    public void An_upcoming_software_release_is_not_a_fix_yet() =>
        Status("2022", "icsma-22-062-02", "Becton, Dickinson and Company (BD)", "BD Viper LT system", "4.80", "CVE-2022-22765").ShouldBe(FindingStatus.Affected);

    [Theory]
    [InlineData("8", FindingStatus.Affected)]
    [InlineData("8.4", FindingStatus.Affected)]
    [InlineData("9", null)]
    [InlineData("7.9", null)]
    public void A_bare_major_version_is_the_version_line(string version, FindingStatus? expected) =>
        Status("2018", "icsma-18-165-01", "Natus Medical, Inc. (Natus)", "Natus Xltek NeuroWorks", version, "CVE-2017-2852").ShouldBe(expected);

    [Theory]
    [InlineData("4", FindingStatus.Affected)]
    [InlineData("5.2", FindingStatus.Affected)]
    [InlineData("6", null)]
    public void A_bare_major_version_is_the_version_line_for_each_listed_major(string version, FindingStatus? expected) =>
        Status("2019", "icsma-19-274-01", "ENEA", "OSE", version, "CVE-2019-12256").ShouldBe(expected);

    [Fact]
    public void A_firmware_file_name_bound_is_read_whole() =>
        Status("2022", "icsma-22-244-01", "Contec Health", "CMS8000 CONTEC ICU CCU Vital Signs Patient Monitor", "smart3250-2.6.27-wlan2.1.7.cramfs", "CVE-2022-3027")
            .ShouldBe(FindingStatus.Affected);

    [Fact]
    public void Every_version_with_a_remark_on_where_it_runs_is_every_version() =>
        Status("2019", "icsma-19-241-02", "Philips", "Philips HDI 4000 Ultrasound Systems", "1.0", "CVE-2019-10988").ShouldBe(FindingStatus.Affected);
}
