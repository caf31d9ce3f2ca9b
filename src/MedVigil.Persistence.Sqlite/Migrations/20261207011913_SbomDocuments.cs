using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class SbomDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SbomSha256",
                table: "ModelVersions",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SbomDocuments",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SbomDocuments", x => new { x.TenantId, x.Sha256 });
                    table.ForeignKey(
                        name: "FK_SbomDocuments_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ModelVersions_TenantId_SbomSha256",
                table: "ModelVersions",
                columns: new[] { "TenantId", "SbomSha256" });

            migrationBuilder.AddForeignKey(
                name: "FK_ModelVersions_SbomDocuments_TenantId_SbomSha256",
                table: "ModelVersions",
                columns: new[] { "TenantId", "SbomSha256" },
                principalTable: "SbomDocuments",
                principalColumns: new[] { "TenantId", "Sha256" },
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_ModelVersions_SbomDocuments_TenantId_SbomSha256",
                table: "ModelVersions");

            migrationBuilder.DropTable(
                name: "SbomDocuments");

            migrationBuilder.DropIndex(
                name: "IX_ModelVersions_TenantId_SbomSha256",
                table: "ModelVersions");

            migrationBuilder.DropColumn(
                name: "SbomSha256",
                table: "ModelVersions");
        }
    }
}
