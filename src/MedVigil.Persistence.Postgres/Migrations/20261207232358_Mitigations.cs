using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Postgres.Migrations
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
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DeviceIds = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    VulnerabilityIds = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    FindingIds = table.Column<string>(type: "character varying(40000)", maxLength: 40000, nullable: false),
                    DowntimePerDevice = table.Column<TimeSpan>(type: "interval", nullable: false),
                    SignOffRequired = table.Column<bool>(type: "boolean", nullable: false),
                    OutOfServiceDuringWork = table.Column<bool>(type: "boolean", nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    SignOffBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SignOffAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignOffNote = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ProposedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PlannedStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    VerifiedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    VerifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mitigations", x => new { x.TenantId, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "MitigationResiduals",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MitigationId = table.Column<Guid>(type: "uuid", nullable: false),
                    FindingId = table.Column<Guid>(type: "uuid", nullable: false),
                    DeviceId = table.Column<Guid>(type: "uuid", nullable: false),
                    VulnerabilityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PriorityBefore = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    PriorityAfter = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    InputsBefore = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InputsAfter = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
