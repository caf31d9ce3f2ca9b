using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CsafSourceDocuments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SourceDocumentSha256",
                table: "Advisories",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "SupersededById",
                table: "Advisories",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SourceDocuments",
                columns: table => new
                {
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    MediaType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceDocuments", x => x.Sha256);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Advisories_SourceDocumentSha256",
                table: "Advisories",
                column: "SourceDocumentSha256");

            migrationBuilder.CreateIndex(
                name: "IX_Advisories_SupersededById",
                table: "Advisories",
                column: "SupersededById");

            migrationBuilder.AddForeignKey(
                name: "FK_Advisories_Advisories_SupersededById",
                table: "Advisories",
                column: "SupersededById",
                principalTable: "Advisories",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Advisories_SourceDocuments_SourceDocumentSha256",
                table: "Advisories",
                column: "SourceDocumentSha256",
                principalTable: "SourceDocuments",
                principalColumn: "Sha256",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Advisories_Advisories_SupersededById",
                table: "Advisories");

            migrationBuilder.DropForeignKey(
                name: "FK_Advisories_SourceDocuments_SourceDocumentSha256",
                table: "Advisories");

            migrationBuilder.DropTable(
                name: "SourceDocuments");

            migrationBuilder.DropIndex(
                name: "IX_Advisories_SourceDocumentSha256",
                table: "Advisories");

            migrationBuilder.DropIndex(
                name: "IX_Advisories_SupersededById",
                table: "Advisories");

            migrationBuilder.DropColumn(
                name: "SourceDocumentSha256",
                table: "Advisories");

            migrationBuilder.DropColumn(
                name: "SupersededById",
                table: "Advisories");
        }
    }
}
