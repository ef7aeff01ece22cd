using Algoritma.Platform.Features.Shared.OfficialRegions;

namespace Algoritma.Platform.Tests.Features.Regions;

public sealed class OfficialRegionsCatalogTests
{
    private static OfficialRegionsCatalog Catalog => OfficialRegionsCatalog.Shared;

    [Fact]
    public void Kota_Samarinda_has_10_kecamatan_and_59_villages_all_kelurahan()
    {
        var samarinda = Catalog.FindRegency("64.72");
        Assert.NotNull(samarinda);
        Assert.Equal("Kota Samarinda", samarinda.Name);
        Assert.Equal("64", samarinda.ProvinceCode);

        var districts = Catalog.DistrictsOf("64.72");
        Assert.Equal(10, districts.Count);
        Assert.All(districts, d =>
        {
            Assert.Equal(RegionKind.Kecamatan, d.Kind);
            Assert.Equal("64.72", d.ParentCode);
            Assert.Matches(@"^64\.72\.\d{2}$", d.Code);
        });
        Assert.Equal(new OfficialRegion("64.72.01", "64.72", "Palaran", RegionKind.Kecamatan), districts[0]);

        var villages = Catalog.VillagesOf("64.72");
        Assert.Equal(59, villages.Count);
        Assert.All(villages, v =>
        {
            Assert.Equal(RegionKind.Kelurahan, v.Kind);
            Assert.Matches(@"^64\.72\.\d{2}\.1\d{3}$", v.Code);
            Assert.True(Catalog.ContainsDistrict(v.ParentCode));
            Assert.StartsWith(v.ParentCode + ".", v.Code, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Catalog_holds_every_official_region_of_Indonesia()
    {
        Assert.Equal(38, Catalog.Provinces.Count);
        Assert.Equal(514, Catalog.Regencies.Count);
        Assert.Equal(7_285, Catalog.DistrictCount);
        Assert.Equal(83_762, Catalog.VillageCount);
        Assert.Equal(Catalog.DistrictCount, Catalog.Regencies.Sum(r => Catalog.DistrictsOf(r.Code).Count));
        Assert.Equal(Catalog.VillageCount, Catalog.Regencies.Sum(r => Catalog.VillagesOf(r.Code).Count));
    }

    [Fact]
    public void Lists_are_ordered_by_code()
    {
        Assert.Equal(Catalog.Regencies.Select(r => r.Code).Order(StringComparer.Ordinal), Catalog.Regencies.Select(r => r.Code));
        var villages = Catalog.VillagesOf("35.02").Select(v => v.Code).ToList();
        Assert.Equal(villages.Order(StringComparer.Ordinal), villages);
    }

    [Fact]
    public void Kabupaten_Ponorogo_tells_kelurahan_and_desa_apart()
    {
        Assert.Equal("Kabupaten Ponorogo", Catalog.FindRegency("35.02")?.Name);
        Assert.Equal(21, Catalog.DistrictsOf("35.02").Count);

        var villages = Catalog.VillagesOf("35.02");
        Assert.Equal(26, villages.Count(v => v.Kind == RegionKind.Kelurahan));
        Assert.Equal(281, villages.Count(v => v.Kind == RegionKind.Desa));
        Assert.All(villages.Where(v => v.Kind == RegionKind.Kelurahan), v => Assert.Equal('1', v.Code[^4]));
        Assert.All(villages.Where(v => v.Kind == RegionKind.Desa), v => Assert.Equal('2', v.Code[^4]));
    }

    [Fact]
    public void Desa_adat_codes_starting_with_3_are_desa()
    {
        var yoboi = Assert.Single(Catalog.VillagesOf("91.03"), v => v.Code == "91.03.01.3007");
        Assert.Equal("Desa Adat Yoboi", yoboi.Name);
        Assert.Equal(RegionKind.Desa, yoboi.Kind);
    }

    [Fact]
    public void Names_with_commas_or_quotes_are_read_whole()
    {
        var lambangSari = Assert.Single(Catalog.VillagesOf("14.02"), v => v.Code == "14.02.09.2010");
        Assert.Equal("Lambang Sari I, II, III", lambangSari.Name);
        Assert.Equal("14.02.09", lambangSari.ParentCode);

        var raas = Assert.Single(Catalog.DistrictsOf("35.29"), d => d.Code == "35.29.22");
        Assert.Equal("Ra\"as", raas.Name);
    }

    [Fact]
    public void Unknown_regency_gives_empty_lists()
    {
        Assert.Null(Catalog.FindRegency("99.99"));
        Assert.Empty(Catalog.DistrictsOf("99.99"));
        Assert.Empty(Catalog.VillagesOf("99.99"));
        Assert.Empty(Catalog.DistrictsOf("not a code"));
        Assert.False(Catalog.ContainsDistrict("64.72.99"));
        Assert.True(Catalog.ContainsDistrict("64.72.01"));
    }

    [Fact]
    public void Undotted_codes_are_normalised_to_dotted_form()
    {
        var catalog = Parse(
            "code,province_code,name\n6472,64,Kota Samarinda\n",
            "code,regency_code,name\n647201,6472,Palaran\n",
            "code,district_code,name\n6472011001,647201,\" Rawa Makmur \"\n");

        Assert.Equal(new OfficialRegency("64.72", "64", "Kota Samarinda"), catalog.FindRegency("64.72"));
        Assert.Same(catalog.FindRegency("64.72"), catalog.FindRegency("6472"));
        Assert.Equal(
            [new OfficialRegion("64.72.01.1001", "64.72.01", "Rawa Makmur", RegionKind.Kelurahan)],
            catalog.VillagesOf("64.72"));
    }

    [Fact]
    public void Malformed_row_reports_file_and_row_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(
            "code,province_code,name\n64.72,64,Kota Samarinda\n",
            "code,regency_code,name\n64.72.01,64.72,Palaran\n",
            "code,district_code,name\n64.72.01.1001,64.72.01,Rawa Makmur\n64.72.01.1002,64.72.01\n"));

        Assert.Equal("villages.csv row 3: expected 3 fields but found 2", error.Message);
    }

    [Fact]
    public void Village_outside_its_district_is_rejected_with_row_number()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(
            "code,province_code,name\n64.72,64,Kota Samarinda\n",
            "code,regency_code,name\n64.72.01,64.72,Palaran\n64.72.02,64.72,Samarinda Seberang\n",
            "code,district_code,name\n64.72.01.1001,64.72.02,Rawa Makmur\n"));

        Assert.StartsWith("villages.csv row 2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unexpected_header_is_reported_as_row_1()
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(
            "kode,provinsi,nama\n64.72,64,Kota Samarinda\n",
            "code,regency_code,name\n",
            "code,district_code,name\n"));

        Assert.StartsWith("regencies.csv row 1: expected header", error.Message, StringComparison.Ordinal);
    }

    private static OfficialRegionsCatalog Parse(string regencies, string districts, string villages) =>
        OfficialRegionsCatalog.Parse(
            new StringReader("code,name\n64,Kalimantan Timur\n"),
            new StringReader(regencies),
            new StringReader(districts),
            new StringReader(villages));
}
