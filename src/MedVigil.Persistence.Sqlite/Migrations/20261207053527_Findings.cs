using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnalysisResponses",
                table: "Findings",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComponentKey",
                table: "Findings",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ComponentText",
                table: "Findings",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Evidence",
                table: "Findings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "Findings",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "UpdatedAt",
                table: "Findings",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.CreateTable(
                name: "AnalysedTargets",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AnalysedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysedTargets", x => new { x.TenantId, x.ModelVersionId });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisDecisions",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VulnerabilityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ComponentKey = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ScopeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnalysisState = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AnalysisJustification = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnalysisDetail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnalysedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnalysedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    AnalysisResponses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisDecisions", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "AnalysisRuns",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Full = table.Column<bool>(type: "INTEGER", nullable: false),
                    StatementSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    EvaluatedAdvisories = table.Column<int>(type: "INTEGER", nullable: false),
                    EvaluatedTargets = table.Column<int>(type: "INTEGER", nullable: false),
                    Opened = table.Column<int>(type: "INTEGER", nullable: false),
                    Updated = table.Column<int>(type: "INTEGER", nullable: false),
                    Retracted = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AnalysisRuns", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "CompiledStatements",
                columns: table => new
                {
                    AdvisoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Encoding = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Statements = table.Column<int>(type: "INTEGER", nullable: false),
                    Configurations = table.Column<int>(type: "INTEGER", nullable: false),
                    Skipped = table.Column<int>(type: "INTEGER", nullable: false),
                    Vulnerabilities = table.Column<string>(type: "TEXT", nullable: false),
                    CompiledAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
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
