using Algoritma.MultiTenancy.EntityFramework;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Algoritma.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TenantsAndRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "tenants",
                columns: table => new
                {
                    id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    regency_code = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    time_zone = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    locale = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    enabled = table.Column<bool>(type: "boolean", nullable: false),
                    hosts = table.Column<List<string>>(type: "text[]", nullable: false),
                    work_days = table.Column<List<int>>(type: "integer[]", nullable: false),
                    holidays = table.Column<List<DateOnly>>(type: "date[]", nullable: false),
                    office_opens = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    office_closes = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    settings = table.Column<string>(type: "jsonb", nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "region_units",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    parent_code = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    head_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    officer_count = table.Column<int>(type: "integer", nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    details_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_region_units", x => new { x.tenant_id, x.code });
                    table.ForeignKey(
                        name: "fk_region_units_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_region_units_tenant_id_parent_code_code",
                table: "region_units",
                columns: new[] { "tenant_id", "parent_code", "code" });

            migrationBuilder.CreateIndex(
                name: "ix_tenants_hosts",
                table: "tenants",
                column: "hosts")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.EnableTenantRowLevelSecurity("region_units");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantRowLevelSecurity("region_units");

            migrationBuilder.DropTable(
                name: "region_units");

            migrationBuilder.DropTable(
                name: "tenants");
        }
    }
}
