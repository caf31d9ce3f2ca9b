using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NvdImport : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "CvssBaseScore",
                table: "Vulnerabilities",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CvssVector",
                table: "Vulnerabilities",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CvssBaseScore",
                table: "Vulnerabilities");

            migrationBuilder.DropColumn(
                name: "CvssVector",
                table: "Vulnerabilities");
        }
    }
}
