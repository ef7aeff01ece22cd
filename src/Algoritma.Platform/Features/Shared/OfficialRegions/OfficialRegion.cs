namespace Algoritma.Platform.Features.Shared.OfficialRegions;

/// <summary>
/// A kecamatan (district) or kelurahan/desa (village) from the Kemendagri reference data.
/// Codes are in dotted form: district <c>64.72.01</c> (parent: regency <c>64.72</c>),
/// village <c>64.72.01.1001</c> (parent: district <c>64.72.01</c>).
/// </summary>
public sealed record OfficialRegion(string Code, string ParentCode, string Name, RegionKind Kind);
