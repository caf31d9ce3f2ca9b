using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Mitigations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Mitigations",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DeviceIds = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    VulnerabilityIds = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    FindingIds = table.Column<string>(type: "TEXT", maxLength: 40000, nullable: false),
                    DowntimePerDevice = table.Column<TimeSpan>(type: "TEXT", nullable: false),
                    SignOffRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    OutOfServiceDuringWork = table.Column<bool>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    SignOffBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SignOffAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    SignOffNote = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ProposedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    PlannedStart = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    VerifiedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    ClosedReason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mitigations", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "MitigationResiduals",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MitigationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FindingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DeviceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VulnerabilityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PriorityBefore = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    PriorityAfter = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    InputsBefore = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InputsAfter = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MitigationResiduals", x => new { x.TenantId, x.Id });
                    table.ForeignKey(
                        name: "FK_MitigationResiduals_Mitigations_TenantId_MitigationId",
                        columns: x => new { x.TenantId, x.MitigationId },
                        principalTable: "Mitigations",
                        principalColumns: new[] { "TenantId", "Id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MitigationResiduals_TenantId_FindingId",
                table: "MitigationResiduals",
                columns: new[] { "TenantId", "FindingId" });

            migrationBuilder.CreateIndex(
                name: "IX_MitigationResiduals_TenantId_MitigationId",
                table: "MitigationResiduals",
                columns: new[] { "TenantId", "MitigationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Mitigations_TenantId_State",
                table: "Mitigations",
                columns: new[] { "TenantId", "State" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MitigationResiduals");

            migrationBuilder.DropTable(
                name: "Mitigations");
        }
    }
}
