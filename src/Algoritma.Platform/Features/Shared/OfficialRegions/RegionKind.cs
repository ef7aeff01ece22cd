namespace Algoritma.Platform.Features.Shared.OfficialRegions;

/// <summary>
/// Kind of an official (Kemendagri) region below the regency level.
/// For villages the kind follows the first digit of the code's last segment:
/// 1 = Kelurahan, 2 = Desa (3 = Desa Adat, also reported as <see cref="Desa"/>).
/// </summary>
public enum RegionKind
{
    Kecamatan,
    Kelurahan,
    Desa,
}
