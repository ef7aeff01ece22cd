using Algoritma.GraphQL.Server.Errors;

namespace Algoritma.Platform.Features.Regions.GraphQL;

public sealed class RegionChangeKindType : EnumerationGraphType<RegionChangeKind>
{
    public RegionChangeKindType()
    {
        Name = "RegionChangeKind";
        Description = "ADD a new official code; RENAME (name, kind or parent changed); RETIRE a code gone from the official list; RESTORE a retired code that is back.";
    }
}

public sealed class RegionImportChangeType : ObjectGraphType<RegionImportChange>
{
    public RegionImportChangeType()
    {
        Name = "RegionImportChange";
        Description = "One unit a re-import from the official codes would add, rename, retire or restore.";
        Field(c => c.Code);
        Field<NonNullGraphType<RegionChangeKindType>>("change").Resolve(c => c.Source.Change);
        Field<NonNullGraphType<RegionKindType>>("kind").Resolve(c => c.Source.Kind);
        Field(c => c.Name).Description("The official name (the unit's own for RETIRE).");
        Field(c => c.PreviousName, nullable: true).Description("The name the tenant has today, for RENAME and RESTORE.");
        Field(c => c.ParentCode);
    }
}

public sealed class RegionImportPreviewType : ObjectGraphType<RegionImportPreview>
{
    public RegionImportPreviewType()
    {
        Name = "RegionImportPreview";
        Description = "What reimportOfficialRegions would change, by code, and the token that applies exactly that.";
        Field(p => p.Token).Description("Pass it to reimportOfficialRegions; a preview that went stale gets CONFLICT.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportChangeType>>>>("changes").Description("By code; empty when the tenant is up to date.")
            .Resolve(c => c.Source.Changes);
    }
}

public sealed class ReimportOfficialRegionsInputType : InputObjectGraphType<ReimportOfficialRegionsInput>
{
    public ReimportOfficialRegionsInputType()
    {
        Name = "ReimportOfficialRegionsInput";
        Description = "The preview being applied.";
        Field(x => x.PreviewToken).Description("The token of the regionImportPreview being applied; at most 64 characters.");
    }
}

public sealed class ReimportOfficialRegionsPayloadType : ObjectGraphType<ReimportOfficialRegionsPayload>
{
    public ReimportOfficialRegionsPayloadType()
    {
        Name = "ReimportOfficialRegionsPayload";
        Description = "The result of reimportOfficialRegions.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionImportChangeType>>>>("applied").Resolve(c => c.Source.Applied);
        this.ErrorsField(x => x.Errors);
    }
}
