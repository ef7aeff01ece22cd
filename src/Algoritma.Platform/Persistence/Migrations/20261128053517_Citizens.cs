using Algoritma.MultiTenancy.EntityFramework;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Algoritma.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Citizens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "citizen_profiles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    protected_nik = table.Column<string>(type: "text", nullable: false),
                    analytics_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    masked_nik = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_citizen_profiles", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_citizen_profiles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tenant_secrets",
                columns: table => new
                {
                    tenant_id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    protected_analytics_secret = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tenant_secrets", x => x.tenant_id);
                    table.ForeignKey(
                        name: "fk_tenant_secrets_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_citizen_profiles_tenant_id_analytics_key",
                table: "citizen_profiles",
                columns: new[] { "tenant_id", "analytics_key" },
                unique: true);

            migrationBuilder.EnableTenantRowLevelSecurity("citizen_profiles");
            migrationBuilder.EnableTenantRowLevelSecurity("tenant_secrets");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DisableTenantRowLevelSecurity("citizen_profiles");
            migrationBuilder.DisableTenantRowLevelSecurity("tenant_secrets");

            migrationBuilder.DropTable(
                name: "citizen_profiles");

            migrationBuilder.DropTable(
                name: "tenant_secrets");
        }
    }
}
