using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedVigil.Persistence.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AuditAppendOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The audit chain is append-only in the database itself, not only in the application (ADR 0006).
            migrationBuilder.Sql(@"
CREATE FUNCTION medvigil_audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'AuditEvents is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_events_no_update_or_delete BEFORE UPDATE OR DELETE ON ""AuditEvents""
    FOR EACH ROW EXECUTE FUNCTION medvigil_audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON ""AuditEvents""
    FOR EACH STATEMENT EXECUTE FUNCTION medvigil_audit_events_append_only();");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(@"
DROP TRIGGER audit_events_no_truncate ON ""AuditEvents"";
DROP TRIGGER audit_events_no_update_or_delete ON ""AuditEvents"";
DROP FUNCTION medvigil_audit_events_append_only();");
        }
    }
}
