using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit chain is append-only in the database itself, not only in the application (ADR 0006).
            migrationBuilder.Sql(@"
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON ""AuditEvents""
BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: UPDATE refused'); END;");
            migrationBuilder.Sql(@"
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON ""AuditEvents""
BEGIN SELECT RAISE(ABORT, 'AuditEvents is append-only: DELETE refused'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"DROP TRIGGER audit_events_no_update;");
            migrationBuilder.Sql(@"DROP TRIGGER audit_events_no_delete;");
        }
    }
}
