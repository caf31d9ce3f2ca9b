using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Postgres.Migrations
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
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "KevDateAdded",
                table: "Vulnerabilities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "KevDueDate",
                table: "Vulnerabilities",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "KevKnownRansomwareUse",
                table: "Vulnerabilities",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EpssReleases",
                columns: table => new
                {
                    SourceDocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ScoreDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Rows = table.Column<long>(type: "bigint", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    CveId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Score = table.Column<double>(type: "double precision", nullable: false),
                    Percentile = table.Column<double>(type: "double precision", nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ScoreDate = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EpssScores", x => x.CveId);
                });

            migrationBuilder.CreateTable(
                name: "KevReleases",
                columns: table => new
                {
                    SourceDocumentSha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CatalogVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DateReleased = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
