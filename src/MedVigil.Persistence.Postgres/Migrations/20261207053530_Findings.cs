using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Findings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Findings_Components_TenantId_ComponentId",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Findings_TenantId_ComponentId",
                table: "Findings");

            migrationBuilder.DropIndex(
                name: "IX_Findings_TenantId_ModelVersionId",
                table: "Findings");

            migrationBuilder.AddColumn<string>(
                name: "AdvisoryExternalId",
                table: "Findings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnalysisResponses",
                table: "Findings",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComponentKey",
                table: "Findings",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComponentText",
                table: "Findings",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "Findings",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Findings",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "Findings",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "AnalysedTargets",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ModelVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    Fingerprint = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    AnalysedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysedTargets", x => new { x.TenantId, x.ModelVersionId });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisDecisions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VulnerabilityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ComponentKey = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ScopeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AnalysisState = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    AnalysisJustification = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AnalysisDetail = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AnalysedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnalysedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnalysisResponses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisDecisions", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisRuns",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Full = table.Column<bool>(type: "boolean", nullable: false),
                    StatementSequence = table.Column<long>(type: "bigint", nullable: false),
                    EvaluatedAdvisories = table.Column<int>(type: "integer", nullable: false),
                    EvaluatedTargets = table.Column<int>(type: "integer", nullable: false),
                    Opened = table.Column<int>(type: "integer", nullable: false),
                    Updated = table.Column<int>(type: "integer", nullable: false),
                    Retracted = table.Column<int>(type: "integer", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisRuns", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "CompiledStatements",
                columns: table => new
                {
                    AdvisoryId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Encoding = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<string>(type: "text", nullable: false),
                    Statements = table.Column<int>(type: "integer", nullable: false),
                    Configurations = table.Column<int>(type: "integer", nullable: false),
                    Skipped = table.Column<int>(type: "integer", nullable: false),
                    Vulnerabilities = table.Column<string>(type: "text", nullable: false),
                    CompiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompiledStatements", x => x.AdvisoryId);
                    table.ForeignKey(
                        name: "FK_CompiledStatements_Advisories_AdvisoryId",
                        column: x => x.AdvisoryId,
                        principalTable: "Advisories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_TenantId_ModelVersionId_RetractedAt",
                table: "Findings",
                columns: new[] { "TenantId", "ModelVersionId", "RetractedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisDecisions_TenantId_VulnerabilityId",
                table: "AnalysisDecisions",
                columns: new[] { "TenantId", "VulnerabilityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AnalysisRuns_TenantId_StatementSequence",
                table: "AnalysisRuns",
                columns: new[] { "TenantId", "StatementSequence" });

            migrationBuilder.CreateIndex(
                name: "IX_CompiledStatements_Sequence",
                table: "CompiledStatements",
                column: "Sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AnalysedTargets");

            migrationBuilder.DropTable(
                name: "AnalysisDecisions");

            migrationBuilder.DropTable(
                name: "AnalysisRuns");

            migrationBuilder.DropTable(
                name: "CompiledStatements");

            migrationBuilder.DropIndex(
                name: "IX_Findings_TenantId_ModelVersionId_RetractedAt",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "AdvisoryExternalId",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "AnalysisResponses",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "ComponentKey",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "ComponentText",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "Evidence",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "Findings");

            migrationBuilder.DropColumn(
                name: "UpdatedAt",
                table: "Findings");

            migrationBuilder.CreateIndex(
                name: "IX_Findings_TenantId_ComponentId",
                table: "Findings",
                columns: new[] { "TenantId", "ComponentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_TenantId_ModelVersionId",
                table: "Findings",
                columns: new[] { "TenantId", "ModelVersionId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Findings_Components_TenantId_ComponentId",
                table: "Findings",
                columns: new[] { "TenantId", "ComponentId" },
                principalTable: "Components",
                principalColumns: new[] { "TenantId", "Id" },
                onDelete: ReferentialAction.Restrict);
        }
    }
}
