using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class KevAndEpss : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "KevCatalogVersion",
                table: "Vulnerabilities",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "KevDateAdded",
                table: "Vulnerabilities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "KevDueDate",
                table: "Vulnerabilities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KevKnownRansomwareUse",
                table: "Vulnerabilities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EpssReleases",
                columns: table => new
                {
                    SourceDocumentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ScoreDate = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Rows = table.Column<long>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpssReleases", x => x.SourceDocumentSha256);
                    table.ForeignKey(
                        name: "FK_EpssReleases_SourceDocuments_SourceDocumentSha256",
                        column: x => x.SourceDocumentSha256,
                        principalTable: "SourceDocuments",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EpssScores",
                columns: table => new
                {
                    CveId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Percentile = table.Column<double>(type: "REAL", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ScoreDate = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpssScores", x => x.CveId);
                });

            migrationBuilder.CreateTable(
                name: "KevReleases",
                columns: table => new
                {
                    SourceDocumentSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CatalogVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DateReleased = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KevReleases", x => x.SourceDocumentSha256);
                    table.ForeignKey(
                        name: "FK_KevReleases_SourceDocuments_SourceDocumentSha256",
                        column: x => x.SourceDocumentSha256,
                        principalTable: "SourceDocuments",
                        principalColumn: "Sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Vulnerabilities_KnownExploited",
                table: "Vulnerabilities",
                column: "KnownExploited");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EpssReleases");

            migrationBuilder.DropTable(
                name: "EpssScores");

            migrationBuilder.DropTable(
                name: "KevReleases");

            migrationBuilder.DropIndex(
                name: "IX_Vulnerabilities_KnownExploited",
                table: "Vulnerabilities");

            migrationBuilder.DropColumn(
                name: "KevCatalogVersion",
                table: "Vulnerabilities");

            migrationBuilder.DropColumn(
                name: "KevDateAdded",
                table: "Vulnerabilities");

            migrationBuilder.DropColumn(
                name: "KevDueDate",
                table: "Vulnerabilities");

            migrationBuilder.DropColumn(
                name: "KevKnownRansomwareUse",
                table: "Vulnerabilities");
        }
    }
}
