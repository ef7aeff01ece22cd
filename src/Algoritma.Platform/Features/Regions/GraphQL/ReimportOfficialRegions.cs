namespace Algoritma.Platform.Features.Regions.GraphQL;

/// <summary><c>reimportOfficialRegions(input: ReimportOfficialRegionsInput!): ReimportOfficialRegionsPayload!</c>, handled by <see cref="RegionReimport.ApplyAsync"/>.</summary>
internal sealed class ReimportOfficialRegionsMutation() : ServiceMutation<ReimportOfficialRegionsPayloadType, ReimportOfficialRegionsInputType, ReimportOfficialRegionsInput, RegionReimport, ReimportOfficialRegionsPayload>(
    "reimportOfficialRegions", "Applies exactly the changes of a regionImportPreview (its token; stale: CONFLICT). Local details stay; units are retired, never deleted. City admins only; audited.",
    [Roles.CityAdmin], (reimport, input, caller, ct) => reimport.ApplyAsync(input, caller, ct));
