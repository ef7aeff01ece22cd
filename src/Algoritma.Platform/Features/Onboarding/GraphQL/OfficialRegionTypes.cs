using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Features.Onboarding.GraphQL;

public sealed class OfficialProvinceType : ObjectGraphType<OfficialProvince>
{
    public OfficialProvinceType()
    {
        Name = "OfficialProvince";
        Description = "A province of the Kemendagri reference data.";
        Field(p => p.Code).Description("Two digits, e.g. 64.");
        Field(p => p.Name);
    }
}

public sealed class OfficialRegencyType : ObjectGraphType<OfficialRegencyChoice>
{
    public OfficialRegencyType()
    {
        Name = "OfficialRegency";
        Description = "A kabupaten or kota of the Kemendagri reference data, with what onboarding it would import.";
        Field("code", r => r.Regency.Code).Description("NN.NN, e.g. 64.72: onboardTenant's regencyCode.");
        Field("name", r => r.Regency.Name).Description("e.g. Kota Samarinda.");
        Field("provinceCode", r => r.Regency.ProvinceCode);
        Field("provinceName", r => r.ProvinceName);
        Field("kecamatanCount", r => r.Kecamatan).Description("Official kecamatan onboarding imports.");
        Field("kelurahanCount", r => r.Kelurahan).Description("Official kelurahan onboarding imports.");
        Field("desaCount", r => r.Desa).Description("Official desa onboarding imports.");
        Field("heldBy", r => r.HeldBy, nullable: true).Description("Slug of the tenant that holds this regency already, or null.");
    }
}
