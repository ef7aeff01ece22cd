
namespace Algoritma.Platform.Features.PlatformInfo.GraphQL;

public sealed class PlatformInfoType : ObjectGraphType<PlatformInfo>
{
    public PlatformInfoType()
    {
        Name = "PlatformInfo";
        Description = "The running platform: its version and the database it serves from.";
        Field(x => x.Version).Description("Version of the API build.");
        Field(x => x.DatabaseTime, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>))
            .Description("The PostgreSQL server's current time.");
        Field(x => x.SchemaVersion, nullable: true).Description("The latest applied database migration.");
    }
}
